import CommuniqueCore
/// Reads the optional `manifest.csv` (`source_id,published,outlet,url`) of an input folder.
package struct InputManifest: Sendable {
    package var entries: [String: ManifestEntry]

    package init(entries: [String: ManifestEntry] = [:]) { self.entries = entries }

    /// The largest manifest read (the pipeline loader refuses a larger one before any work).
    package static let maxBytes = 64 << 20

    /// The manifest at `path`, or an empty one when the file does not exist.
    package static func load(_ path: String) throws(ConfigurationError) -> InputManifest {
        let bytes: [UInt8]
        do {
            // Only a regular file is read (FileBytes opens without blocking and checks), and only so much of it.
            bytes = try FileBytes.read(path, limit: maxBytes)
        } catch {
            if error.errno == 2 { return InputManifest() }  // ENOENT: the manifest is optional
            throw .unreadable(file: path, reason: error.description)
        }
        guard bytes.count <= maxBytes else { throw .unreadable(file: path, reason: "more than \(maxBytes >> 20) MiB") }
        let records: [CSVRecord]
        do {
            records = try CSVReader().records(bytes)
        } catch {
            guard case .parser(let line, let message) = error else { throw .unreadable(file: path, reason: "\(error)") }
            throw .malformedRow(file: path, line: line, column: "(row)", message: message)
        }
        guard let header = records.first else { return InputManifest() }
        guard let idColumn = header.fields.firstIndex(of: "source_id") else {
            throw .malformedRow(file: path, line: header.line, column: "source_id", message: "the header has no source_id column")
        }
        let publishedColumn = header.fields.firstIndex(of: "published")
        let outletColumn = header.fields.firstIndex(of: "outlet")
        let urlColumn = header.fields.firstIndex(of: "url")
        var entries: [String: ManifestEntry] = [:]
        for record in records.dropFirst() {
            func field(_ column: Int?) -> String {
                guard let column, column < record.fields.count else { return "" }
                return record.fields[column]
            }
            let id = field(idColumn)
            guard !id.isEmpty else { continue }
            let publishedText = field(publishedColumn)
            let published = PartialDate(iso: publishedText)
            if published == nil && !publishedText.isEmpty {
                throw .malformedRow(file: path, line: record.line, column: "published", message: "expected an ISO 8601 date (2017, 2017-02 or 2017-02-28), found '\(publishedText)'")
            }
            entries[id] = ManifestEntry(published: published, outlet: field(outletColumn), url: field(urlColumn))
        }
        return InputManifest(entries: entries)
    }
}
