/// How exact, or how special, an economic figure is (`trade_metrics.qualifier`).
public enum MetricQualifier: String, Sendable, CaseIterable, Vocabulary {
    case record, nearly, about, over
    case upTo = "up_to"
    case atLeast = "at_least"
    /// A goal, not a figure reached (an indicator's default, declared in the lexicon).
    case target
    /// A figure foreseen, not reached ("trade is likely to reach $16 billion this year").
    case forecast
}
