import CommuniqueCore
/// A trade_metrics row with the rule that produced it.
package struct TradeMetricFact: Sendable, Hashable {
    package var row: TradeMetricRow
    package var sentenceIndex: Int
    /// True when the sentence named no country and the row took an earlier figure's countries.
    package var borrowsParties = false
    /// The figure a comparison word stands before ("from $72 million"): the earlier figure of a
    /// change, whose period no later sentence takes.
    package var comparisonBase = false
    package var rule: String
}
