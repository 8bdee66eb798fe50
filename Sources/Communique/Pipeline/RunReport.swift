/// What a run did: the files it made, the rows behind the summary, and counts and timings for the log.
public struct RunReport: Sendable {
    /// The `articles` table's rows, sorted by source id.
    public var articles: [ArticleRow]
    /// Rows per table.
    public var rowCounts: [String: Int]
    /// The files to publish, `manifest.json` included.
    public var files: [OutputFile]
    public var manifest: RunManifest
    /// Articles per status.
    public var statuses: [String: Int]
    /// Seconds spent in each stage, summed over the workers for the per-article stages.
    public var stageSeconds: [String: Double]
    public var inputBytes: Int
}

extension RunReport {
    /// A table as it will be published: its file gunzipped with zlib and parsed with libcsv;
    /// the first record is the header.
    public func table(_ name: String) throws -> [[String]] {
        guard let file = files.first(where: { $0.name == name + ".csv.gz" }) else { return [] }
        return try CSVReader().records(try GzipDecompressor().decompress(file.bytes)).map(\.fields)
    }

    /// A table's rows as column name to cell.
    public func rows(_ name: String) throws -> [[String: String]] {
        let records = try table(name)
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
