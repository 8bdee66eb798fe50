/// A group of people travelling with or for a visit.
package struct DelegationRow: TableRow, Hashable {
    package var delegationID: String = ""
    package var visitID: String = ""
    package var fromCountry: String = ""
    package var group: String = ""
    package var category: DelegationCategory?
    package var size: Int?
    package var sizeQualifier: SizeQualifier?
    package var regions: Int?
    package var event: String = ""
    package var sourceID: String = ""
    package var evidence: String = ""

    package init() {}

    package static let schema = TableSchema(
        name: "delegations", title: "Delegations",
        columns: [
            Column("delegation_id", .string, "Stable id derived from the article and evidence.", required: true),
            Column("visit_id", .string, "The visit the delegation came with, when known."),
            Column("from_country", .string, "ISO alpha-2 of the delegation's country."),
            Column("group", .string, "Who the members are, as the text says (`rectors`, `executives`)."),
            Column("category", .string, "Kind of delegation.", allowed: DelegationCategory.spellings),
            Column("size", .integer, "Number of members."),
            Column("size_qualifier", .string, "Qualifier of the size.", allowed: SizeQualifier.spellings),
            Column("regions", .integer, "Number of regions the members came from."),
            Column("event", .string, "Forum, conference or event they attended."),
            Column("source_id", .string, "Article the row was read from.", required: true),
            Column("evidence", .string, "Sentence the row was read from.", required: true),
        ],
        primaryKey: ["delegation_id"],
        foreignKeys: [ForeignKey(column: "visit_id", table: "visits", referencedColumn: "visit_id"),
                      ForeignKey(column: "source_id", table: "articles", referencedColumn: "source_id")])

    package func cell(_ column: String) -> String {
        switch column {
        case "delegation_id": return delegationID
        case "visit_id": return visitID
        case "from_country": return fromCountry
        case "group": return group
        case "category": return category?.rawValue ?? ""
        case "size": return CellFormat.integer(size)
        case "size_qualifier": return sizeQualifier?.rawValue ?? ""
        case "regions": return CellFormat.integer(regions)
        case "event": return event
        case "source_id": return sourceID
        case "evidence": return evidence
        default: preconditionFailure("delegations has no column \(column)")
        }
    }
}
