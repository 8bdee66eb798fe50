import CommuniqueCore
/// The three tables whose rows the workers write as CSV records.
package enum FactTable: String, Sendable, CaseIterable {
    case agreements
    case tradeMetrics = "trade_metrics"
    case delegations

    func records(of article: ArticleRecords) -> TableRecords {
        switch self {
        case .agreements: return article.agreements
        case .tradeMetrics: return article.metrics
        case .delegations: return article.delegations
        }
    }

    var schema: TableSchema {
        switch self {
        case .agreements: return AgreementRow.schema
        case .tradeMetrics: return TradeMetricRow.schema
        case .delegations: return DelegationRow.schema
        }
    }
}
