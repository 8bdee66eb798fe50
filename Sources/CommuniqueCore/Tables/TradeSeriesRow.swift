/// One (country, partner, indicator, period) figure across all articles.
package struct TradeSeriesRow: TableRow, Hashable {
    package var country: String = ""
    package var partner: String = ""
    package var indicator: String = ""
    package var period: String = ""
    package var value: Double?
    package var unit: String = ""
    package var sourceIDs: [String] = []
    package var conflict: Bool = false

    package init() {}

    package static let columns: [TableColumn<TradeSeriesRow>] = [
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

    package static let schema = TableSchema(name: "trade_series", title: "Trade series across articles", columns: columns,
                                            primaryKey: ["country", "partner", "indicator", "period", "unit"], foreignKeys: [])
}
