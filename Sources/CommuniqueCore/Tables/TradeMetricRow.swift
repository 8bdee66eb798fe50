/// One economic indicator figure read from one sentence.
public struct TradeMetricRow: TableRow, Hashable {
    public var metricID: String = ""
    public var indicator: String = ""
    public var country: String = ""
    public var partner: String = ""
    public var period: String = ""
    public var value: Double?
    public var unit: String = ""
    public var changePct: Double?
    public var qualifier: MetricQualifier?
    public var sourceID: String = ""
    public var evidence: String = ""

    public init() {}

    public static let columns: [TableColumn<TradeMetricRow>] = [
        .text("metric_id", "Stable id derived from the article, indicator, evidence and period.", required: true) { $0.metricID },
        .text("indicator", "snake_case indicator name declared in the pipeline's lexicon.", required: true) { $0.indicator },
        .text("country", "ISO alpha-2: exporter, recipient, or the first of a symmetric pair.") { $0.country },
        .text("partner", "ISO alpha-2: importer, investor, or the second of a symmetric pair.") { $0.partner },
        .isoDate("period", "Period the figure is for.") { $0.period },
        .number("value", "The figure, in `unit`.") { $0.value },
        .text("unit", "ISO 4217 currency code, `percent`, `count` or `times`.") { $0.unit },
        .number("change_pct", "Signed change in percent.") { $0.changePct },
        .vocabulary("qualifier", "Qualifier of the value.") { $0.qualifier },
        .text("source_id", "Article the row was read from.", required: true) { $0.sourceID },
        .text("evidence", "Sentence the row was read from.", required: true) { $0.evidence },
    ]

    public static let schema = TableSchema(
        name: "trade_metrics", title: "Trade and economic indicators", columns: columns,
        primaryKey: ["metric_id"],
        foreignKeys: [ForeignKey(column: "source_id", table: "articles", referencedColumn: "source_id")])
}
