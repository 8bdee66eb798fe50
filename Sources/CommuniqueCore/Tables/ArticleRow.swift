/// One input file: where its date came from and whether it was read.
package struct ArticleRow: TableRow, Hashable {
    package var sourceID: String
    package var title: String = ""
    package var published: String = ""
    package var publishedFrom: DateOrigin = .unknown
    package var outlet: String = ""
    package var language: String = ""
    package var words: Int?
    package var sha256: String = ""
    package var status: ArticleStatus = .ok

    package init(sourceID: String) { self.sourceID = sourceID }

    package static let schema = TableSchema(
        name: "articles", title: "Input articles",
        columns: [
            Column("source_id", .string, "File name without extension.", required: true),
            Column("title", .string, "Headline: the first non-empty line of the cleaned text."),
            Column("published", .isoDate, "Document creation time at the precision known, or a range when inferred from incumbency."),
            Column("published_from", .string, "Where `published` came from.", allowed: DateOrigin.allCases.map(\.rawValue), required: true),
            Column("outlet", .string, "Publisher, from the manifest."),
            Column("language", .string, "ISO 639-1 code of the detected language, `und` when undetermined."),
            Column("words", .integer, "Words in the cleaned text."),
            Column("sha256", .string, "SHA-256 of the file's bytes."),
            Column("status", .string, "`ok`, or why the article produced no facts.", allowed: ArticleStatus.allCases.map(\.rawValue), required: true),
        ],
        primaryKey: ["source_id"], foreignKeys: [])

    package func cell(_ column: String) -> String {
        switch column {
        case "source_id": return sourceID
        case "title": return title
        case "published": return published
        case "published_from": return publishedFrom.rawValue
        case "outlet": return outlet
        case "language": return language
        case "words": return CellFormat.integer(words)
        case "sha256": return sha256
        case "status": return status.rawValue
        default: preconditionFailure("articles has no column \(column)")
        }
    }
}
