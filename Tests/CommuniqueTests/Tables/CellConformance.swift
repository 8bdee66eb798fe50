@testable import CommuniqueCore

/// Whether a published cell lies in its column's declared vocabulary or type: what an analyst
/// loading the table with its data package may rely on.
struct CellConformance {
    let column: Column
    /// The column's allowed values, for quick lookup.
    let allowed: Set<String>?

    init(_ column: Column) {
        self.column = column
        allowed = column.allowed.map(Set.init)
    }

    /// Why `cell` does not conform, or nil when it does.
    func problem(_ cell: String) -> String? {
        if cell.isEmpty { return column.required ? "empty, but the column is required" : nil }
        switch column.type {
        case .string:
            if let allowed, !allowed.contains(cell) { return "not one of \(column.allowed!)" }
        case .integer:
            if !Self.isInteger(cell) { return "not an integer" }
        case .number:
            if !Self.isPlainNumber(cell) { return "not a plain number" }
        case .boolean:
            if cell != "true" && cell != "false" { return "not true or false" }
        case .isoDate:
            if !Self.isISODateOrSpan(cell) { return "not an ISO 8601 date or span" }
        case .list:
            let items = cell.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            if items.contains(where: \.isEmpty) { return "an empty item" }
            if items != items.sorted() || Set(items).count != items.count { return "items not sorted or repeated" }
            if let allowed, let item = items.first(where: { !allowed.contains($0) }) { return "item '\(item)' not one of \(column.allowed!)" }
        }
        return nil
    }

    /// Digits, optionally after a minus sign.
    static func isInteger(_ text: String) -> Bool {
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
        return !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// An integer, optionally with `.` and decimals: no exponent, no thousands separator.
    static func isPlainNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard isInteger(String(parts[0])) else { return false }
        guard parts.count == 2 else { return true }
        let decimals = parts[1].utf8
        return !decimals.isEmpty && decimals.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// `2017`, `2017-02`, `2017-02-28`, or a span of two such dates `start/end` (end not before
    /// start) or an open span `start/..`.
    static func isISODateOrSpan(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let start = PartialDate(iso: parts[0]), start.description == parts[0] else { return false }
        guard parts.count == 2, parts[1] != ".." else { return true }
        guard let end = PartialDate(iso: parts[1]), end.description == parts[1] else { return false }
        return end.lastDay >= start.firstDay
    }
}
