/// What a file of the synthetic corpus holds. In every block of 1000 consecutive files exactly
/// 10 are empty, 10 binary, 10 invalid UTF-8, 10 Russian and 1 very long; the rest are news articles.
package enum ArticleKind: Sendable, Hashable, CaseIterable {
    case article, empty, binary, invalidUTF8, russian, long

    static let blockSize = 1000
    static let junkPerBlock: [(ArticleKind, Int)] = [(.empty, 10), (.binary, 10), (.invalidUTF8, 10), (.russian, 10), (.long, 1)]

    /// The kind of file `index` of the corpus made from `seed`.
    static func of(index: Int, seed: UInt64) -> ArticleKind {
        var rng = SplitMix64(seed: seed, stream: 1, index: index / blockSize)
        let total = junkPerBlock.reduce(0) { $0 + $1.1 }
        let slots = rng.distinct(total, of: blockSize)
        guard var rank = slots.firstIndex(of: index % blockSize) else { return .article }
        for (kind, count) in junkPerBlock {
            if rank < count { return kind }
            rank -= count
        }
        return .article
    }
}
