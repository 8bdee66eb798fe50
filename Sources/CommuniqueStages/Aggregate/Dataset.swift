import CommuniqueCore
import CommuniqueOutput

/// The finished tables of a run, on disk in the spool: the tables sorted by id in buckets, the
/// others as records in their final order; only `visit_summary` is small enough to be rows.
package struct Dataset: Sendable {
    package var articles: SpooledText
    /// Each article's entry of `manifest.json`'s inputs, in source id order.
    package var manifestInputs: SpooledText
    /// Articles per status.
    package var statuses: [String: Int] = [:]
    package var visitCount = 0
    package var tradeSeries: SpooledText
    package var visitSummary: [VisitSummaryRow] = []
    /// Visits and what their facts add, per host and year (made by the visit merge).
    var visitTotals: [VisitTotals.Key: VisitTotals] = [:]
    /// Rows of each fact table.
    var factCounts: [FactTable: Int] = [:]
    /// What the extract stage saw, for the manifest.
    package var extraction = ExtractionCounts()
    let spool: RecordSpool

    init(spool: RecordSpool) {
        self.spool = spool
        articles = SpooledText(spool: spool)
        manifestInputs = SpooledText(spool: spool)
        tradeSeries = SpooledText(spool: spool)
    }

    func count(_ table: FactTable) -> Int { factCounts[table] ?? 0 }

    /// The table named `name`, ready for the encoder.
    package func source(_ name: String, writer: CSVWriter) -> TableSource {
        if let fact = FactTable(rawValue: name) { return bucketSource(SpooledTable(fact), count: count(fact)) }
        switch name {
        case "articles": return Self.textSource(articles, schema: ArticleRow.schema)
        case "visits": return bucketSource(.visits, count: visitCount)
        case "trade_series": return Self.textSource(tradeSeries, schema: TradeSeriesRow.schema)
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

    static func textSource(_ text: SpooledText, schema: TableSchema) -> TableSource {
        TableSource(name: schema.name, schema: schema, count: text.rows, segments: text.segments.count) { (segment, out) throws(PublishError) in
            try text.append(segment: segment, to: &out)
        }
    }

    /// A table whose segments are runs of spool buckets of about `segmentBytes`: each run is
    /// read, sorted and written alone (every key of a bucket sorts before the next bucket's).
    func bucketSource(_ table: SpooledTable, count: Int) -> TableSource {
        let spool = spool
        let runs = Self.runs(spool.bucketBytes(table))
        return TableSource(name: table.rawValue, schema: table.schema, count: count, segments: runs.count) {
            (segment, out) throws(PublishError) in
            guard runs.indices.contains(segment) else { return }
            SpooledBucket(try spool.read(table, buckets: runs[segment])).append(to: &out)
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
        ["articles": articles.rows, "visits": visitCount, "agreements": count(.agreements), "trade_metrics": count(.tradeMetrics),
         "delegations": count(.delegations), "trade_series": tradeSeries.rows, "visit_summary": visitSummary.count]
    }
}
