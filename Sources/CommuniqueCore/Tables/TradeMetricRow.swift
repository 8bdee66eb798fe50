/// One economic indicator figure read from one sentence.
package struct TradeMetricRow: TableRow, Hashable {
    package var metricID: String = ""
    package var indicator: String = ""
    package var country: String = ""
    package var partner: String = ""
    package var period: String = ""
    package var value: Double?
    package var unit: String = ""
    package var changePct: Double?
    package var qualifier: MetricQualifier?
    package var sourceID: String = ""
    package var evidence: String = ""

    package init() {}

    package static let schema = TableSchema(
        name: "trade_metrics", title: "Trade and economic indicators",
        columns: [
            Column("metric_id", .string, "Stable id derived from the article, indicator and evidence.", required: true),
            Column("indicator", .string, "snake_case indicator name declared in the pipeline's lexicon.", required: true),
            Column("country", .string, "ISO alpha-2: exporter, recipient, or the first of a symmetric pair."),
            Column("partner", .string, "ISO alpha-2: importer, investor, or the second of a symmetric pair."),
            Column("period", .isoDate, "Period the figure is for."),
            Column("value", .number, "The figure, in `unit`."),
            Column("unit", .string, "ISO 4217 currency code, `percent`, `count` or `times`."),
            Column("change_pct", .number, "Signed change in percent."),
            Column("qualifier", .string, "Qualifier of the value.", allowed: MetricQualifier.spellings),
            Column("source_id", .string, "Article the row was read from.", required: true),
            Column("evidence", .string, "Sentence the row was read from.", required: true),
        ],
        primaryKey: ["metric_id"],
        foreignKeys: [ForeignKey(column: "source_id", table: "articles", referencedColumn: "source_id")])

    package func cell(_ column: String) -> String {
        switch column {
        case "metric_id": return metricID
        case "indicator": return indicator
        case "country": return country
        case "partner": return partner
        case "period": return period
        case "value": return CellFormat.number(value)
        case "unit": return unit
        case "change_pct": return CellFormat.number(changePct)
        case "qualifier": return qualifier?.rawValue ?? ""
        case "source_id": return sourceID
        case "evidence": return evidence
        default: preconditionFailure("trade_metrics has no column \(column)")
        }
    }
}
