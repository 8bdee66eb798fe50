/// The finished tables of a run, each in the order the contract says: the small tables as rows,
/// the fact tables as the articles' CSV records plus the order to write them in.
public struct Dataset: Sendable {
    public var articles: [ArticleRow] = []
    public var visits: [VisitRow] = []
    public var tradeSeries: [TradeSeriesRow] = []
    public var visitSummary: [VisitSummaryRow] = []
    /// Every article's records, in input order.
    var records: [ArticleRecords] = []
    /// The visit id of each of an article's visits, by article.
    var visitIDs: [[String]] = []
    /// Each fact table's rows in id order.
    var order: [FactTable: [RecordRef]] = [:]

    public init() {}

    func count(_ table: FactTable) -> Int { order[table]?.count ?? 0 }

    /// The table named `name`, ready for the encoder.
    public func source(_ name: String, writer: CSVWriter) -> TableSource {
        if let fact = FactTable(rawValue: name) { return factSource(fact) }
        switch name {
        case "articles": return Self.rowSource(articles, writer: writer)
        case "visits": return Self.rowSource(visits, writer: writer)
        case "trade_series": return Self.rowSource(tradeSeries, writer: writer)
        case "visit_summary": return Self.rowSource(visitSummary, writer: writer)
        default: preconditionFailure("no table named \(name)")
        }
    }

    static func rowSource<Row: TableRow>(_ rows: [Row], writer: CSVWriter) -> TableSource {
        TableSource(name: Row.schema.name, schema: Row.schema, count: rows.count) { index, out in
            writer.append(record: rows[index].cells, to: &out)
        }
    }

    /// Copies each record, putting its visit's id where the empty visit id field is.
    func factSource(_ table: FactTable) -> TableSource {
        let order = order[table] ?? []
        let records = records
        let visitIDs = visitIDs
        return TableSource(name: table.rawValue, schema: table.schema, count: order.count) { index, out in
            let ref = order[index]
            let (record, visitField, visit) = table.records(of: records[Int(ref.article)]).parts(Int(ref.row))
            guard let visitField, let visit, visitIDs[Int(ref.article)].indices.contains(visit) else {
                out.append(contentsOf: record)
                return
            }
            let split = record.startIndex + visitField
            out.append(contentsOf: record[..<split])
            out.append(contentsOf: visitIDs[Int(ref.article)][visit].utf8)
            out.append(contentsOf: record[split...])
        }
    }

    /// Moves in what `part` has built (each part fills different tables).
    mutating func take(_ part: Dataset) {
        if !part.articles.isEmpty { articles = part.articles }
        if !part.visits.isEmpty { (visits, visitIDs, visitSummary) = (part.visits, part.visitIDs, part.visitSummary) }
        if !part.tradeSeries.isEmpty { tradeSeries = part.tradeSeries }
        order.merge(part.order) { _, new in new }
    }

    /// Rows per table, for the summary line and the manifest.
    public var rowCounts: [String: Int] {
        ["articles": articles.count, "visits": visits.count, "agreements": count(.agreements), "trade_metrics": count(.tradeMetrics),
         "delegations": count(.delegations), "trade_series": tradeSeries.count, "visit_summary": visitSummary.count]
    }
}
