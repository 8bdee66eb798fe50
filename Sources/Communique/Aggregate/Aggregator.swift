/// The aggregate stage, fed one article at a time in input order while later articles are still
/// being extracted: merges visits across articles (which gives the fact rows their visit links)
/// and gathers `trade_series` and `visit_summary`. The fact tables themselves are sorted as they
/// are written, a spool bucket at a time.
public struct Aggregator: Sendable {
    public let options: AggregateOptions

    /// Agreement statuses that count as documents signed in `visit_summary`.
    static let signedStatuses: Set<String> = ["signed", "ratified"]

    private var articles: [ArticleRow] = []
    private var visits = VisitMerger()
    private var series: [String: SeriesGroup] = [:]
    private var contributions: [(article: Int, contribution: VisitContribution)] = []
    private var factCounts: [FactTable: Int] = [:]
    private var extraction = ExtractionCounts()

    public init(options: AggregateOptions) { self.options = options }

    /// Takes the next article (in input order) whose fact rows are already in the spool.
    public mutating func add(_ records: ArticleRecords) {
        let position = articles.count
        articles.append(records.article)
        visits.add(records.visits, sourceID: records.article.sourceID)
        for point in records.series { series[point.key, default: SeriesGroup(first: point)].add(point) }
        contributions += records.contributions.map { (position, $0) }
        for table in FactTable.allCases { factCounts[table, default: 0] += table.records(of: records).count }
        if records.article.status == .ok || records.article.status == .repairedUTF8 {
            extraction.articles += 1
            extraction.sentences += records.sentences
            extraction.visitMentions += records.visits.count
        }
    }

    /// The dataset of every article added, whose fact rows are in `spool`.
    public func finish(spool: RecordSpool) -> Dataset {
        var dataset = Dataset()
        dataset.articles = articles.sorted { $0.sourceID < $1.sourceID }
        (dataset.visits, dataset.visitIDs) = visits.finish()
        dataset.visitSummary = visitSummary(dataset.visits, visitIDs: dataset.visitIDs)
        dataset.tradeSeries = tradeSeries()
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
            row.sourceIDs = group.sources.sorted()
            let spread = (values.last! - values.first!) / max(abs(median), .leastNonzeroMagnitude) * 100
            row.conflict = spread > options.conflictTolerancePct
            return row
        }
    }

    /// Visits and what was signed and who came, per host country and year.
    func visitSummary(_ visits: [VisitRow], visitIDs: [[String]]) -> [VisitSummaryRow] {
        var rows: [String: VisitSummaryRow] = [:]
        var keyOfVisit: [String: String] = [:]
        for visit in visits {
            let year = Int(visit.startDate.prefix(4))
            let key = visit.hostCountry + "|" + (year.map(String.init) ?? "")
            keyOfVisit[visit.visitID] = key
            var row = rows[key] ?? VisitSummaryRow()
            row.hostCountry = visit.hostCountry
            row.year = year
            row.visits += 1
            rows[key] = row
        }
        for (article, contribution) in contributions {
            guard visitIDs[article].indices.contains(contribution.visit), let key = keyOfVisit[visitIDs[article][contribution.visit]] else { continue }
            rows[key]?.documentsSigned += contribution.documentsSigned
            rows[key]?.agreementValueUSD += contribution.agreementValueUSD
            rows[key]?.delegationMembers += contribution.delegationMembers
        }
        return rows.values.sorted { ($0.hostCountry, $0.year ?? 0) < ($1.hostCountry, $1.year ?? 0) }
    }
}
