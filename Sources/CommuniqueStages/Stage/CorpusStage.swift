/// A stage that sees the whole corpus (aggregate): the runner hands it every article's output
/// in input order, then asks once for the result.
package protocol CorpusStage: Sendable {
    associatedtype Input
    associatedtype Output
    static var kind: StageKind { get }
    /// Takes the next article, in input order.
    mutating func add(_ input: Input)
    /// The result over every article added; `jobs` threads may be used.
    mutating func finish(jobs: Int) throws -> Output
}
