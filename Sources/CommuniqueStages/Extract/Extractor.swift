import CommuniqueCore
import CommuniqueKnowledge

/// One extractor of the extract stage: which sentences it reads and the facts it adds.
///
/// The pipeline file lists extractors by `name`; the extract stage runs them in that order on
/// each article, and a later one sees what earlier ones left in the `ArticleWork` (the visit
/// each sentence is about, the amounts an earlier one took). A new extractor is a new type
/// conforming to this protocol plus its line in `ExtractorRegistry`.
package protocol Extractor: Sendable {
    /// The name the pipeline file lists it by (`trade_metrics`).
    static var name: String { get }
    /// The tables whose rows it makes.
    static var tables: [String] { get }
    /// Extractors that must come before it in the list when the pipeline declares them.
    static var after: [String] { get }
    /// The option keys its pipeline entry may carry.
    static var optionKeys: [String] { get }
    /// Tag kinds of which a sentence must carry at least one to be read.
    static var sentenceKinds: LexiconTagKinds { get }

    /// Makes the extractor from the knowledge and its entry's options; a bad option is an error
    /// that names the pipeline file, line and key.
    init(knowledge: Knowledge, options: StepOptions) throws(ConfigurationError)

    /// Reads the article's sentences, adding what it finds to `work.facts`.
    func extract(_ work: inout ArticleWork)
}
