import CCSV

/// libcsv's parser fed a piece at a time (strict RFC 4180 mode): each record goes to `body` as it
/// is complete, so a large file is parsed without being held. `line` of each record is the
/// 1-based line its first field starts on; an error names the line where parsing stopped.
public final class CSVStreamParser {
    private var parser = csv_parser()
    private let sink: RecordSink
    /// Line breaks in the bytes fed so far, for the line of an error.
    private var lines = 1

    public init(_ body: @escaping (CSVRecord) -> Void) throws(CSVReadError) {
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL)) == 0 else {
            throw .parser(line: 0, message: "libcsv could not initialise")
        }
        sink = RecordSink(body)
    }

    deinit { csv_free(&parser) }

    static let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { data, length, context in
        let sink = Unmanaged<RecordSink>.fromOpaque(context!).takeUnretainedValue()
        if let data {
            sink.field.append(String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self))
        } else {
            sink.field.append("")
        }
    }

    static let onRecord: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
        Unmanaged<RecordSink>.fromOpaque(context!).takeUnretainedValue().endRecord()
    }

    /// Parses the next piece of the document.
    public func feed(_ bytes: ArraySlice<UInt8>) throws(CSVReadError) {
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let parsed = bytes.withUnsafeBytes { raw in csv_parse(&parser, raw.baseAddress, raw.count, Self.onField, Self.onRecord, context) }
        guard parsed == bytes.count else {
            let line = lines + bytes.prefix(parsed).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw .parser(line: line, message: String(cString: csv_strerror(csv_error(&parser))))
        }
        lines += bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Ends the document: a record without a final line break is handed over too.
    public func finish() throws(CSVReadError) {
        let context = Unmanaged.passUnretained(sink).toOpaque()
        guard csv_fini(&parser, Self.onField, Self.onRecord, context) == 0 else {
            throw .parser(line: lines, message: String(cString: csv_strerror(csv_error(&parser))))
        }
    }
}
