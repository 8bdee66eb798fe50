import Dispatch
import Synchronization

/// The aggregate stage: merges visits across articles, gives the fact rows their visit links
/// and order, and builds `trade_series` and `visit_summary`.
public struct Aggregator: Sendable {
    public var options: AggregateOptions

    /// Agreement statuses that count as documents signed in `visit_summary`.
    static let signedStatuses: Set<String> = ["signed", "ratified"]

    public init(options: AggregateOptions) { self.options = options }

    /// Builds the dataset from every article's records, in input order; the records move into it.
    /// The independent parts (visits, each table's order, the series) run on up to `jobs` threads.
    public func aggregate(_ records: inout [ArticleRecords], jobs: Int = 1) -> Dataset {
        var dataset = Dataset()
        let input = records
        records = []
        let parts = Mutex(Dataset())
        let tasks: [@Sendable (inout Dataset) -> Void] = [
            { $0.articles = input.map(\.article).sorted { $0.sourceID < $1.sourceID } },
            { dataset in
                let (visits, ids) = VisitMerger().merge(input)
                let summary = visitSummary(visits, records: input, visitIDs: ids)
                (dataset.visits, dataset.visitIDs, dataset.visitSummary) = (visits, ids, summary)
            },
            { $0.tradeSeries = tradeSeries(input.lazy.flatMap(\.series)) },
        ] + FactTable.allCases.map { table -> @Sendable (inout Dataset) -> Void in { $0.order[table] = Self.order(table, input) } }
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, tasks.count))) { _ in
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < tasks.count else { break }
                var part = Dataset()
                tasks[index](&part)
                parts.withLock { $0.take(part) }
            }
        }
        dataset = parts.withLock { $0 }
        dataset.records = input
        return dataset
    }

    /// The rows of `table` of all articles, sorted by id (ties, which only a hash collision
    /// makes, by position).
    static func order(_ table: FactTable, _ records: [ArticleRecords]) -> [RecordRef] {
        var keyed: [(key: UInt64, ref: RecordRef)] = []
        keyed.reserveCapacity(records.reduce(0) { $0 + table.records(of: $1).count })
        for (article, entry) in records.enumerated() {
            for (row, record) in table.records(of: entry).records.enumerated() {
                keyed.append((record.key, RecordRef(article: Int32(article), row: Int32(row))))
            }
        }
        keyed.sort { ($0.key, $0.ref.article, $0.ref.row) < ($1.key, $1.ref.article, $1.ref.row) }
        return keyed.map(\.ref)
    }

    /// One row per (country, partner, indicator, period, unit) with a value and a period.
    func tradeSeries<Points: Sequence>(_ points: Points) -> [TradeSeriesRow] where Points.Element == SeriesPoint {
        var groups: [String: [SeriesPoint]] = [:]
        for point in points { groups[point.key, default: []].append(point) }
        let series = groups.map { key, points in
            var row = TradeSeriesRow()
            let first = points[0]
            (row.country, row.partner, row.indicator, row.period, row.unit) = (first.country, first.partner, first.indicator, first.period, first.unit)
            let values = points.map(\.value).sorted()
            let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
            row.value = median
            row.sourceIDs = Array(Set(points.map(\.sourceID))).sorted()
            let spread = (values.last! - values.first!) / max(abs(median), .leastNonzeroMagnitude) * 100
            row.conflict = spread > options.conflictTolerancePct
            return (key, row)
        }
        return series.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Visits and what was signed and who came, per host country and year.
    func visitSummary(_ visits: [VisitRow], records: [ArticleRecords], visitIDs: [[String]]) -> [VisitSummaryRow] {
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
        for (article, entry) in records.enumerated() {
            for contribution in entry.contributions {
                guard visitIDs[article].indices.contains(contribution.visit), let key = keyOfVisit[visitIDs[article][contribution.visit]] else { continue }
                rows[key]?.documentsSigned += contribution.documentsSigned
                rows[key]?.agreementValueUSD += contribution.agreementValueUSD
                rows[key]?.delegationMembers += contribution.delegationMembers
            }
        }
        return rows.values.sorted { ($0.hostCountry, $0.year ?? 0) < ($1.hostCountry, $1.year ?? 0) }
    }
}
