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
                } else {
                    let triple = Self.tripleBit(pair, pattern[2])
                    tripleFilter[triple >> 6] |= 1 << UInt64(triple & 63)
                }
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
    /// One pass over the line: a position is compared with the patterns only when its first two
    /// bytes open one (an exact bit test) and its first three may (a second filter), where a
    /// search per pattern would read the line once for each; its first byte alone is tested only
    /// when some pattern is one byte long.
    func anyOccurs(in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !ends.isEmpty else { return false }
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
