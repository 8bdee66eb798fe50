import CommuniqueKnowledge
import CommuniqueOutput
import CommuniqueStages
/// What a pipeline file declares: where to read and write, the stages with their options, the
/// extractors and aggregate steps they run, and the knowledge they use.
///
/// Relative paths in the file are resolved against the pipeline file's own folder, so a pipeline
/// means the same thing whatever folder cron starts the job from.
package struct PipelineDefinition: Sendable {
    /// The pipeline file as named by the caller, for messages.
    package var file: String
    /// SHA-256 of the pipeline file's bytes.
    package var sha256: String
    package var name: String
    package var input: String
    package var output: String
    /// File name of the input manifest inside `input`.
    package var manifest: String
    package var tables: [String]
    package var dialect: CSVDialect
    /// zlib level of the `.csv.gz` files (1 fastest to 9 smallest); fixed by the file, so runs are byte-identical.
    package var gzipLevel: Int32
    package var knowledge: KnowledgeFiles
    package var load: LoadOptions
    package var clean: CleanOptions
    package var extract: ExtractOptions
    /// The extractors of the extract stage, in the order they run.
    package var extractors: [StepDeclaration]
    /// The steps of the aggregate stage, in the order they finish.
    package var aggregateSteps: [StepDeclaration]

    /// Every table the job can write, in the order the contract lists them.
    package static let allTables = ["articles", "visits", "agreements", "trade_metrics", "delegations", "trade_series", "visit_summary"]
}
