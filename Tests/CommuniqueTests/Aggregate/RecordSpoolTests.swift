import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline
@testable import CommuniqueSynth

@Suite struct RecordSpoolTests {
    /// An article whose trade rows have the given ids.
    static func records(_ ids: [String]) -> ArticleRecords {
        var facts = ArticleFacts(article: ArticleRow(sourceID: "s"))
        facts.metrics = ids.map { id in
            var row = TradeMetricRow()
            (row.metricID, row.indicator, row.evidence) = (id, "exports", "Row \(id), said \"x\".")
            return TradeMetricFact(row: row, sentenceIndex: 0, rule: "")
        }
        return ArticleRecords(facts, writer: CSVWriter())
    }

    @Test func recordsOfTwoWritersComeBackInIdOrder() throws {
        let folder = TestSupport.temporaryFolder("spool")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spool = try RecordSpool(folder: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "the spool file is unlinked at once")
        let ids = (0..<3000).map { i in "m-" + String(String(UInt64(i) &* 0x9E37_79B9_7F4A_7C15, radix: 16).reversed()).padding(toLength: 16, withPad: "0", startingAt: 0) }
        var first = SpoolWriter(spool: spool)
        var second = SpoolWriter(spool: spool)
        for (writer, part) in [(0, ids[..<1000]), (1, ids[1000...])] {
            let records = Self.records(Array(part))
            for index in records.metrics.records.indices {
                let bytes = records.metrics.bytes(of: index)
                if writer == 0 {
                    first.add(bytes, key: records.metrics.records[index].key, table: .tradeMetrics)
                } else {
                    second.add(bytes, key: records.metrics.records[index].key, table: .tradeMetrics)
                }
            }
        }
        first.flush()
        second.flush()
        #expect(spool.failure == nil)
        var out: [UInt8] = []
        for run in Dataset.runs(spool.bucketBytes(.tradeMetrics)) {
            SpooledBucket(try spool.read(.tradeMetrics, buckets: run)).append(to: &out)
        }
        let rows = try CSVReader().records(out).map(\.fields)
        #expect(rows.map { $0[0] } == ids.sorted())
        #expect(rows.allSatisfy { $0.last!.hasPrefix("Row m-") && $0.last!.hasSuffix("said \"x\".") })
    }

    @Test func bucketsGroupIntoSegmentsByContentSize() {
        let mega = Dataset.segmentBytes
        #expect(Dataset.runs([]) == [0..<0])
        #expect(Dataset.runs([10, 20, 30]) == [0..<3])
        #expect(Dataset.runs([mega, 0, mega / 2, mega / 2, 5]) == [0..<1, 1..<4, 4..<5])
        #expect(Dataset.runs([mega, mega]) == [0..<1, 1..<2])
    }
}
