/// Ids derived from content, so they are the same on every run and machine.
enum StableID {
    /// `prefix` and the first 16 hex digits of SHA-256 over the parts joined by U+001F.
    static func make(_ prefix: String, _ parts: [String]) -> String {
        prefix + String(ContentHash.hex(Array(parts.joined(separator: "\u{1F}").utf8)).prefix(16))
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
