import CCSV

/// Parses CSV bytes into records through libcsv (strict RFC 4180 mode).
public struct CSVReader: Sendable {
    public init() {}

    /// Records in file order; `line` of each is the 1-based line its first field starts on.
    public func records(_ bytes: [UInt8]) throws(CSVReadError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord(bytes) { records.append($0) }
        return records
    }

    /// Hands each record to `body` as it is parsed, in file order, without keeping them.
    public func forEachRecord(_ bytes: [UInt8], _ body: @escaping (CSVRecord) -> Void) throws(CSVReadError) {
        let parser = try CSVStreamParser(body)
        try parser.feed(bytes[...])
        try parser.finish()
    }
}

/// One parsed CSV record and the line it starts on.
public struct CSVRecord: Sendable, Hashable {
    public var fields: [String]
    public var line: Int
}

/// Why a CSV document could not be parsed.
public enum CSVReadError: Error, Equatable {
    case parser(line: Int, message: String)
}

/// Collects libcsv's callbacks; lives only for one `records` call.
final class RecordSink {
    let body: (CSVRecord) -> Void
    var field: [String] = []
    var nextLine = 1

    init(_ body: @escaping (CSVRecord) -> Void) { self.body = body }

    func endRecord() {
        // Count lines by the fields' own line breaks so multi-line quoted fields keep numbering right.
        let breaks = field.reduce(0) { $0 + Self.lineBreaks(in: $1) }
        if !(field.count == 1 && field[0].isEmpty) {
            body(CSVRecord(fields: field, line: nextLine))
        }
        nextLine += 1 + breaks
        // The next record starts with room for as many fields (a new buffer when the record handed
        // over keeps this one): an empty array grew one, two, four ... fields a record.
        field.removeAll(keepingCapacity: true)
    }

    /// The line breaks in `text`, counted over its bytes in place when it holds them contiguously.
    static func lineBreaks(in text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte == 0x0A { count += 1 }
            return count
        } ?? text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
