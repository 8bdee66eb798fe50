import CommuniqueCore

/// One step of the aggregate stage, declared by name in the pipeline file: it sees every
/// article's records in input order, then adds its tables to the dataset.
///
/// Steps finish in the pipeline's order, so a step can read what an earlier one made (the
/// visit summary reads the merged visits). A new step is a new type conforming to this
/// protocol plus its line in `AggregateStepRegistry`.
package protocol AggregateStep: Sendable {
    /// The name the pipeline file lists it by (`trade_series`).
    static var name: String { get }
    /// The tables it makes.
    static var tables: [String] { get }
    /// Extractors and steps that must be declared (steps before it) for it to run.
    static var requires: [String] { get }
    /// The option keys its pipeline entry may carry.
    static var optionKeys: [String] { get }

    /// Makes the step from its entry's options; `spool` holds what it keeps on disk.
    init(options: StepOptions, spool: RecordSpool) throws(ConfigurationError)
    /// Takes the next article's records; `position` is its place in input order.
    mutating func add(_ records: ArticleRecords, position: Int)
    /// Adds its tables to `dataset`; `articles` are every article's rows in input order.
    mutating func finish(into dataset: inout Dataset, articles: [ArticleRow])
}
