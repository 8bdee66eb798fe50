import CommuniqueCore
/// A delegation row and the article visit it belongs to, before visit ids exist.
package struct DelegationFact: Sendable, Hashable {
    package var row: DelegationRow
    package var visitIndex: Int?
    package var sentenceIndex: Int
    package var rule: String
}
