import CommuniqueCore
import CommuniqueOutput

/// The `trade_series` step: one row per (country, partner, indicator, period, unit) across all
/// articles, with the median value and whether the sources disagree. Figures wait in a sorted
/// spill by that key, so a series is made when its last figure has been read.
package struct TradeSeriesStep: AggregateStep {
    package static let name = "trade_series"
    package static let tables = ["trade_series"]
    package static let requires = ["trade_metrics"]
    package static let optionKeys = ["conflict_tolerance_pct"]

    /// Sources of a series disagree when they differ by more than this, in percent.
    package var conflictTolerancePct = 1.0
    private var points: SortedRuns?
    private let spool: RecordSpool

    package init(options: StepOptions, spool: RecordSpool) throws(ConfigurationError) {
        if let tolerance = try options.double("conflict_tolerance_pct") {
            guard tolerance >= 0, tolerance.isFinite else {
                throw options.invalid("conflict_tolerance_pct", "must be a percentage of 0 or more, not \(tolerance)")
            }
            conflictTolerancePct = tolerance
        }
        self.spool = spool
        points = SortedRuns(spool: spool)
    }

    package mutating func add(_ records: ArticleRecords) {
        var payload = ByteRecordWriter()
        for point in records.series {
            payload.removeAll()
            payload.append(records.article.sourceID)
            payload.append(point.value)
            points?.add(key: Array(point.key.utf8), payload: payload.bytes)
        }
    }

    package mutating func absorb(_ other: consuming TradeSeriesStep) {
        guard var mine = points.take(), let theirs = other.points.take() else { return }
        mine.absorb(theirs)
        points = mine
    }

    package mutating func finish(into dataset: inout Dataset, facts: inout SpoolWriter, writer: CSVWriter) throws(PublishError) {
        guard let points = points.take() else { return }
        var table = SpooledText(spool: spool)
        var sorted = try points.sorted()
        var key: [UInt8]?
        var values: [Double] = []
        var sources: [String] = []
        var record: [UInt8] = []
        func flush() {
            guard let key, !values.isEmpty else { return }
            record.removeAll(keepingCapacity: true)
            writer.append(record: row(key: key, values: values, sources: sources).cells, to: &record)
            table.append(record)
            values.removeAll(keepingCapacity: true)
            sources.removeAll(keepingCapacity: true)
        }
        while let point = try sorted.next() {
            if point.key != key {
                flush()
                key = point.key
            }
            var reader = ByteRecordReader(point.payload[...])
            guard let source = try? reader.string(), let value = try? reader.double() else { throw .corrupt(what: "spooled trade figure") }
            values.append(value)
            if sources.last != source { sources.append(source) }
        }
        flush()
        table.flush()
        dataset.tradeSeries = table
    }

    /// The row of one series: `key` is the columns joined by U+001F (see `SeriesPoint.key`).
    func row(key: [UInt8], values: [Double], sources: [String]) -> TradeSeriesRow {
        let columns = key.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var row = TradeSeriesRow()
        (row.country, row.partner, row.indicator, row.period, row.unit) = (columns[0], columns[1], columns[2], columns[3], columns[4])
        let values = values.sorted()
        let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
        row.value = median
        row.sourceIDs = Array(Set(sources)).sorted()
        let spread = (values.last! - values.first!) / max(abs(median), .leastNonzeroMagnitude) * 100
        row.conflict = spread > conflictTolerancePct
        return row
    }
}
