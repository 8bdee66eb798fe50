import CommuniqueStages

/// Watches a run's stage boundaries: timing, progress and memory are observers, not the
/// runner's business. Called from every worker at once, so an observer is thread-safe.
package protocol RunObserver: Sendable {
    /// A worker ran `stage` on one article (for `.aggregate`: took one article) in `seconds`.
    func article(_ index: Int, finished stage: StageKind, seconds: Double)
    /// A worker turned one article's facts into CSV records in `seconds`.
    func articleRecorded(_ index: Int, seconds: Double)
    /// An article left the per-article stages: `done` of `total` so far.
    func articleDone(_ done: Int, of total: Int)
    /// The run crossed `boundary`; `seconds` is the time the phase before it took.
    func reached(_ boundary: RunBoundary, seconds: Double)
}

extension RunObserver {
    package func article(_ index: Int, finished stage: StageKind, seconds: Double) {}
    package func articleRecorded(_ index: Int, seconds: Double) {}
    package func articleDone(_ done: Int, of total: Int) {}
    package func reached(_ boundary: RunBoundary, seconds: Double) {}
}
