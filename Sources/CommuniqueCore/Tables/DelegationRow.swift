/// A group of people travelling with or for a visit.
public struct DelegationRow: TableRow, Hashable {
    public var delegationID: String = ""
    public var visitID: String = ""
    public var fromCountry: String = ""
    public var group: String = ""
    public var category: DelegationCategory?
    public var size: Int?
    public var sizeQualifier: SizeQualifier?
    public var regions: Int?
    public var event: String = ""
    public var sourceID: String = ""
    public var evidence: String = ""

    public init() {}

    public static let columns: [TableColumn<DelegationRow>] = [
        .text("delegation_id", "Stable id derived from the article, group and evidence.", required: true) { $0.delegationID },
        .text("visit_id", "The visit the delegation came with, when known.") { $0.visitID },
        .text("from_country", "ISO alpha-2 of the delegation's country.") { $0.fromCountry },
        .text("group", "Who the members are, as the text says (`rectors`, `executives`).") { $0.group },
        .vocabulary("category", "Kind of delegation.") { $0.category },
        .integer("size", "Number of members.") { $0.size },
        .vocabulary("size_qualifier", "Qualifier of the size.") { $0.sizeQualifier },
        .integer("regions", "Number of regions the members came from.") { $0.regions },
        .text("event", "Forum, conference or event they attended.") { $0.event },
        .text("source_id", "Article the row was read from.", required: true) { $0.sourceID },
        .text("evidence", "Sentence the row was read from.", required: true) { $0.evidence },
    ]

    public static let schema = TableSchema(
        name: "delegations", title: "Delegations", columns: columns,
        primaryKey: ["delegation_id"],
        foreignKeys: [ForeignKey(column: "visit_id", table: "visits", referencedColumn: "visit_id"),
                      ForeignKey(column: "source_id", table: "articles", referencedColumn: "source_id")])
}
