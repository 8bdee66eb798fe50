import CommuniqueCore
import CommuniqueOutput

/// What a run did: the files it made, the rows behind the summary, and counts for the log.
package struct RunReport: Sendable {
    /// Rows of the `articles` table.
    package var articleCount: Int
    /// Rows per table written.
    package var rowCounts: [String: Int]
    /// The files to publish, `manifest.json` included.
    package var files: [OutputFile]
    package var manifest: RunManifest
    /// Articles per status.
    package var statuses: [String: Int]
    package var inputBytes: Int
    /// Entries of the input folder that are not articles (not one of the load stage's extensions).
    package var notArticles: [String] = []
    /// Problems of single rows of the input manifest, each naming its file and line.
    package var warnings: [String] = []
}

extension RunReport {
    /// The `articles` table's rows, read back from its file (tests).
    package var articles: [ArticleRow] {
        ((try? rows("articles")) ?? []).map { cells in
            var row = ArticleRow(sourceID: cells["source_id"] ?? "")
            (row.title, row.published, row.outlet) = (cells["title"] ?? "", cells["published"] ?? "", cells["outlet"] ?? "")
            row.publishedFrom = DateOrigin(rawValue: cells["published_from"] ?? "") ?? .unknown
            (row.language, row.words, row.sha256) = (cells["language"] ?? "", Int(cells["words"] ?? ""), cells["sha256"] ?? "")
            row.status = ArticleStatus(rawValue: cells["status"] ?? "") ?? .ok
            return row
        }
    }

    /// A table as it will be published: its file gunzipped with zlib and parsed with libcsv;
    /// the first record is the header.
    package func table(_ name: String) throws -> [[String]] {
        guard let file = files.first(where: { $0.name == name + ".csv.gz" }) else { return [] }
        return try CSVReader().records(try GzipDecompressor().decompress(file.bytes)).map(\.fields)
    }

    /// A table's rows as column name to cell.
    package func rows(_ name: String) throws -> [[String: String]] {
        let records = try table(name)
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
