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

    package static let schema = TableSchema(
        name: "trade_series", title: "Trade series across articles",
        columns: [
            Column("country", .string, "As in trade_metrics."),
            Column("partner", .string, "As in trade_metrics."),
            Column("indicator", .string, "As in trade_metrics.", required: true),
            Column("period", .isoDate, "As in trade_metrics.", required: true),
            Column("value", .number, "Median of the sources' values."),
            Column("unit", .string, "Unit of value."),
            Column("n_sources", .integer, "Number of articles giving a value.", required: true),
            Column("source_ids", .list, "Those articles, `;`-joined.", required: true),
            Column("conflict", .boolean, "`true` when the sources disagree by more than the pipeline's tolerance (1%).", required: true),
        ],
        primaryKey: ["country", "partner", "indicator", "period", "unit"], foreignKeys: [])

    package func cell(_ column: String) -> String {
        switch column {
        case "country": return country
        case "partner": return partner
        case "indicator": return indicator
        case "period": return period
        case "value": return CellFormat.number(value)
        case "unit": return unit
        case "n_sources": return String(sourceIDs.count)
        case "source_ids": return CellFormat.list(sourceIDs)
        case "conflict": return CellFormat.boolean(conflict)
        default: preconditionFailure("trade_series has no column \(column)")
        }
    }
}
