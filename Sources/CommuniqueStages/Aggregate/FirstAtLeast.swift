/// The first position whose value is at least a bound, in O(log n): a tree of maxima over the
/// values, searched from the left.
struct FirstAtLeast {
    private let count: Int
    private let size: Int
    private var maxima: [Int]

    init(_ values: [Int]) {
        count = values.count
        var size = 1
        while size < max(1, values.count) { size *= 2 }
        self.size = size
        maxima = Array(repeating: Int.min, count: 2 * size)
        for (index, value) in values.enumerated() { maxima[size + index] = value }
        for node in stride(from: size - 1, through: 1, by: -1) { maxima[node] = max(maxima[2 * node], maxima[2 * node + 1]) }
    }

    /// The first position whose value is `bound` or more, or nil.
    func first(atLeast bound: Int) -> Int? {
        guard count > 0, maxima[1] >= bound else { return nil }
        var node = 1
        while node < size { node = maxima[2 * node] >= bound ? 2 * node : 2 * node + 1 }
        return node - size
    }
}
