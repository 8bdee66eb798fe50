import CommuniqueCore
import CommuniqueOutput

/// One step of the aggregate stage, declared by name in the pipeline file: it sees every
/// article's records, in any order, then adds its tables to the dataset.
///
/// A step's tables must not depend on the order articles arrive in (a run's workers, or partials
/// merged in any order, give the same bytes): what it keeps is sorted by content before use.
/// Steps finish in the pipeline's order, so a step can read what an earlier one made (the visit
/// summary reads the merged visits' totals). A new step is a new type conforming to this
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
    /// Takes one article's records.
    mutating func add(_ records: ArticleRecords)
    /// Takes what `other`, a step of the same type and options that saw other articles, has kept:
    /// a run's workers each aggregate their own articles and are merged at the end.
    mutating func absorb(_ other: consuming Self)
    /// Adds its tables to `dataset`; rows sorted by id go to `facts`, written with `writer`.
    mutating func finish(into dataset: inout Dataset, facts: inout SpoolWriter, writer: CSVWriter) throws(PublishError)
}

extension AggregateStep {
    /// `absorb` for a step known only as `any AggregateStep`; a step of another type adds nothing.
    mutating func absorb(step other: any AggregateStep) {
        guard let same = other as? Self else { return }
        absorb(same)
    }
}
