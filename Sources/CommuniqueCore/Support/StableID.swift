import Crypto

/// Ids derived from content, so they are the same on every run and machine.
public enum StableID {
    static let digits = Array("0123456789abcdef".utf8)

    /// `prefix` and the first 16 hex digits of SHA-256 over the parts joined by U+001F.
    static func make(_ prefix: String, _ parts: [String]) -> String {
        var bytes: [UInt8] = []
        join(parts, into: &bytes)
        return id(prefix, SHA256.hash(data: bytes))
    }

    /// The id's 16 hex digits as a number: ids of one table share their prefix and length, so
    /// ordering keys orders the ids as strings would, without comparing strings.
    public static func key(_ id: String) -> UInt64 {
        var value: UInt64 = 0
        for byte in id.utf8.suffix(16) {
            value = value << 4 | UInt64(byte <= 0x39 ? byte &- 0x30 : (byte | 0x20) &- 0x57)
        }
        return value
    }

    /// Ids for rows that may share their content: the n-th repeat gets `n` mixed in (as one more
    /// part). Repeats are told apart by the first 128 bits of their content's digest.
    public static func assign(_ prefix: String, _ keys: [[String]]) -> [String] {
        var assigner = Assigner(prefix: prefix, capacity: keys.count)
        return keys.map { assigner.next($0) }
    }

    /// `assign` one row at a time, for callers that do not hold every key at once.
    public struct Assigner {
        let prefix: String
        private var seen: [DigestPrefix: Int] = [:]
        private var bytes: [UInt8] = []

        /// An assigner for about `capacity` rows (room made at once, not grown row by row).
        public init(prefix: String, capacity: Int = 0) {
            self.prefix = prefix
            seen.reserveCapacity(capacity)
        }

        public mutating func next(_ key: [String]) -> String {
            bytes.removeAll(keepingCapacity: true)
            join(key, into: &bytes)
            let digest = SHA256.hash(data: bytes)
            let seenPrefix = DigestPrefix(digest)
            // One look-up for content not seen before (nearly every row); a repeat counts on.
            guard let n = seen.updateValue(1, forKey: seenPrefix) else { return id(prefix, digest) }
            seen[seenPrefix] = n + 1
            bytes.append(0x1F)
            bytes.append(contentsOf: String(n).utf8)
            return id(prefix, SHA256.hash(data: bytes))
        }
    }

    static func join(_ parts: [String], into bytes: inout [UInt8]) {
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(0x1F) }
            bytes.append(contentsOf: part.utf8)
        }
    }

    /// `prefix` and the hex digits of the digest's first 8 bytes.
    static func id(_ prefix: String, _ digest: SHA256.Digest) -> String {
        var text = Array(prefix.utf8)
        text.reserveCapacity(text.count + 16)
        digest.withUnsafeBytes { digest in
            for byte in digest.prefix(8) {
                text.append(digits[Int(byte >> 4)])
                text.append(digits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The first 128 bits of a digest, as a dictionary key.
    struct DigestPrefix: Hashable {
        var high: UInt64
        var low: UInt64

        init(_ digest: SHA256.Digest) {
            (high, low) = digest.withUnsafeBytes { bytes in
                var (high, low): (UInt64, UInt64) = (0, 0)
                for index in 0..<8 { high = high << 8 | UInt64(bytes[index]) }
                for index in 8..<16 { low = low << 8 | UInt64(bytes[index]) }
                return (high, low)
            }
        }
    }
}
