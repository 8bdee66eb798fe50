/// One real-world visit, merged across the articles that report it.
public struct VisitRow: TableRow, Hashable {
    public var visitID: String = ""
    public var visitor: String = ""
    public var visitorCountry: String = ""
    public var hostCountry: String = ""
    public var city: String = ""
    public var startDate: String = ""
    public var endDate: String = ""
    public var datePrecision: DatePrecision?
    public var visitType: VisitType = .unspecified
    public var status: VisitStatus = .held
    public var hostLeader: String = ""
    public var occasion: String = ""
    public var sourceIDs: [String] = []
    public var evidence: String = ""

    public init() {}

    public static let columns: [TableColumn<VisitRow>] = [
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

    public static let schema = TableSchema(name: "visits", title: "Leaders' visits", columns: columns,
                                            primaryKey: ["visit_id"], foreignKeys: [])
}
