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

    package static let schema = TableSchema(
        name: "agreements", title: "Agreements and documents",
        columns: [
            Column("agreement_id", .string, "Stable id derived from the article, document type and evidence.", required: true),
            Column("visit_id", .string, "The visit the document belongs to, when the article reports one."),
            Column("title", .string, "Title of the document when the text names it."),
            Column("doc_type", .string, "Kind of document; `package` is a batch.", allowed: DocumentType.spellings, required: true),
            Column("topic", .list, "Topics, `;`-joined.", allowed: AgreementTopic.spellings),
            Column("parties", .list, "Countries (ISO alpha-2) or organisations (acronym), `;`-joined."),
            Column("count", .integer, "Number of documents in a batch."),
            Column("count_qualifier", .string, "Qualifier of the count.", allowed: CountQualifier.spellings),
            Column("value", .number, "Monetary value in its own currency."),
            Column("currency", .string, "ISO 4217 code of value."),
            Column("value_qualifier", .string, "Qualifier of the value.", allowed: AgreementValueQualifier.spellings),
            Column("status", .string, "Stage the document is at.", allowed: AgreementStatus.spellings),
            Column("date", .isoDate, "When the document was signed, ratified or is planned."),
            Column("source_id", .string, "Article the row was read from.", required: true),
            Column("evidence", .string, "Sentence the row was read from.", required: true),
        ],
        primaryKey: ["agreement_id"],
        foreignKeys: [ForeignKey(column: "visit_id", table: "visits", referencedColumn: "visit_id"),
                      ForeignKey(column: "source_id", table: "articles", referencedColumn: "source_id")])

    package func cell(_ column: String) -> String {
        switch column {
        case "agreement_id": return agreementID
        case "visit_id": return visitID
        case "title": return title
        case "doc_type": return docType.rawValue
        case "topic": return CellFormat.list(topics.lazy.map(\.rawValue))
        case "parties": return CellFormat.list(parties)
        case "count": return CellFormat.integer(count)
        case "count_qualifier": return countQualifier?.rawValue ?? ""
        case "value": return CellFormat.number(value)
        case "currency": return currency
        case "value_qualifier": return valueQualifier?.rawValue ?? ""
        case "status": return status?.rawValue ?? ""
        case "date": return date
        case "source_id": return sourceID
        case "evidence": return evidence
        default: preconditionFailure("agreements has no column \(column)")
        }
    }
}
