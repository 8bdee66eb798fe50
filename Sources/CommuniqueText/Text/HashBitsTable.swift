/// An open-addressing hash table from a 64-bit key (a token's folded hash, already well mixed)
/// to a 64-bit set of flags, in one flat array: the look-up at every rule word costs a multiply,
/// a mask and a probe or two, where a `Dictionary` hashes the key again with SipHash.
public struct HashBitsTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        /// Zero marks an empty slot: a key is only stored with at least one flag.
        var bits: UInt64
    }

    private var slots: [Slot]
    private var mask: Int

    /// The table of `entries`; keys with no flag set are left out.
    public init(_ entries: [UInt64: UInt64]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, bits: 0), count: size)
        mask = size - 1
        for (key, bits) in entries where bits != 0 {
            var slot = Self.home(key) & mask
            while slots[slot].bits != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, bits: bits)
        }
    }

    @inline(__always)
    private static func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The flags of `key`, 0 when it has none.
    @inline(__always)
    public func bits(_ key: UInt64) -> UInt64 {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.home(key) & mask
            while slots[slot].bits != 0 {
                if slots[slot].key == key { return slots[slot].bits }
                slot = (slot + 1) & mask
            }
            return 0
        }
    }
}
