/// An open-addressing hash table from a 64-bit key (a token's folded hash, already well mixed)
/// to a 64-bit set of flags, in one flat array: the look-up at every rule word costs a multiply,
/// a mask and a probe or two, where a `Dictionary` hashes the key again with SipHash.
///
/// A 1 KiB bit filter stands in front of the slots (one bit per key, from other bits of the same
/// product as the home slot): a word in no table is answered from it, which stays in the
/// first-level cache, without reading the slots (tens of KiB).
public struct HashBitsTable: Sendable {
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var key: UInt64
        /// Zero marks an empty slot: a key is only stored with at least one flag.
        @usableFromInline var bits: UInt64

        @usableFromInline
        init(key: UInt64, bits: UInt64) {
            self.key = key
            self.bits = bits
        }
    }

    @usableFromInline var slots: [Slot]
    @usableFromInline var mask: Int
    /// One bit per stored key (`filterBit`), 8,192 bits in 128 words: a clear bit means the key
    /// is not in the table.
    @usableFromInline var filter: [UInt64]

    /// The table of `entries`; keys with no flag set are left out.
    public init(_ entries: [UInt64: UInt64]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, bits: 0), count: size)
        mask = size - 1
        filter = Array(repeating: 0, count: Self.filterWords)
        for (key, bits) in entries where bits != 0 {
            var slot = Self.home(key) & mask
            while slots[slot].bits != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, bits: bits)
            let bit = Self.filterBit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @usableFromInline
    static var filterWords: Int { 128 }

    @inlinable @inline(__always)
    static func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The key's bit in the filter: the product's top 13 bits (the home slot takes bits from 32 up,
    /// fewer than 19 of them for any table this size).
    @inlinable @inline(__always)
    static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 51)
    }

    /// The flags of `key`, 0 when it has none.
    @inlinable @inline(__always)
    public func bits(_ key: UInt64) -> UInt64 {
        let bit = Self.filterBit(key)
        let word = filter.withUnsafeBufferPointer { $0[bit >> 6] }
        guard word & (1 << UInt64(bit & 63)) != 0 else { return 0 }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.home(key) & mask
            while slots[slot].bits != 0 {
                if slots[slot].key == key { return slots[slot].bits }
                slot = (slot + 1) & mask
            }
            return 0
        }
    }
}
