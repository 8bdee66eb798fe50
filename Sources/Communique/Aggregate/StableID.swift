/// Ids derived from content, so they are the same on every run and machine.
enum StableID {
    /// `prefix` and the first 16 hex digits of SHA-256 over the parts joined by U+001F.
    static func make(_ prefix: String, _ parts: [String]) -> String {
        prefix + String(ContentHash.hex(Array(parts.joined(separator: "\u{1F}").utf8)).prefix(16))
    }

    /// `rows` in the order of their ids, as a string sort would give, comparing the ids' 64-bit
    /// hex value instead of strings (ids of one table share their prefix and length).
    static func sorted<Row>(_ rows: [Row], by id: (Row) -> String) -> [Row] {
        let keys = rows.map { row -> UInt64 in
            var value: UInt64 = 0
            for byte in id(row).utf8.suffix(16) {
                value = value << 4 | UInt64(byte <= 0x39 ? byte - 0x30 : byte - 0x57)
            }
            return value
        }
        return rows.indices.sorted { keys[$0] < keys[$1] }.map { rows[$0] }
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
