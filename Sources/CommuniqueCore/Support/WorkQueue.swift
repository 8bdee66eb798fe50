import Synchronization

/// Hands the indices `0..<count` to concurrent workers, each index once and in increasing order:
/// the shared counter behind every "take the next article / segment / file" loop.
public final class WorkQueue: Sendable {
    public let count: Int
    private let next = Mutex(0)

    public init(count: Int) { self.count = count }

    /// The next index nobody has taken, or nil when all are taken.
    public func take() -> Int? {
        let index = next.withLock { value -> Int in
            defer { value += 1 }
            return value
        }
        return index < count ? index : nil
    }
}
