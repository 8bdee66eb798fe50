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

    public static let schema = TableSchema(
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

    public func cell(_ column: String) -> String {
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
