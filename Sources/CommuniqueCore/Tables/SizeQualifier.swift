/// How exact the size of a delegation is (`delegations.size_qualifier`).
public enum SizeQualifier: String, Sendable, CaseIterable, Vocabulary {
    case over, about, nearly
    case upTo = "up_to"
    case atLeast = "at_least"
    /// A vague amount standing for the size ("dozens of students").
    case several, dozens, hundreds
}
