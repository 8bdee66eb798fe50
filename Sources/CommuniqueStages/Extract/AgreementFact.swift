import CommuniqueCore
/// An agreement row and the article visit it belongs to, before visit ids exist.
package struct AgreementFact: Sendable, Hashable {
    package var row: AgreementRow
    /// Index into the article's merged visits, when the article reports one.
    package var visitIndex: Int?
    /// Sentence the document was read from.
    package var sentenceIndex: Int
    package var rule: String
}
