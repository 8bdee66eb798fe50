import Dispatch
import Synchronization
import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages
@testable import CommuniquePipeline

@Suite struct OrderedHandoffTests {
    @Test(arguments: [1, 2, 8])
    func itemsFinishedOutOfOrderAreConsumedInOrder(workers: Int) {
        let seen = Mutex<[Int]>([])
        let busy = Mutex(false)
        let handoff = OrderedHandoff<Int> { item in
            // Never two consumers at once.
            #expect(busy.withLock { state in defer { state = true }; return !state })
            seen.withLock { $0.append(item) }
            busy.withLock { $0 = false }
        }
        let queue = WorkQueue(count: 2_000)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = queue.take() {
                // Uneven work, so items finish out of order.
                var spin = 0
                for k in 0..<(index % 7) * 500 { spin &+= k }
                handoff.deliver(index + spin * 0, at: index)
            }
        }
        #expect(seen.withLock { $0 } == Array(0..<2_000))
        #expect(handoff.waiting == 0)
    }
}
