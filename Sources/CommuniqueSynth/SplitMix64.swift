/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator whose output depends only on its seed,
/// so a synthetic corpus is byte-identical on every machine and every Swift version.
///
/// Deliberately not a `RandomNumberGenerator`: the standard library's `random(in:using:)` and
/// `shuffled(using:)` may change their algorithms between releases, so bounded draws are done here.
package struct SplitMix64: Sendable {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for item `index` of a stream: independent of every other item's generator.
    init(seed: UInt64, stream: UInt64, index: Int) {
        state = Self.mix(seed ^ Self.mix(stream &+ 0x632B_E59B_D9B4_E019) ^ Self.mix(UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound` by multiply-shift; `bound` must be positive.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    mutating func byte() -> UInt8 {
        UInt8(truncatingIfNeeded: next() >> 56)
    }

    /// `count` distinct indices of `0..<total`, in the order drawn (`count` ≤ `total`).
    mutating func distinct(_ count: Int, of total: Int) -> [Int] {
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        while chosen.count < min(count, total) {
            let candidate = below(total)
            if !chosen.contains(candidate) { chosen.append(candidate) }
        }
        return chosen
    }
}
