import Crypto

/// Ids derived from content, so they are the same on every run and machine.
public enum StableID {
    /// `prefix` and the first 16 hex digits of SHA-256 over the parts joined by U+001F.
    static func make(_ prefix: String, _ parts: [String]) -> String {
        var bytes: [UInt8] = []
        join(parts, into: &bytes)
        return id(prefix, DigestPrefix(SHA256.hash(data: bytes)))
    }

    /// The id's 16 hex digits as a number: ids of one table share their prefix and length, so
    /// ordering keys orders the ids as strings would, without comparing strings.
    ///
    /// A native string's last 16 bytes are read in place; `suffix(16)` of its UTF-8 view walked
    /// the view by index.
    public static func key(_ id: String) -> UInt64 {
        if let value = id.utf8.withContiguousStorageIfAvailable({ key(hexDigits: $0) }) { return value }
        var id = id
        return id.withUTF8 { key(hexDigits: $0) }
    }

    static func key(hexDigits bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for byte in bytes.suffix(16) {
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
            // The digest's bytes are read once: its first 16 are the key of repeats, its first 8 the id.
            let seenPrefix = DigestPrefix(SHA256.hash(data: bytes))
            // One look-up for content not seen before (nearly every row); a repeat counts on.
            guard let n = seen.updateValue(1, forKey: seenPrefix) else { return id(prefix, seenPrefix) }
            seen[seenPrefix] = n + 1
            bytes.append(0x1F)
            bytes.append(contentsOf: String(n).utf8)
            return id(prefix, DigestPrefix(SHA256.hash(data: bytes)))
        }
    }

    static func join(_ parts: [String], into bytes: inout [UInt8]) {
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(0x1F) }
            // A string's bytes in one block where it holds them contiguously (a native string);
            // appending its UTF-8 view went through the view's iterator.
            if part.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: part.utf8)
            }
        }
    }

    /// `prefix` and the 16 hex digits of the digest's first 8 bytes (`digest.high`), written
    /// straight into the new string.
    static func id(_ prefix: String, _ digest: DigestPrefix) -> String {
        let prefixCount = prefix.utf8.count
        return String(unsafeUninitializedCapacity: prefixCount + 16) { text in
            var count = 0
            for byte in prefix.utf8 {
                text[count] = byte
                count += 1
            }
            for digit in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: digest.high >> UInt64(60 - 4 * digit)) & 0x0F
                text[count] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
                count += 1
            }
            return count
        }
    }

    /// The first 128 bits of a digest, big-endian, as a dictionary key.
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
