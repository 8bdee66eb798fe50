/// Why a partial could not be written, read or merged; each names the file.
package enum PartialError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    /// Not a partial, or one cut short or damaged.
    case malformed(file: String, reason: String)
    /// Made with another format, pipeline or knowledge than the merge runs with.
    case incompatible(file: String, key: String, found: String, expected: String)
    /// Two partials of the same shard (the same input twice).
    case sameShard(String, first: String, second: String)
    /// Shards of different splits (`--shard K/N` with different N), which may overlap.
    case mixedSplits([String])

    package var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): \(reason)"
        case .malformed(let file, let reason): return "\(file): not a complete partial: \(reason)"
        case .incompatible(let file, let key, let found, let expected):
            return "\(file): \(key): made with \(found), but this merge runs with \(expected) (re-run extract with the same pipeline and knowledge)"
        case .sameShard(let shard, let first, let second): return "\(first) and \(second) are both shard \(shard)"
        case .mixedSplits(let counts): return "the partials come from different splits (N = \(counts.joined(separator: ", "))); shards of one merge share N"
        }
    }
}
