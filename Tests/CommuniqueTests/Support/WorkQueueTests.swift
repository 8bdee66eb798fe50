import Dispatch
import Synchronization
import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

@Suite struct WorkQueueTests {
    @Test(arguments: [0, 1, 5_000])
    func everyIndexIsTakenOnceWhateverTheWorkers(count: Int) {
        let queue = WorkQueue(count: count)
        let taken = Mutex([Int](repeating: 0, count: count))
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            while let index = queue.take() { taken.withLock { $0[index] += 1 } }
        }
        #expect(taken.withLock { $0 } == [Int](repeating: 1, count: count))
        #expect(queue.take() == nil)
    }
}
