/// Byte patterns (lower-cased boilerplate phrases) in one flat buffer, for the look-ups the
/// cleaner makes on every line: testing a line walks the buffer and touches no reference counts.
package struct BytePatterns: Sendable {
    private var bytes: [UInt8] = []
    /// Where each pattern ends in `bytes`; pattern `k` starts where pattern `k - 1` ends.
    private var ends: [Int] = []
    /// The first two bytes of each pattern as one key (`pairKey`); 0 for a pattern shorter than two.
    private var pairs: [UInt16] = []
    /// One bit per pair key that opens a pattern of two bytes or more (8 KiB).
    private var pairFilter = [UInt64](repeating: 0, count: 1024)
    /// One bit per byte that is a pattern by itself.
    private var singleBytes = [UInt64](repeating: 0, count: 4)

    init(_ patterns: [[UInt8]]) {
        for pattern in patterns {
            bytes += pattern
            ends.append(bytes.count)
            if pattern.count >= 2 {
                let pair = Self.pairKey(pattern[0], pattern[1])
                pairs.append(pair)
                pairFilter[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
            } else {
                pairs.append(0)
                if let byte = pattern.first { singleBytes[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
            }
        }
    }

    @inline(__always)
    private static func pairKey(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(first) << 8 | UInt16(second)
    }

    /// True when some non-empty pattern occurs in `line`.
    ///
    /// One pass over the line: a position is compared with the patterns only when its first two
    /// bytes open one (a bit test), where a search per pattern would read the line once for each.
    func anyOccurs(in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !ends.isEmpty else { return false }
        return pairFilter.withUnsafeBufferPointer { pairFilter in
            singleBytes.withUnsafeBufferPointer { singleBytes in
                var position = 0
                while position < line.count {
                    let first = line[position]
                    if singleBytes[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 { return true }
                    if position + 1 < line.count {
                        let pair = Self.pairKey(first, line[position + 1])
                        if pairFilter[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0, occurs(pair, at: position, in: line) { return true }
                    }
                    position += 1
                }
                return false
            }
        }
    }

    /// True when a pattern that opens with `pair` occurs at `position` of `line`.
    private func occurs(_ pair: UInt16, at position: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (pattern, end) in ends.enumerated() {
                defer { start = end }
                let length = end - start
                guard length >= 2, pairs[pattern] == pair, position + length <= line.count else { continue }
                var k = 2
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
