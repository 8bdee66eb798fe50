/// The points between the phases of a run, where observers may act (trim the heap, log).
package enum RunBoundary: String, Sendable, CaseIterable {
    /// The input folder is listed and its manifest read; no article is loaded yet.
    case inputListed
    /// Every article went through load, clean and extract and reached the aggregate stage.
    case articlesExtracted
    /// The aggregate stage finished: every table's rows are known.
    case aggregated
    /// Every table is encoded; only the files remain.
    case encoded
}
