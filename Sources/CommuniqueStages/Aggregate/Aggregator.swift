import CommuniqueCore
import Dispatch
import Synchronization

/// The aggregate stage, fed one article at a time in input order while later articles are still
/// being extracted: merges visits across articles (which gives the fact rows their visit links)
/// and gathers `trade_series` and `visit_summary`. The fact tables themselves are sorted as they
/// are written, a spool bucket at a time.
package struct Aggregator: Sendable {
    package let options: AggregateOptions

    /// Agreement statuses that count as documents signed in `visit_summary`.
    static let signedStatuses: Set<AgreementStatus> = [.signed, .ratified]

    private var articles: [ArticleRow] = []
    private var visits: VisitMerger
    private var series: [String: SeriesGroup] = [:]
    private var contributions: [(article: Int, contribution: VisitContribution)] = []
    private var factCounts: [FactTable: Int] = [:]
    private var extraction = ExtractionCounts()

    /// `spool` holds what the stage keeps but does not look into until the end (visit evidence).
    package init(options: AggregateOptions, spool: RecordSpool) {
        self.options = options
        visits = VisitMerger(spool: spool)
    }

    /// Takes the next article (in input order) whose fact rows are already in the spool.
    package mutating func add(_ records: ArticleRecords) {
        let position = articles.count
        articles.append(records.article)
        visits.add(records.visits, sourceID: records.article.sourceID)
        for point in records.series { series[point.key, default: SeriesGroup(first: point)].add(point, article: position) }
        contributions += records.contributions.map { (position, $0) }
        for table in FactTable.allCases { factCounts[table, default: 0] += table.records(of: records).count }
        if records.article.status == .ok || records.article.status == .repairedUTF8 {
            extraction.articles += 1
            extraction.sentences += records.sentences
            extraction.visitMentions += records.visits.count
        }
    }

    /// The dataset of every article added, whose fact rows are in `spool`. Visits, series and
    /// the articles' order are independent: with `jobs` > 1 they are made at the same time.
    package mutating func finish(spool: RecordSpool, jobs: Int = 1) -> Dataset {
        let (visitTable, visitIDs) = visits.finish()
        let summary = Mutex<[VisitSummaryRow]>([])
        let series = Mutex<[TradeSeriesRow]>([])
        let articles = Mutex<[ArticleRow]>([])
        let parts: [@Sendable () -> Void] = [
            { [self] in
                let rows = visitSummary(visitTable, visitIDs: visitIDs)
                summary.withLock { $0 = rows }
            },
            { [self] in
                let rows = tradeSeries()
                series.withLock { $0 = rows }
            },
            { [self] in
                let rows = self.articles.sorted { $0.sourceID < $1.sourceID }
                articles.withLock { $0 = rows }
            },
        ]
        if jobs > 1 {
            DispatchQueue.concurrentPerform(iterations: parts.count) { parts[$0]() }
        } else {
            for part in parts { part() }
        }
        var dataset = Dataset()
        dataset.articles = articles.withLock { $0 }
        (dataset.visits, dataset.visitIDs, dataset.visitSummary) = (visitTable, visitIDs, summary.withLock { $0 })
        dataset.tradeSeries = series.withLock { $0 }
        dataset.factCounts = factCounts
        dataset.extraction = extraction
        dataset.spool = spool
        return dataset
    }

    /// One row per (country, partner, indicator, period, unit) with a value and a period.
    func tradeSeries() -> [TradeSeriesRow] {
        series.sorted { $0.key < $1.key }.map { _, group in
            var row = TradeSeriesRow()
            let first = group.first
            (row.country, row.partner, row.indicator, row.period, row.unit) = (first.country, first.partner, first.indicator, first.period, first.unit)
            let values = group.values.sorted()
            let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
            row.value = median
            row.sourceIDs = Array(Set(group.articles.map { articles[Int($0)].sourceID })).sorted()
            let spread = (values.last! - values.first!) / max(abs(median), .leastNonzeroMagnitude) * 100
            row.conflict = spread > options.conflictTolerancePct
            return row
        }
    }

    /// Visits and what was signed and who came, per host country and year.
    func visitSummary(_ visits: VisitTable, visitIDs: [[String]]) -> [VisitSummaryRow] {
        var rows: [VisitSummaryRow] = []
        var rowOfKey: [String: Int] = [:]
        var rowOfVisit: [String: Int] = [:]
        rowOfVisit.reserveCapacity(visits.count)
        for (host, year, id) in visits.summaryKeys() {
            let key = host + "|" + (year.map(String.init) ?? "")
            let row = rowOfKey[key] ?? {
                var row = VisitSummaryRow()
                row.hostCountry = host
                row.year = year
                rows.append(row)
                rowOfKey[key] = rows.count - 1
                return rows.count - 1
            }()
            rows[row].visits += 1
            rowOfVisit[id] = row
        }
        for (article, contribution) in contributions {
            guard visitIDs[article].indices.contains(contribution.visit), let row = rowOfVisit[visitIDs[article][contribution.visit]] else { continue }
            rows[row].documentsSigned += contribution.documentsSigned
            rows[row].agreementValueUSD += contribution.agreementValueUSD
            rows[row].delegationMembers += contribution.delegationMembers
        }
        return rows.sorted { ($0.hostCountry, $0.year ?? 0) < ($1.hostCountry, $1.year ?? 0) }
    }
}
