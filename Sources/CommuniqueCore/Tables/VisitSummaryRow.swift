/// Visits and their outcomes per host country and year.
package struct VisitSummaryRow: TableRow, Hashable {
    package var hostCountry: String = ""
    package var year: Int?
    package var visits: Int = 0
    package var documentsSigned: Int = 0
    package var agreementValueUSD: Double = 0
    package var delegationMembers: Int = 0

    package init() {}

    package static let schema = TableSchema(
        name: "visit_summary", title: "Visits per host country and year",
        columns: [
            Column("host_country", .string, "ISO alpha-2 of the host.", required: true),
            Column("year", .integer, "Year of the visits; empty for undated visits."),
            Column("visits", .integer, "Visits held or planned.", required: true),
            Column("documents_signed", .integer, "Sum of the counts of signed or ratified documents linked to these visits (a document without a count counts 1).", required: true),
            Column("agreement_value_usd", .number, "Sum of USD values of those documents (no exchange rates: other currencies are left out).", required: true),
            Column("delegation_members", .integer, "Sum of the sizes of delegations linked to these visits.", required: true),
        ],
        primaryKey: ["host_country", "year"], foreignKeys: [])

    package func cell(_ column: String) -> String {
        switch column {
        case "host_country": return hostCountry
        case "year": return CellFormat.integer(year)
        case "visits": return String(visits)
        case "documents_signed": return String(documentsSigned)
        case "agreement_value_usd": return CellFormat.number(agreementValueUSD)
        case "delegation_members": return String(delegationMembers)
        default: preconditionFailure("visit_summary has no column \(column)")
        }
    }
}
