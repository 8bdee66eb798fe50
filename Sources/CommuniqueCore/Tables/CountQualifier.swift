/// How exact the number of documents in a batch is (`agreements.count_qualifier`).
public enum CountQualifier: String, Sendable, CaseIterable, Vocabulary {
    case atLeast = "at_least"
    case over, about, nearly
    case upTo = "up_to"
    /// A vague amount standing for the number ("several agreements").
    case several, dozens, hundreds, many, numerous
}
