import CommuniqueCore

/// The `trade_series` step: one row per (country, partner, indicator, period, unit) across all
/// articles, with the median value and whether the sources disagree.
package struct TradeSeriesStep: AggregateStep {
    package static let name = "trade_series"
    package static let tables = ["trade_series"]
    package static let requires = ["trade_metrics"]
    package static let optionKeys = ["conflict_tolerance_pct"]

    /// Sources of a series disagree when they differ by more than this, in percent.
    package var conflictTolerancePct = 1.0
    private var groups: [String: SeriesGroup] = [:]

    package init(options: StepOptions, spool: RecordSpool) throws(ConfigurationError) {
        if let tolerance = try options.double("conflict_tolerance_pct") {
            guard tolerance >= 0, tolerance.isFinite else {
                throw options.invalid("conflict_tolerance_pct", "must be a percentage of 0 or more, not \(tolerance)")
            }
            conflictTolerancePct = tolerance
        }
    }

    package mutating func add(_ records: ArticleRecords, position: Int) {
        for point in records.series { groups[point.key, default: SeriesGroup(first: point)].add(point, article: position) }
    }

    package mutating func finish(into dataset: inout Dataset, articles: [ArticleRow]) {
        dataset.tradeSeries = groups.sorted { $0.key < $1.key }.map { _, group in
            var row = TradeSeriesRow()
            let first = group.first
            (row.country, row.partner, row.indicator, row.period, row.unit) = (first.country, first.partner, first.indicator, first.period, first.unit)
            let values = group.values.sorted()
            let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
            row.value = median
            row.sourceIDs = Array(Set(group.articles.map { articles[Int($0)].sourceID })).sorted()
            let spread = (values.last! - values.first!) / max(abs(median), .leastNonzeroMagnitude) * 100
            row.conflict = spread > conflictTolerancePct
            return row
        }
        groups = [:]
    }
}
