/// Visits and their outcomes per host country and year.
public struct VisitSummaryRow: TableRow, Hashable {
    public var hostCountry: String = ""
    public var year: Int?
    public var visits: Int = 0
    public var documentsSigned: Int = 0
    public var agreementValueUSD: Double = 0
    public var delegationMembers: Int = 0

    public init() {}

    public static let columns: [TableColumn<VisitSummaryRow>] = [
        .text("host_country", "ISO alpha-2 of the host.", required: true) { $0.hostCountry },
        .integer("year", "Year of the visits; empty for undated visits.") { $0.year },
        .integer("visits", "Visits held or planned.", required: true) { $0.visits },
        .integer("documents_signed", "Sum of the counts of signed or ratified documents linked to these visits (a document without a count counts 1).", required: true) { $0.documentsSigned },
        .number("agreement_value_usd", "Sum of USD values of those documents (no exchange rates: other currencies are left out).", required: true) { $0.agreementValueUSD },
        .integer("delegation_members", "Sum of the sizes of delegations linked to these visits.", required: true) { $0.delegationMembers },
    ]

    public static let schema = TableSchema(name: "visit_summary", title: "Visits per host country and year", columns: columns,
                                            primaryKey: ["host_country", "year"], foreignKeys: [])
}
