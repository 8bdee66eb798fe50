/// A document, or a batch of documents, signed, ratified, reached or planned.
package struct AgreementRow: TableRow, Hashable {
    package var agreementID: String = ""
    package var visitID: String = ""
    package var title: String = ""
    /// Always set by the extractor; `agreement` until then.
    package var docType: DocumentType = .agreement
    package var topics: [AgreementTopic] = []
    package var parties: [String] = []
    package var count: Int?
    package var countQualifier: CountQualifier?
    package var value: Double?
    package var currency: String = ""
    package var valueQualifier: AgreementValueQualifier?
    package var status: AgreementStatus?
    package var date: String = ""
    package var sourceID: String = ""
    package var evidence: String = ""

    package init() {}

    package static let columns: [TableColumn<AgreementRow>] = [
        .text("agreement_id", "Stable id derived from the article, document type, evidence and topics.", required: true) { $0.agreementID },
        .text("visit_id", "The visit the document belongs to, when the article reports one.") { $0.visitID },
        .text("title", "Title of the document when the text names it.") { $0.title },
        .vocabulary("doc_type", "Kind of document; `package` is a batch.", required: true) { $0.docType },
        .vocabularyList("topic", "Topics, `;`-joined.") { $0.topics },
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

    package static let schema = TableSchema(
        name: "agreements", title: "Agreements and documents", columns: columns,
        primaryKey: ["agreement_id"],
        foreignKeys: [ForeignKey(column: "visit_id", table: "visits", referencedColumn: "visit_id"),
                      ForeignKey(column: "source_id", table: "articles", referencedColumn: "source_id")])
}
