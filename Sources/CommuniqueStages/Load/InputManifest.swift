import CommuniqueCore

/// Reads the optional `manifest.csv` (`source_id,published,outlet,url`) of an input folder, as
/// a spreadsheet writes it.
///
/// A UTF-8 BOM before the header is accepted. A quote that is not closed on its own line is an
/// error naming that line: no manifest field spans lines, and an open quote would silently
/// swallow the rows after it. A date that is not ISO 8601 affects its row only: the date is
/// ignored (the article is dated from its text) and a warning names the line. A date-time
/// (`2017-02-28T09:30:00Z`, `2017-02-28 09:30`) is read as its date. A source id listed again
/// keeps its first row, with a warning.
package struct InputManifest: Sendable {
    package var entries: [String: ManifestEntry]
    /// Data rows read (rows with a source id).
    package var rows = 0
    /// Rows whose `published` was not a date, and was ignored.
    package var badDates = 0
    /// Rows for a source id already listed, which were ignored.
    package var duplicateRows = 0
    /// Line of each entry's row, for messages about it.
    package var lines: [String: Int] = [:]
    /// What was wrong with single rows, each naming its file and line.
    package var warnings: [String] = []

    package init(entries: [String: ManifestEntry] = [:]) { self.entries = entries }

    /// The largest manifest read (the pipeline loader refuses a larger one before any work).
    package static let maxBytes = 512 << 20

    /// The manifest at `path`, or an empty one when the file does not exist; only the rows of
    /// `shard`'s source ids are kept (and counted), so a shard holds its part, not the corpus's.
    package static func load(_ path: String, shard: Shard = .whole) throws(ConfigurationError) -> InputManifest {
        // Read twice in pieces (a quote check, then the rows), never whole: a corpus of millions
        // of articles has a manifest of tens of megabytes, and each pass of a run reads it.
        var quotes = QuoteCheck()
        do {
            var first = true
            try FileBytes.forEachChunk(path, limit: maxBytes) { chunk in
                quotes.feed(first && chunk.starts(with: [0xEF, 0xBB, 0xBF]) ? chunk.dropFirst(3) : chunk)
                first = false
            }
        } catch {
            if error.errno == 2 { return InputManifest() }  // ENOENT: the manifest is optional
            throw .unreadable(file: path, reason: error.description)
        }
        if let line = quotes.unclosedLine {
            throw .malformedRow(file: path, line: line, column: "(row)",
                                message: "unterminated quote: the quoted field opened on this line is not closed before the line ends")
        }
        var failure: CSVReadError?
        var header: CSVRecord?
        var columns: (id: Int, published: Int?, outlet: Int?, url: Int?)?
        var manifest = InputManifest()
        let parsed: Result<Void, CSVReadError> = Result { () throws(CSVReadError) in
            let parser = try CSVStreamParser { record in
                guard let columns else {
                    if header == nil {
                        header = record
                        if let id = record.fields.firstIndex(of: "source_id") {
                            columns = (id, record.fields.firstIndex(of: "published"), record.fields.firstIndex(of: "outlet"),
                                       record.fields.firstIndex(of: "url"))
                        }
                    }
                    return
                }
                func field(_ column: Int?) -> String {
                    guard let column, column < record.fields.count else { return "" }
                    return record.fields[column]
                }
                let id = field(columns.id)
                guard !id.isEmpty, shard.contains(id) else { return }
                manifest.add(id: id, published: field(columns.published), outlet: field(columns.outlet), url: field(columns.url),
                             line: record.line, file: path)
            }
            do throws(FileError) {
                var first = true
                try FileBytes.forEachChunk(path, limit: maxBytes) { chunk throws(FileError) in
                    do throws(CSVReadError) {
                        try parser.feed(first && chunk.starts(with: [0xEF, 0xBB, 0xBF]) ? chunk.dropFirst(3) : chunk)
                    } catch {
                        failure = error
                        throw FileError(path: path, errno: 0, reason: "\(error)")
                    }
                    first = false
                }
            } catch {
                if let failure { throw failure }
                throw .parser(line: 0, message: error.description)
            }
            try parser.finish()
        }
        if case .failure(.parser(let line, let message)) = parsed {
            throw .malformedRow(file: path, line: line, column: "(row)", message: message)
        }
        if let header, columns == nil {
            throw .malformedRow(file: path, line: header.line, column: "source_id", message: "the header has no source_id column")
        }
        return manifest
    }

    /// Takes one data row (the first row of a source id wins; a later one is counted and named).
    mutating func add(id: String, published publishedText: String, outlet: String, url: String, line: Int, file path: String) {
        rows += 1
        if let first = lines[id] {
            duplicateRows += 1
            warnings.append("\(path):\(line): source_id: '\(id)' is listed again (first on line \(first)); this row is ignored")
            return
        }
        let published = Self.date(publishedText)
        if published == nil && !Self.trimmed(publishedText).isEmpty {
            badDates += 1
            warnings.append("\(path):\(line): published: '\(publishedText)' is not an ISO 8601 date (2017, 2017-02, 2017-02-28 or a date-time); the date of this row is ignored")
        }
        entries[id] = ManifestEntry(published: published, outlet: outlet, url: url)
        lines[id] = line
    }

    /// An ISO 8601 date at the precision written, or the date of a date-time (`T` or a space,
    /// then a time); surrounding spaces are ignored.
    static func date(_ written: String) -> PartialDate? {
        let text = trimmed(written)
        if let date = PartialDate(iso: text) { return date }
        let bytes = Array(text.utf8)
        guard bytes.count > 12, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            bytes[11...12].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return PartialDate(iso: String(decoding: bytes[..<10], as: UTF8.self))
    }

    /// `text` without the spaces and tabs around it, trimmed as bytes.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) }) else { return "" }
        let end = utf8.index(after: last)
        return first == utf8.startIndex && end == utf8.endIndex ? text : String(decoding: utf8[first..<end], as: UTF8.self)
    }

    /// The line on which a quoted field opens and is not closed before a line break or the end
    /// of the file, if any (`""` inside a quoted field is a quote, not its end).
    static func unclosedQuote(_ bytes: [UInt8]) -> Int? {
        var check = QuoteCheck()
        check.feed(bytes[...])
        return check.unclosedLine
    }

    /// Warns about the rows that name no article of `sources` (their file is missing, or is not
    /// an article); returns how many there are.
    package mutating func checkRows(against sources: [ArticleSource], file: String) -> Int {
        let articles = Set(sources.lazy.filter { $0.kind == .file }.map(\.sourceID))
        let orphans = entries.keys.filter { !articles.contains($0) }.sorted { (lines[$0] ?? 0, $0) < (lines[$1] ?? 0, $1) }
        for id in orphans {
            warnings.append("\(file):\(lines[id] ?? 0): source_id: '\(id)' names no article of the input folder; this row is not used")
        }
        return orphans.count
    }
}
