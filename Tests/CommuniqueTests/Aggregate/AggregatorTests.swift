import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline
@testable import CommuniqueSynth

@Suite struct AggregatorTests {
    /// An article that reports the Russian president's visit to Kazakhstan and what was signed.
    static func article(_ source: String, documents: Int, usd: Double, trade: Double) -> ArticleFacts {
        var facts = ArticleFacts(article: ArticleRow(sourceID: source))
        facts.visits = [VisitMention(visitor: "Vladimir Putin", visitorCountry: "RU", hostCountry: "KZ",
                                     dates: DateSpan(start: PartialDate(year: 2024, month: 11, day: 27)),
                                     sourceID: source, evidence: "Putin arrived in Astana.", sentenceIndex: 0)]
        var agreement = AgreementRow()
        (agreement.docType, agreement.count, agreement.status, agreement.sourceID) = (.package, documents, .signed, source)
        (agreement.value, agreement.currency, agreement.evidence) = (usd, "USD", "They signed \(documents) documents, a comma, and \"quotes\".")
        var metric = TradeMetricRow()
        (metric.indicator, metric.country, metric.partner, metric.period) = ("trade_turnover", "KZ", "RU", "2023")
        (metric.value, metric.unit, metric.sourceID, metric.evidence) = (trade, "USD", source, "Trade reached \(trade).")
        facts.agreements = [AgreementFact(row: agreement, visitIndex: 0, sentenceIndex: 1, rule: "")]
        facts.metrics = [TradeMetricFact(row: metric, sentenceIndex: 2, rule: "")]
        facts.agreements[0].row.agreementID = StableID.assign("a-", [[source, "package", agreement.evidence, ""]])[0]
        facts.metrics[0].row.metricID = StableID.assign("m-", [[source, "trade_turnover", metric.evidence, "2023"]])[0]
        return facts
    }

    static func dataset(_ order: [Int] = [0, 1]) throws -> Dataset {
        let spool = try RecordSpool(folder: TestSupport.temporaryFolder("aggregator"))
        var aggregator = Aggregator(spool: spool)
        let facts = [article("a1", documents: 18, usd: 1_000_000, trade: 100), article("a2", documents: 2, usd: 500, trade: 103)]
        for index in order { aggregator.add(ArticleRecords(facts[index], writer: CSVWriter())) }
        return try aggregator.finish()
    }

    static func rows(_ dataset: Dataset, _ table: String) throws -> [[String: String]] {
        let source = dataset.source(table, writer: CSVWriter())
        let file = try TableEncoder(dialect: .standard).encode([source], jobs: 2)[0].get().bytes
        let records = try CSVReader().records(try GzipDecompressor().decompress(file)).map(\.fields)
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
    }

    @Test func factRowsGetTheirMergedVisitsIdAndIdOrder() throws {
        let dataset = try Self.dataset()
        let visits = try Self.rows(dataset, "visits")
        #expect(visits.count == 1)
        let visit = try #require(visits.first)
        #expect(visit["source_ids"] == "a1;a2")
        #expect(visit["evidence"] == "Putin arrived in Astana.")
        let agreements = try Self.rows(dataset, "agreements")
        #expect(agreements.count == 2)
        #expect(agreements.allSatisfy { $0["visit_id"] == visit["visit_id"] })
        #expect(agreements.map { $0["agreement_id"]! } == agreements.map { $0["agreement_id"]! }.sorted())
        #expect(agreements.contains { $0["evidence"] == "They signed 18 documents, a comma, and \"quotes\"." && $0["count"] == "18" })
    }

    @Test func seriesAndSummaryAddUpTheArticles() throws {
        let dataset = try Self.dataset()
        let series = try Self.rows(dataset, "trade_series")
        #expect(series.count == 1)
        #expect(series.first?["value"] == "101.5")
        #expect(series.first?["source_ids"] == "a1;a2")
        #expect(series.first?["conflict"] == "true")
        #expect(dataset.visitSummary.count == 1)
        #expect(dataset.visitSummary[0].documentsSigned == 20)
        #expect(dataset.visitSummary[0].agreementValueUSD == 1_000_500)
        #expect(dataset.rowCounts["agreements"] == 2 && dataset.rowCounts["trade_metrics"] == 2)
    }

    @Test func everyTableIsTheSameWhateverOrderTheArticlesArriveIn() throws {
        let forward = try Self.dataset([0, 1])
        let backward = try Self.dataset([1, 0])
        for table in ["articles", "visits", "agreements", "trade_metrics", "trade_series", "visit_summary"] {
            #expect(try Self.rows(forward, table) == Self.rows(backward, table), "\(table)")
        }
    }

    @Test func aggregatesOfSeveralWorkersMergedGiveTheTablesOfOne() throws {
        let whole = try Self.dataset([0, 1])
        let spool = try RecordSpool(folder: TestSupport.temporaryFolder("aggregator"))
        var first = Aggregator(spool: spool)
        var second = Aggregator(spool: spool)
        second.add(ArticleRecords(Self.article("a1", documents: 18, usd: 1_000_000, trade: 100), writer: CSVWriter()))
        first.add(ArticleRecords(Self.article("a2", documents: 2, usd: 500, trade: 103), writer: CSVWriter()))
        first.absorb(second)
        let merged = try first.finish()
        for table in ["articles", "visits", "agreements", "trade_metrics", "trade_series", "visit_summary"] {
            #expect(try Self.rows(merged, table) == Self.rows(whole, table), "\(table)")
        }
        #expect(try Self.rows(merged, "visits").count == 1)
        #expect(merged.extraction == whole.extraction && merged.count(.agreements) == 2)
    }

    @Test func aSourceIDAddedTwiceIsRefused() throws {
        let spool = try RecordSpool(folder: TestSupport.temporaryFolder("aggregator"))
        var aggregator = Aggregator(spool: spool)
        let records = ArticleRecords(Self.article("a1", documents: 1, usd: 1, trade: 1), writer: CSVWriter())
        aggregator.add(records)
        aggregator.add(records)
        #expect(throws: PublishError.duplicateSource(id: "a1")) { _ = try aggregator.finish() }
    }
}
