/// The finished tables of a run, each sorted as the contract says.
public struct Dataset: Sendable {
    public var articles: [ArticleRow] = []
    public var visits: [VisitRow] = []
    public var agreements: [AgreementRow] = []
    public var tradeMetrics: [TradeMetricRow] = []
    public var delegations: [DelegationRow] = []
    public var tradeSeries: [TradeSeriesRow] = []
    public var visitSummary: [VisitSummaryRow] = []

    public init() {}

    /// Schema and all cells of `table`.
    public func table(_ name: String) -> (schema: TableSchema, rows: [[String]]) {
        let table = rows(name)
        return (table.schema, (0..<table.count).map(table.cells))
    }

    /// The schema of `table`, its row count, and the cells of row `i` on demand (no table-wide copy).
    public func rows(_ name: String) -> (schema: TableSchema, count: Int, cells: (Int) -> [String]) {
        switch name {
        case "articles": return (ArticleRow.schema, articles.count, { articles[$0].cells })
        case "visits": return (VisitRow.schema, visits.count, { visits[$0].cells })
        case "agreements": return (AgreementRow.schema, agreements.count, { agreements[$0].cells })
        case "trade_metrics": return (TradeMetricRow.schema, tradeMetrics.count, { tradeMetrics[$0].cells })
        case "delegations": return (DelegationRow.schema, delegations.count, { delegations[$0].cells })
        case "trade_series": return (TradeSeriesRow.schema, tradeSeries.count, { tradeSeries[$0].cells })
        case "visit_summary": return (VisitSummaryRow.schema, visitSummary.count, { visitSummary[$0].cells })
        default: preconditionFailure("no table named \(name)")
        }
    }

    /// Rows per table, for the summary line and the manifest.
    public var rowCounts: [String: Int] {
        ["articles": articles.count, "visits": visits.count, "agreements": agreements.count, "trade_metrics": tradeMetrics.count,
         "delegations": delegations.count, "trade_series": tradeSeries.count, "visit_summary": visitSummary.count]
    }
}
