import CommuniqueOutput

/// A stage that sees the whole corpus (aggregate): the runner hands it every article's output,
/// in any order, then asks once for the result, which does not depend on that order.
package protocol CorpusStage: Sendable {
    associatedtype Input
    associatedtype Output
    static var kind: StageKind { get }
    /// Takes one article.
    mutating func add(_ input: Input)
    /// The result over every article added.
    consuming func finish() throws(PublishError) -> Output
}
