/// An open-addressing hash table from a 64-bit key to a range of indices, in one flat array.
///
/// Each slot holds its key and range side by side (16 bytes), so a probe touches one cache line;
/// an empty slot has a negative lower bound (ranges index arrays, so they are never negative).
/// A 64 Kibit filter of the keys (8 KiB, which stays in the first-level cache) answers most
/// misses, and most probes miss: most words of a text are no name and no trigger.
public struct HashRangeTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var lower: Int32
        var upper: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    /// One bit per `filterBit` of the keys inserted.
    private var filter: [UInt64]

    public init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, lower: -1, upper: -1), count: size)
        mask = size - 1
        filter = Array(repeating: 0, count: 1024)
    }

    /// The bit of `key` in `filter`: 16 high bits of a multiplicative hash, unrelated to the slot.
    @inline(__always)
    private static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    public mutating func insert(_ key: UInt64, _ range: Range<Int32>) {
        precondition(range.lowerBound >= 0, "HashRangeTable holds ranges of indices")
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while slots[slot].lower >= 0 && slots[slot].key != key { slot = (slot + 1) & mask }
        slots[slot] = Slot(key: key, lower: range.lowerBound, upper: range.upperBound)
        let bit = Self.filterBit(key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when `key` is certainly not in the table: the filter alone, no slot read.
    @inline(__always)
    public func mayContain(_ key: UInt64) -> Bool {
        let bit = Self.filterBit(key)
        return filter.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    public func find(_ key: UInt64) -> Range<Int32>? {
        guard mayContain(key) else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while slots[slot].lower >= 0 {
                if slots[slot].key == key { return slots[slot].lower..<slots[slot].upper }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }
}
