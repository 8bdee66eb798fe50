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

    package static let columns: [TableColumn<VisitRow>] = [
        .text("visit_id", "Stable id derived from the visitor's country, host, visitor, dates, status and first source id.", required: true) { $0.visitID },
        .text("visitor", "Canonical full name of the visiting leader.") { $0.visitor },
        .text("visitor_country", "ISO 3166-1 alpha-2 of the visitor's country.", required: true) { $0.visitorCountry },
        .text("host_country", "ISO 3166-1 alpha-2 of the host country.", required: true) { $0.hostCountry },
        .text("city", "City of the visit, when named.") { $0.city },
        .isoDate("start_date", "First day (or month, or year) of the visit.") { $0.startDate },
        .isoDate("end_date", "Last day of a multi-day visit; empty when the same as the start.") { $0.endDate },
        .vocabulary("date_precision", "Precision of start_date.") { $0.datePrecision },
        .vocabulary("visit_type", "Protocol level of the visit.", required: true) { $0.visitType },
        .vocabulary("status", "Whether the visit took place or is planned.", required: true) { $0.status },
        .text("host_leader", "Canonical name of the host leader met.") { $0.hostLeader },
        .text("occasion", "Summit or event the visit was for.") { $0.occasion },
        .list("source_ids", "Articles that report the visit, `;`-joined.", required: true) { $0.sourceIDs },
        .text("evidence", "Sentence the visit was read from.", required: true) { $0.evidence },
    ]

    package static let schema = TableSchema(name: "visits", title: "Leaders' visits", columns: columns,
                                            primaryKey: ["visit_id"], foreignKeys: [])
}
