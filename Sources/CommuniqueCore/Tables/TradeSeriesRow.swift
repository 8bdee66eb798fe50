/// One (country, partner, indicator, period) figure across all articles.
public struct TradeSeriesRow: TableRow, Hashable {
    public var country: String = ""
    public var partner: String = ""
    public var indicator: String = ""
    public var period: String = ""
    public var value: Double?
    public var unit: String = ""
    public var sourceIDs: [String] = []
    public var conflict: Bool = false

    public init() {}

    public static let columns: [TableColumn<TradeSeriesRow>] = [
        .text("country", "As in trade_metrics.") { $0.country },
        .text("partner", "As in trade_metrics.") { $0.partner },
        .text("indicator", "As in trade_metrics.", required: true) { $0.indicator },
        .isoDate("period", "As in trade_metrics.", required: true) { $0.period },
        .number("value", "Median of the sources' values.") { $0.value },
        .text("unit", "Unit of value.") { $0.unit },
        .integer("n_sources", "Number of articles giving a value.", required: true) { $0.sourceIDs.count },
        .list("source_ids", "Those articles, `;`-joined.", required: true) { $0.sourceIDs },
        .boolean("conflict", "`true` when the sources disagree by more than the pipeline's tolerance (1%).", required: true) { $0.conflict },
    ]

    public static let schema = TableSchema(name: "trade_series", title: "Trade series across articles", columns: columns,
                                            primaryKey: ["country", "partner", "indicator", "period", "unit"], foreignKeys: [])
}
