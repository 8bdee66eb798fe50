import CommuniqueStages
import Synchronization

/// One worker's aggregate stage: the articles that worker extracted, added without waiting for
/// the other workers (each has its own), and merged with the others' at the end.
final class WorkerAggregate: Sendable {
    private let slot: Mutex<Aggregator?>

    init(_ aggregator: consuming Aggregator) {
        slot = Mutex(aggregator)
    }

    /// Takes one article's records; only this aggregate's worker calls it, so the lock is never contended.
    func add(_ records: ArticleRecords) {
        slot.withLock { $0?.add(records) }
    }

    /// The aggregate, once every article is in.
    func take() -> Aggregator? {
        slot.withLock { $0.take() }
    }
}
