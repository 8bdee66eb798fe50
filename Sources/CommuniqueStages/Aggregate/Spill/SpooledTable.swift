import CommuniqueCore

/// The tables whose records wait in the spool's buckets until they are sorted by id: the fact
/// tables and the merged visits.
package enum SpooledTable: String, Sendable, CaseIterable {
    case visits
    case agreements
    case tradeMetrics = "trade_metrics"
    case delegations

    init(_ fact: FactTable) {
        switch fact {
        case .agreements: self = .agreements
        case .tradeMetrics: self = .tradeMetrics
        case .delegations: self = .delegations
        }
    }

    var schema: TableSchema {
        switch self {
        case .visits: return VisitRow.schema
        case .agreements: return AgreementRow.schema
        case .tradeMetrics: return TradeMetricRow.schema
        case .delegations: return DelegationRow.schema
        }
    }
}
