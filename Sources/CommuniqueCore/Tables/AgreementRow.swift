/// A document, or a batch of documents, signed, ratified, reached or planned.
public struct AgreementRow: TableRow, Hashable {
    public var agreementID: String = ""
    public var visitID: String = ""
    public var title: String = ""
    /// Always set by the extractor; `agreement` until then.
    public var docType: DocumentType = .agreement
    public var topics: [AgreementTopic] = []
    public var parties: [String] = []
    public var count: Int?
    public var countQualifier: CountQualifier?
    public var value: Double?
    public var currency: String = ""
    public var valueQualifier: AgreementValueQualifier?
    public var status: AgreementStatus?
    public var date: String = ""
    public var sourceID: String = ""
    public var evidence: String = ""

    public init() {}

    public static let columns: [TableColumn<AgreementRow>] = [
        .text("agreement_id", "Stable id derived from the article, document type, evidence and topics.", required: true) { $0.agreementID },
        .text("visit_id", "The visit the document belongs to, when the article reports one.") { $0.visitID },
        .text("title", "Title of the document when the text names it.") { $0.title },
        .vocabulary("doc_type", "Kind of document; `package` is a batch.", required: true) { $0.docType },
        .vocabularyList("topic", "The document's main topic: the first its mention names.") { $0.topics },
        .list("parties", "Countries (ISO alpha-2) or organisations (acronym), `;`-joined.") { $0.parties },
        .integer("count", "Number of documents in a batch.") { $0.count },
        .vocabulary("count_qualifier", "Qualifier of the count.") { $0.countQualifier },
        .number("value", "Monetary value in its own currency.") { $0.value },
        .text("currency", "ISO 4217 code of value.") { $0.currency },
        .vocabulary("value_qualifier", "Qualifier of the value.") { $0.valueQualifier },
        .vocabulary("status", "Stage the document is at.") { $0.status },
        .isoDate("date", "When the document was signed, ratified or is planned.") { $0.date },
        .text("source_id", "Article the row was read from.", required: true) { $0.sourceID },
        .text("evidence", "Sentence the row was read from.", required: true) { $0.evidence },
    ]

    public static let schema = TableSchema(
        name: "agreements", title: "Agreements and documents", columns: columns,
        primaryKey: ["agreement_id"],
        foreignKeys: [ForeignKey(column: "visit_id", table: "visits", referencedColumn: "visit_id"),
                      ForeignKey(column: "source_id", table: "articles", referencedColumn: "source_id")])
}
