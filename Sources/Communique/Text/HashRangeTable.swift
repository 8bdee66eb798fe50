/// An open-addressing hash table from a 64-bit key to a range of indices, in flat arrays.
struct HashRangeTable: Sendable {
    private var keys: [UInt64]
    private var lower: [Int32]
    private var upper: [Int32]
    private var used: [Bool]
    private var mask: Int

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        lower = Array(repeating: 0, count: size)
        upper = Array(repeating: 0, count: size)
        used = Array(repeating: false, count: size)
        mask = size - 1
    }

    mutating func insert(_ key: UInt64, _ range: Range<Int32>) {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while used[slot] && keys[slot] != key { slot = (slot + 1) & mask }
        used[slot] = true
        keys[slot] = key
        lower[slot] = range.lowerBound
        upper[slot] = range.upperBound
    }

    @inline(__always)
    func find(_ key: UInt64) -> Range<Int32>? {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while used[slot] {
            if keys[slot] == key { return lower[slot]..<upper[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
