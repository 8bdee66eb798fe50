import Synchronization

/// Hands items that workers finish out of order to one consumer, in order.
///
/// Whichever worker delivers the next missing item drains every ready one, so the consumer runs
/// on one thread at a time, sees items in index order whatever the number of workers, and needs
/// no thread of its own. Items wait only while an earlier one is still being made.
package final class OrderedHandoff<Element: Sendable>: Sendable {
    private struct State: Sendable {
        var next = 0
        var ready: [Int: Element] = [:]
        var draining = false

        mutating func takeReady() -> [Element] {
            var batch: [Element] = []
            while let element = ready.removeValue(forKey: next) {
                batch.append(element)
                next += 1
            }
            return batch
        }
    }

    private let state = Mutex(State())
    private let consume: @Sendable (Element) -> Void

    /// `consume` is called once per index from 0 up, never on two threads at once.
    init(consume: @escaping @Sendable (Element) -> Void) { self.consume = consume }

    /// Delivers item `index`; consumes it and every item after it that is ready, unless another
    /// worker is already doing so (it will pick this one up before it stops).
    func deliver(_ element: Element, at index: Int) {
        var batch = state.withLock { state -> [Element] in
            state.ready[index] = element
            guard !state.draining else { return [] }
            let batch = state.takeReady()
            state.draining = !batch.isEmpty
            return batch
        }
        while !batch.isEmpty {
            for element in batch { consume(element) }
            batch = state.withLock { state in
                let batch = state.takeReady()
                state.draining = !batch.isEmpty
                return batch
            }
        }
    }

    /// Items delivered but not consumed yet (waiting for an earlier one).
    var waiting: Int { state.withLock { $0.ready.count } }
}
