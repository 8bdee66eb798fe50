/// A delegation row and the article visit it belongs to, before visit ids exist.
public struct DelegationFact: Sendable, Hashable {
    public var row: DelegationRow
    public var visitIndex: Int?
    public var sentenceIndex: Int
    public var rule: String
}
