/// A stage that works on one article at a time (load, clean, extract): the runner calls it on
/// every worker, so it holds only immutable configuration.
package protocol ArticleStage: Sendable {
    associatedtype Input
    associatedtype Output
    /// Which stage of the pipeline file this is.
    static var kind: StageKind { get }
    /// The stage's work on one article.
    func run(_ input: Input) -> Output
}
