import Glibc

/// Byte patterns (lower-cased boilerplate phrases) in one flat buffer, for the look-ups the
/// cleaner makes on every line: testing a line walks the buffer and touches no reference counts.
package struct BytePatterns: Sendable {
    private var bytes: [UInt8] = []
    /// Where each pattern ends in `bytes`; pattern `k` starts where pattern `k - 1` ends.
    private var ends: [Int] = []
    /// One bit per pair of bytes (`pairKey`) that opens a pattern of two bytes or more (8 KiB).
    private var pairFilter = [UInt64](repeating: 0, count: 1024)
    /// One bit per `tripleBit` of the first three bytes of each pattern of three bytes or more (8 KiB).
    private var tripleFilter = [UInt64](repeating: 0, count: 1024)
    /// The patterns of exactly two bytes ("©"), as pair keys.
    private var pairPatterns: [UInt16] = []
    /// One bit per byte that is a pattern by itself.
    private var singleBytes = [UInt64](repeating: 0, count: 4)
    /// Some pattern is one byte long: without one (the usual rules), no position tests `singleBytes`.
    private var hasSingleBytes = false
    /// The first bytes of the two-byte patterns, each once: their places in a line are found by `memchr`.
    private var pairFirstBytes: [UInt8] = []
    /// The patterns of three bytes or more are looked for from every `stride`-th position of a
    /// line (two less than the shortest of them), 0 when there are none: an occurrence of a
    /// pattern covers the first three bytes at such a position, which are its bytes at an offset
    /// below `stride`.
    private var stride = 0
    /// One bit per `tripleBit` of three bytes at an offset below `stride` in a pattern of three
    /// bytes or more (8 KiB).
    private var strideFilter = [UInt64](repeating: 0, count: 1024)

    init(_ patterns: [[UInt8]]) {
        for pattern in patterns {
            bytes += pattern
            ends.append(bytes.count)
            switch pattern.count {
            case 0: continue
            case 1:
                singleBytes[Int(pattern[0] >> 6)] |= 1 << UInt64(pattern[0] & 63)
                hasSingleBytes = true
            default:
                let pair = Self.pairKey(pattern[0], pattern[1])
                pairFilter[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
                if pattern.count == 2 {
                    pairPatterns.append(pair)
                    if !pairFirstBytes.contains(pattern[0]) { pairFirstBytes.append(pattern[0]) }
                } else {
                    let triple = Self.tripleBit(pair, pattern[2])
                    tripleFilter[triple >> 6] |= 1 << UInt64(triple & 63)
                }
            }
        }
        let long = patterns.filter { $0.count >= 3 }
        stride = (long.map(\.count).min() ?? 2) - 2
        for pattern in long {
            for offset in 0..<stride {
                let triple = Self.tripleBit(Self.pairKey(pattern[offset], pattern[offset + 1]), pattern[offset + 2])
                strideFilter[triple >> 6] |= 1 << UInt64(triple & 63)
            }
        }
    }

    @inline(__always)
    private static func pairKey(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(first) << 8 | UInt16(second)
    }

    /// The bit of three bytes in `tripleFilter`: 16 bits of a multiplicative hash.
    @inline(__always)
    private static func tripleBit(_ pair: UInt16, _ third: UInt8) -> Int {
        Int(truncatingIfNeeded: ((UInt32(pair) << 8 | UInt32(third)) &* 0x9E37_79B1) >> 16)
    }

    /// True when some non-empty pattern occurs in `line`.
    ///
    /// The two-byte patterns are looked for at the places of their first byte (`memchr`); the
    /// longer ones from every `stride`-th position: where its three bytes may be three of some
    /// pattern at an offset below `stride` (`strideFilter`), each position an occurrence covering
    /// them could start at is tested as `anyOccursScanning` tests every position. A line of news
    /// has few such bytes at those positions, so most of its positions are never tested.
    func anyOccurs(in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !ends.isEmpty else { return false }
        guard !hasSingleBytes else { return anyOccursScanning(line) }
        guard let base = line.baseAddress else { return false }
        for first in pairFirstBytes {
            var from = 0
            while from < line.count - 1, let found = memchr(base + from, Int32(first), line.count - 1 - from) {
                let position = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                if pairPatterns.contains(Self.pairKey(first, line[position + 1])) { return true }
                from = position + 1
            }
        }
        guard stride > 0 else { return false }
        return pairFilter.withUnsafeBufferPointer { pairFilter in
            tripleFilter.withUnsafeBufferPointer { tripleFilter in
                strideFilter.withUnsafeBufferPointer { strideFilter in
                    var position = 0
                    while position + 2 < line.count {
                        let triple = Self.tripleBit(Self.pairKey(line[position], line[position + 1]), line[position + 2])
                        if strideFilter[triple >> 6] & (1 << UInt64(triple & 63)) != 0 {
                            for start in max(0, position - stride + 1)...position where start + 2 < line.count {
                                let opening = Self.pairKey(line[start], line[start + 1])
                                guard pairFilter[Int(opening >> 6)] & (1 << UInt64(opening & 63)) != 0 else { continue }
                                let triple = Self.tripleBit(opening, line[start + 2])
                                if tripleFilter[triple >> 6] & (1 << UInt64(triple & 63)) != 0, occurs(at: start, in: line) { return true }
                            }
                        }
                        position += stride
                    }
                    return false
                }
            }
        }
    }

    /// `anyOccurs` reading every position of the line (the rules have a pattern of one byte).
    ///
    /// A position is compared with the patterns only when its first two bytes open one (an exact
    /// bit test) and its first three may (a second filter); its first byte alone is tested too.
    func anyOccursScanning(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let hasSingleBytes = hasSingleBytes
        return pairFilter.withUnsafeBufferPointer { pairFilter in
            tripleFilter.withUnsafeBufferPointer { tripleFilter in
                singleBytes.withUnsafeBufferPointer { singleBytes in
                    var position = 0
                    while position < line.count {
                        let first = line[position]
                        if hasSingleBytes, singleBytes[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 { return true }
                        if position + 1 < line.count {
                            let pair = Self.pairKey(first, line[position + 1])
                            if pairFilter[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 {
                                if pairPatterns.contains(pair) { return true }
                                if position + 2 < line.count {
                                    let triple = Self.tripleBit(pair, line[position + 2])
                                    if tripleFilter[triple >> 6] & (1 << UInt64(triple & 63)) != 0, occurs(at: position, in: line) { return true }
                                }
                            }
                        }
                        position += 1
                    }
                    return false
                }
            }
        }
    }

    /// True when a pattern of three bytes or more occurs at `position` of `line`.
    private func occurs(at position: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in ends {
                defer { start = end }
                let length = end - start
                guard length >= 3, position + length <= line.count else { continue }
                var k = 0
                while k < length, line[position + k] == bytes[start + k] { k += 1 }
                if k == length { return true }
            }
            return false
        }
    }

    /// True when `line` starts with some pattern (an empty pattern starts every line).
    func anyIsPrefix(of line: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in ends {
                defer { start = end }
                guard end - start <= line.count else { continue }
                var k = 0
                while k < end - start, line[k] == bytes[start + k] { k += 1 }
                if k == end - start { return true }
            }
            return false
        }
    }
}
