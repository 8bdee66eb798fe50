/// Options of the aggregate stage.
package struct AggregateOptions: Sendable {
    /// Sources of a series disagree when they differ by more than this, in percent.
    package var conflictTolerancePct: Double = 1.0

    package init(conflictTolerancePct: Double = 1.0) {
        self.conflictTolerancePct = conflictTolerancePct
    }
}
