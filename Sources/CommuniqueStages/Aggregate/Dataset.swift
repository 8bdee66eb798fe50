import CommuniqueCore
import CommuniqueOutput
/// The finished tables of a run: the small tables as rows, the fact tables in the spool.
package struct Dataset: Sendable {
    package var articles: [ArticleRow] = []
    package var visits = VisitTable(merged: [], ids: [], order: [], sourceIDs: [], texts: nil)
    package var tradeSeries: [TradeSeriesRow] = []
    package var visitSummary: [VisitSummaryRow] = []
    /// The visit id of each of an article's visits, by article position.
    var visitIDs: [[String]] = []
    /// Rows of each fact table.
    var factCounts: [FactTable: Int] = [:]
    /// What the extract stage saw, for the manifest.
    package var extraction = ExtractionCounts()
    /// Where the fact tables' records are.
    var spool: RecordSpool?

    package init() {}

    func count(_ table: FactTable) -> Int { factCounts[table] ?? 0 }

    /// The table named `name`, ready for the encoder.
    package func source(_ name: String, writer: CSVWriter) -> TableSource {
        if let fact = FactTable(rawValue: name) { return factSource(fact) }
        switch name {
        case "articles": return Self.rowSource(articles, writer: writer)
        case "visits": return visitSource(writer: writer)
        case "trade_series": return Self.rowSource(tradeSeries, writer: writer)
        case "visit_summary": return Self.rowSource(visitSummary, writer: writer)
        default: preconditionFailure("no table named \(name)")
        }
    }

    /// The schema of the table named `name`.
    package static func schema(_ name: String) -> TableSchema {
        if let fact = FactTable(rawValue: name) { return fact.schema }
        switch name {
        case "articles": return ArticleRow.schema
        case "visits": return VisitRow.schema
        case "trade_series": return TradeSeriesRow.schema
        case "visit_summary": return VisitSummaryRow.schema
        default: preconditionFailure("no table named \(name)")
        }
    }

    static func rowSource<Row: TableRow>(_ rows: [Row], writer: CSVWriter) -> TableSource {
        TableSource(name: Row.schema.name, schema: Row.schema, count: rows.count) { index, out in
            writer.append(record: rows[index].cells, to: &out)
        }
    }

    /// The visits table, its rows made segment by segment as they are written.
    func visitSource(writer: CSVWriter) -> TableSource {
        let visits = visits
        let size = TableSource.rowsPerSegment
        return TableSource(name: VisitRow.schema.name, schema: VisitRow.schema, count: visits.count, segments: (visits.count + size - 1) / size) {
            (segment, out) throws(PublishError) in
            for index in segment * size..<min(visits.count, (segment + 1) * size) {
                writer.append(record: try visits.row(index).cells, to: &out)
            }
        }
    }

    /// A fact table whose segments are runs of spool buckets of about `segmentBytes`: each run is
    /// read, sorted and written alone (every key of a bucket sorts before the next bucket's).
    func factSource(_ table: FactTable) -> TableSource {
        let spool = spool
        let visitIDs = visitIDs
        let runs = Self.runs(spool?.bucketBytes(table) ?? [])
        return TableSource(name: table.rawValue, schema: table.schema, count: count(table), segments: runs.count) {
            (segment, out) throws(PublishError) in
            guard let spool, runs.indices.contains(segment) else { return }
            SpooledBucket(try spool.read(table, buckets: runs[segment])).append(to: &out, visitIDs: visitIDs)
        }
    }

    /// Spooled bytes per segment, about a megabyte of CSV.
    static let segmentBytes = 1 << 20

    /// Consecutive buckets grouped until a group holds `segmentBytes`; the sizes depend on the
    /// content only, so the segments (and the file's bytes) do not depend on the thread count.
    static func runs(_ sizes: [Int]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (bucket, size) in sizes.enumerated() {
            bytes += size
            if bytes >= segmentBytes {
                runs.append(start..<bucket + 1)
                (start, bytes) = (bucket + 1, 0)
            }
        }
        if start < sizes.count || runs.isEmpty { runs.append(start..<max(start, sizes.count)) }
        return runs
    }

    /// Rows per table, for the summary line and the manifest.
    package var rowCounts: [String: Int] {
        ["articles": articles.count, "visits": visits.count, "agreements": count(.agreements), "trade_metrics": count(.tradeMetrics),
         "delegations": count(.delegations), "trade_series": tradeSeries.count, "visit_summary": visitSummary.count]
    }
}
