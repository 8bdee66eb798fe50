/// Seconds a run spent in each stage; per-article stages are summed over the workers.
package struct StageTimings: Sendable, Equatable, Codable {
    package var load = 0.0
    package var clean = 0.0
    package var extract = 0.0
    /// Turning facts into CSV records, in the workers.
    package var rows = 0.0
    /// Aggregation in all: while articles were still extracted, and after.
    package var aggregate = 0.0
    /// The part of `aggregate` left after the last article was extracted.
    package var aggregateAfterExtract = 0.0
    /// Sorting, writing and compressing the tables.
    package var write = 0.0

    package init() {}

    /// Name and seconds of each, in run order, for logs.
    package var named: [(name: String, seconds: Double)] {
        [("load", load), ("clean", clean), ("extract", extract), ("rows", rows), ("aggregate", aggregate),
         ("aggregate_after_extract", aggregateAfterExtract), ("write", write)]
    }
}
