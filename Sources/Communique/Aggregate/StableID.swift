/// Ids derived from content, so they are the same on every run and machine.
enum StableID {
    /// `prefix` and the first 16 hex digits of SHA-256 over the parts joined by U+001F.
    static func make(_ prefix: String, _ parts: [String]) -> String {
        prefix + String(ContentHash.hex(Array(parts.joined(separator: "\u{1F}").utf8)).prefix(16))
    }

    /// The id's 16 hex digits as a number: ids of one table share their prefix and length, so
    /// ordering keys orders the ids as strings would, without comparing strings.
    static func key(_ id: String) -> UInt64 {
        var value: UInt64 = 0
        for byte in id.utf8.suffix(16) {
            value = value << 4 | UInt64(byte <= 0x39 ? byte &- 0x30 : (byte | 0x20) &- 0x57)
        }
        return value
    }

    /// Ids for rows that may share their content: the n-th repeat gets `n` mixed in.
    static func assign(_ prefix: String, _ keys: [[String]]) -> [String] {
        var seen: [String: Int] = [:]
        return keys.map { key in
            let joined = key.joined(separator: "\u{1F}")
            let n = seen[joined, default: 0]
            seen[joined] = n + 1
            return make(prefix, n == 0 ? key : key + [String(n)])
        }
    }
}
