import CommuniqueCore

/// Words that qualify a value, as the tables spell them.
public enum ValueQualifier: String, Sendable, Hashable, CaseIterable, Vocabulary {
    /// nearly, almost, close to, just under
    case nearly
    /// about, around, approximately, roughly, some, an estimated
    case about
    /// over, more than, exceeding, above, in excess of, upwards of
    case over
    /// up to
    case upTo = "up_to"
    /// at least, no less than, not less than
    case atLeast = "at_least"
    /// record, a record, an all-time high of
    case record
    /// likely to reach, expected to reach: a figure foreseen, not reached
    case forecast
}
