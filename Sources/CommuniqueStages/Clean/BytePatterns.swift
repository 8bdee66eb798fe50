import CShims

/// Byte patterns (lower-cased boilerplate phrases) in one flat buffer, for the look-ups the
/// cleaner makes on every line: testing a line walks the buffer and touches no reference counts.
package struct BytePatterns: Sendable {
    private var bytes: [UInt8] = []
    /// Where each pattern ends in `bytes`; pattern `k` starts where pattern `k - 1` ends.
    private var ends: [Int] = []

    init(_ patterns: [[UInt8]]) {
        for pattern in patterns {
            bytes += pattern
            ends.append(bytes.count)
        }
    }

    /// True when some non-empty pattern occurs in `line` (glibc's memmem, vectorised).
    func anyOccurs(in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let haystack = line.baseAddress else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in ends {
                defer { start = end }
                let length = end - start
                guard length > 0, length <= line.count, let base = bytes.baseAddress else { continue }
                if communique_contains(haystack, line.count, base + start, length) != 0 { return true }
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
