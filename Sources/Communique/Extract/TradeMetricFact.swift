/// A trade_metrics row with the rule that produced it.
public struct TradeMetricFact: Sendable, Hashable {
    public var row: TradeMetricRow
    public var sentenceIndex: Int
    public var rule: String
}
