import Dispatch
import Synchronization

/// The aggregate stage: merges visits across articles, gives every row its stable id and
/// visit link, and builds `trade_series` and `visit_summary`.
public struct Aggregator: Sendable {
    public var options: AggregateOptions

    public init(options: AggregateOptions) { self.options = options }

    public func aggregate(_ facts: [ArticleFacts]) -> Dataset {
        var dataset = Dataset()
        dataset.articles = facts.map(\.article).sorted { $0.sourceID < $1.sourceID }
        let (visits, visitIDs) = VisitMerger().merge(facts)
        dataset.visits = visits

        var agreementKeys: [[String]] = []
        var metricKeys: [[String]] = []
        var delegationKeys: [[String]] = []
        for article in facts {
            let ids = visitIDs[article.article.sourceID] ?? []
            for fact in article.agreements {
                var row = fact.row
                row.visitID = fact.visitIndex.map { ids.indices.contains($0) ? ids[$0] : "" } ?? ""
                dataset.agreements.append(row)
                agreementKeys.append([row.sourceID, row.docType, row.evidence, row.topics.joined(separator: ";")])
            }
            for fact in article.metrics {
                dataset.tradeMetrics.append(fact.row)
                metricKeys.append([fact.row.sourceID, fact.row.indicator, fact.row.evidence, fact.row.period])
            }
            for fact in article.delegations {
                var row = fact.row
                row.visitID = fact.visitIndex.map { ids.indices.contains($0) ? ids[$0] : "" } ?? ""
                dataset.delegations.append(row)
                delegationKeys.append([row.sourceID, row.group, row.evidence])
            }
        }
        // The three fact tables get their ids and order independently: one worker each.
        let agreements = dataset.agreements, metrics = dataset.tradeMetrics, delegations = dataset.delegations
        let (keysA, keysM, keysD) = (agreementKeys, metricKeys, delegationKeys)
        let sorted = Mutex<(a: [AgreementRow], m: [TradeMetricRow], d: [DelegationRow])>(([], [], []))
        DispatchQueue.concurrentPerform(iterations: 3) { table in
            switch table {
            case 0:
                var rows = agreements
                for (index, id) in StableID.assign("a-", keysA).enumerated() { rows[index].agreementID = id }
                rows.sort { $0.agreementID < $1.agreementID }
                sorted.withLock { $0.a = rows }
            case 1:
                var rows = metrics
                for (index, id) in StableID.assign("m-", keysM).enumerated() { rows[index].metricID = id }
                rows.sort { $0.metricID < $1.metricID }
                sorted.withLock { $0.m = rows }
            default:
                var rows = delegations
                for (index, id) in StableID.assign("d-", keysD).enumerated() { rows[index].delegationID = id }
                rows.sort { $0.delegationID < $1.delegationID }
                sorted.withLock { $0.d = rows }
            }
        }
        (dataset.agreements, dataset.tradeMetrics, dataset.delegations) = sorted.withLock { ($0.a, $0.m, $0.d) }
        dataset.tradeSeries = tradeSeries(dataset.tradeMetrics)
        dataset.visitSummary = visitSummary(dataset)
        return dataset
    }

    /// One row per (country, partner, indicator, period, unit) with a value and a period.
    func tradeSeries(_ metrics: [TradeMetricRow]) -> [TradeSeriesRow] {
        var groups: [[String]: [TradeMetricRow]] = [:]
        for metric in metrics where metric.value != nil && !metric.period.isEmpty {
            groups[[metric.country, metric.partner, metric.indicator, metric.period, metric.unit], default: []].append(metric)
        }
        let series = groups.map { key, rows in
            var row = TradeSeriesRow()
            (row.country, row.partner, row.indicator, row.period, row.unit) = (key[0], key[1], key[2], key[3], key[4])
            let values = rows.compactMap(\.value).sorted()
            let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
            row.value = median
            row.sourceIDs = Array(Set(rows.map(\.sourceID))).sorted()
            let spread = (values.last! - values.first!) / max(abs(median), .leastNonzeroMagnitude) * 100
            row.conflict = spread > options.conflictTolerancePct
            return (key, row)
        }
        return series.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
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
