/// An agreement row and the article visit it belongs to, before visit ids exist.
public struct AgreementFact: Sendable, Hashable {
    public var row: AgreementRow
    /// Index into the article's merged visits, when the article reports one.
    public var visitIndex: Int?
    /// Sentence the document was read from.
    public var sentenceIndex: Int
    public var rule: String
}
