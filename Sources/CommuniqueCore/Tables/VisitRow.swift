/// One real-world visit, merged across the articles that report it.
package struct VisitRow: TableRow, Hashable {
    package var visitID: String = ""
    package var visitor: String = ""
    package var visitorCountry: String = ""
    package var hostCountry: String = ""
    package var city: String = ""
    package var startDate: String = ""
    package var endDate: String = ""
    package var datePrecision: DatePrecision?
    package var visitType: VisitType = .unspecified
    package var status: VisitStatus = .held
    package var hostLeader: String = ""
    package var occasion: String = ""
    package var sourceIDs: [String] = []
    package var evidence: String = ""

    package init() {}

    package static let schema = TableSchema(
        name: "visits", title: "Leaders' visits",
        columns: [
            Column("visit_id", .string, "Stable id derived from visitor, host and start date.", required: true),
            Column("visitor", .string, "Canonical full name of the visiting leader."),
            Column("visitor_country", .string, "ISO 3166-1 alpha-2 of the visitor's country.", required: true),
            Column("host_country", .string, "ISO 3166-1 alpha-2 of the host country.", required: true),
            Column("city", .string, "City of the visit, when named."),
            Column("start_date", .isoDate, "First day (or month, or year) of the visit."),
            Column("end_date", .isoDate, "Last day of a multi-day visit; empty when the same as the start."),
            Column("date_precision", .string, "Precision of start_date.", allowed: DatePrecision.spellings),
            Column("visit_type", .string, "Protocol level of the visit.", allowed: VisitType.spellings, required: true),
            Column("status", .string, "Whether the visit took place or is planned.", allowed: VisitStatus.spellings, required: true),
            Column("host_leader", .string, "Canonical name of the host leader met."),
            Column("occasion", .string, "Summit or event the visit was for."),
            Column("source_ids", .list, "Articles that report the visit, `;`-joined.", required: true),
            Column("evidence", .string, "Sentence the visit was read from.", required: true),
        ],
        primaryKey: ["visit_id"], foreignKeys: [])

    package func cell(_ column: String) -> String {
        switch column {
        case "visit_id": return visitID
        case "visitor": return visitor
        case "visitor_country": return visitorCountry
        case "host_country": return hostCountry
        case "city": return city
        case "start_date": return startDate
        case "end_date": return endDate
        case "date_precision": return datePrecision?.rawValue ?? ""
        case "visit_type": return visitType.rawValue
        case "status": return status.rawValue
        case "host_leader": return hostLeader
        case "occasion": return occasion
        case "source_ids": return CellFormat.list(sourceIDs)
        case "evidence": return evidence
        default: preconditionFailure("visits has no column \(column)")
        }
    }
}
