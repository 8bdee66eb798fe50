/// The aggregate stage: merges visits across articles, gives every row its stable id and
/// visit link, and builds `trade_series` and `visit_summary`.
public struct Aggregator: Sendable {
    public var options: AggregateOptions

    public init(options: AggregateOptions) { self.options = options }

    /// Builds the dataset; each article's rows are moved out of `facts` as they are taken, so
    /// memory never holds the rows twice.
    public func aggregate(_ facts: inout [ArticleFacts]) -> Dataset {
        var dataset = Dataset()
        dataset.articles = facts.map(\.article).sorted { $0.sourceID < $1.sourceID }
        let (visits, visitIDs) = VisitMerger().merge(facts)
        dataset.visits = visits

        // Ids were made per article by the extract stage; here rows get their visit link and order.
        dataset.agreements.reserveCapacity(facts.reduce(0) { $0 + $1.agreements.count })
        dataset.tradeMetrics.reserveCapacity(facts.reduce(0) { $0 + $1.metrics.count })
        dataset.delegations.reserveCapacity(facts.reduce(0) { $0 + $1.delegations.count })
        for index in facts.indices {
            let article = facts[index]
            facts[index] = ArticleFacts(article: article.article)
            let ids = visitIDs[article.article.sourceID] ?? []
            for fact in article.agreements {
                var row = fact.row
                row.visitID = fact.visitIndex.map { ids.indices.contains($0) ? ids[$0] : "" } ?? ""
                dataset.agreements.append(row)
            }
            for fact in article.metrics { dataset.tradeMetrics.append(fact.row) }
            for fact in article.delegations {
                var row = fact.row
                row.visitID = fact.visitIndex.map { ids.indices.contains($0) ? ids[$0] : "" } ?? ""
                dataset.delegations.append(row)
            }
        }
        dataset.agreements = StableID.sorted(dataset.agreements, by: \.agreementID)
        dataset.tradeMetrics = StableID.sorted(dataset.tradeMetrics, by: \.metricID)
        dataset.delegations = StableID.sorted(dataset.delegations, by: \.delegationID)
        dataset.tradeSeries = tradeSeries(dataset.tradeMetrics)
        dataset.visitSummary = visitSummary(dataset)
        return dataset
    }

    /// One row per (country, partner, indicator, period, unit) with a value and a period.
    func tradeSeries(_ metrics: [TradeMetricRow]) -> [TradeSeriesRow] {
        var groups: [String: [TradeMetricRow]] = [:]
        for metric in metrics where metric.value != nil && !metric.period.isEmpty {
            let key = [metric.country, metric.partner, metric.indicator, metric.period, metric.unit].joined(separator: "\u{1F}")
            groups[key, default: []].append(metric)
        }
        let series = groups.map { key, rows in
            var row = TradeSeriesRow()
            let first = rows[0]
            (row.country, row.partner, row.indicator, row.period, row.unit) = (first.country, first.partner, first.indicator, first.period, first.unit)
            let values = rows.compactMap(\.value).sorted()
            let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
            row.value = median
            row.sourceIDs = Array(Set(rows.map(\.sourceID))).sorted()
            let spread = (values.last! - values.first!) / max(abs(median), .leastNonzeroMagnitude) * 100
            row.conflict = spread > options.conflictTolerancePct
            return (key, row)
        }
        // U+001F sorts below every printable character, so the joined keys order like the columns.
        return series.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Visits and what was signed and who came, per host country and year.
    func visitSummary(_ dataset: Dataset) -> [VisitSummaryRow] {
        var rows: [String: VisitSummaryRow] = [:]
        var keyOfVisit: [String: String] = [:]
        for visit in dataset.visits {
            let year = Int(visit.startDate.prefix(4))
            let key = visit.hostCountry + "|" + (year.map(String.init) ?? "")
            keyOfVisit[visit.visitID] = key
            var row = rows[key] ?? VisitSummaryRow()
            row.hostCountry = visit.hostCountry
            row.year = year
            row.visits += 1
            rows[key] = row
        }
        for agreement in dataset.agreements where ["signed", "ratified"].contains(agreement.status) {
            guard let key = keyOfVisit[agreement.visitID] else { continue }
            rows[key]?.documentsSigned += agreement.count ?? 1
            if agreement.currency == "USD", let value = agreement.value { rows[key]?.agreementValueUSD += value }
        }
        for delegation in dataset.delegations {
            guard let key = keyOfVisit[delegation.visitID], let size = delegation.size else { continue }
            rows[key]?.delegationMembers += size
        }
        return rows.values.sorted { ($0.hostCountry, $0.year ?? 0) < ($1.hostCountry, $1.year ?? 0) }
    }
}
