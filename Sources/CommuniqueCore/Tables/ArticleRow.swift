/// One input file: where its date came from and whether it was read.
public struct ArticleRow: TableRow, Hashable {
    public var sourceID: String
    public var title: String = ""
    public var published: String = ""
    public var publishedFrom: DateOrigin = .unknown
    public var outlet: String = ""
    public var language: String = ""
    public var words: Int?
    public var sha256: String = ""
    public var status: ArticleStatus = .ok

    public init(sourceID: String) { self.sourceID = sourceID }

    public static let columns: [TableColumn<ArticleRow>] = [
        .text("source_id", "File name without extension.", required: true) { $0.sourceID },
        .text("title", "Headline: the first non-empty line of the cleaned text.") { $0.title },
        .isoDate("published", "Document creation time at the precision known, or a range when inferred from incumbency.") { $0.published },
        .vocabulary("published_from", "Where `published` came from.", required: true) { $0.publishedFrom },
        .text("outlet", "Publisher, from the manifest.") { $0.outlet },
        .text("language", "ISO 639-1 code of the detected language, `und` when undetermined.") { $0.language },
        .integer("words", "Words in the cleaned text.") { $0.words },
        .text("sha256", "SHA-256 of the file's bytes.") { $0.sha256 },
        .vocabulary("status", "`ok`, or why the article produced no facts.", required: true) { $0.status },
    ]

    public static let schema = TableSchema(name: "articles", title: "Input articles", columns: columns,
                                            primaryKey: ["source_id"], foreignKeys: [])
}
