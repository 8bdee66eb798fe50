/// How exact the money value of a document is (`agreements.value_qualifier`).
public enum AgreementValueQualifier: String, Sendable, CaseIterable, Vocabulary {
    case nearly, about, over
    case upTo = "up_to"
    case atLeast = "at_least"
    case record
}
