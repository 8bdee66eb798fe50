import CommuniqueCore

/// Part `index` of `count` of an input, by a stable hash of each article's source id: the first
/// 8 bytes of SHA-256 of the id's UTF-8, as a big-endian integer, modulo `count`. Every machine
/// and language computes the same (the Spark driver does it in Python), every id is in exactly
/// one shard, and the files that share an id (duplicates) are in the same one.
package struct Shard: Sendable, Hashable, CustomStringConvertible {
    package var index: Int
    package var count: Int

    package static let whole = Shard(index: 0, count: 1)

    package init(index: Int, count: Int) {
        precondition(count >= 1 && (0..<count).contains(index), "shard \(index)/\(count)")
        self.index = index
        self.count = count
    }

    /// `K/N` with 0 <= K < N, as `--shard` takes it.
    package init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (0..<count).contains(index) else {
            return nil
        }
        self.init(index: index, count: count)
    }

    package var description: String { "\(index)/\(count)" }

    package func contains(_ sourceID: String) -> Bool {
        count == 1 || Self.hash(sourceID) % UInt64(count) == UInt64(index)
    }

    package static func hash(_ sourceID: String) -> UInt64 {
        ContentHash.leadingUInt64(Array(sourceID.utf8))
    }
}
