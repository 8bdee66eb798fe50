/// The office a term is held in: only a head of state or of government leads a country on a visit.
public enum Office: String, Sendable, Hashable, CaseIterable {
    case headOfState = "head_of_state"
    case headOfGovernment = "head_of_government"
    /// Party leader, chair of a legislature or council, vice president, foreign minister, ...:
    /// named in the news, never taken as a country's leader.
    case other

    /// "head of state", for messages.
    public var phrase: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }
}
