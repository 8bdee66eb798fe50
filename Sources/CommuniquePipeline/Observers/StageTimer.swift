import CommuniqueStages
import Synchronization

/// Sums the seconds of each stage over every worker into `StageTimings`.
package final class StageTimer: RunObserver {
    private let timings = Mutex(StageTimings())

    package init() {}

    package var result: StageTimings { timings.withLock { $0 } }

    package func article(_ index: Int, finished stage: StageKind, seconds: Double) {
        timings.withLock { timings in
            switch stage {
            case .load: timings.load += seconds
            case .clean: timings.clean += seconds
            case .extract: timings.extract += seconds
            case .aggregate: timings.aggregate += seconds
            }
        }
    }

    package func articleRecorded(_ index: Int, seconds: Double) {
        timings.withLock { $0.rows += seconds }
    }

    package func reached(_ boundary: RunBoundary, seconds: Double) {
        timings.withLock { timings in
            switch boundary {
            case .inputListed, .articlesExtracted: break
            case .aggregated:
                timings.aggregate += seconds
                timings.aggregateAfterExtract = seconds
            case .encoded: timings.write = seconds
            }
        }
    }
}
