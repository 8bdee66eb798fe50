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
        var parser = csv_parser()
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL)) == 0 else {
            throw .parser(line: 0, message: "libcsv could not initialise")
        }
        defer { csv_free(&parser) }
        let sink = RecordSink(body)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { data, length, context in
            let sink = Unmanaged<RecordSink>.fromOpaque(context!).takeUnretainedValue()
            if let data {
                let buffer = UnsafeRawBufferPointer(start: data, count: length)
                sink.field.append(String(decoding: buffer, as: UTF8.self))
            } else {
                sink.field.append("")
            }
        }
        let onRecord: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
            let sink = Unmanaged<RecordSink>.fromOpaque(context!).takeUnretainedValue()
            sink.endRecord()
        }
        let parsed = bytes.withUnsafeBytes { raw in
            csv_parse(&parser, raw.baseAddress, raw.count, onField, onRecord, context)
        }
        if parsed != bytes.count || csv_fini(&parser, onField, onRecord, context) != 0 {
            let line = bytes[0..<min(parsed, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let message = String(cString: csv_strerror(csv_error(&parser)))
            throw .parser(line: line, message: message)
        }
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
private final class RecordSink {
    let body: (CSVRecord) -> Void
    var field: [String] = []
    var nextLine = 1

    init(_ body: @escaping (CSVRecord) -> Void) { self.body = body }

    func endRecord() {
        // Count lines by the fields' own line breaks so multi-line quoted fields keep numbering right.
        let breaks = field.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        if !(field.count == 1 && field[0].isEmpty) {
            body(CSVRecord(fields: field, line: nextLine))
        }
        nextLine += 1 + breaks
        field = []
    }
}
