import CommuniqueCore
/// A trade_metrics row with the rule that produced it.
package struct TradeMetricFact: Sendable, Hashable {
    package var row: TradeMetricRow
    package var sentenceIndex: Int
    package var rule: String
}
