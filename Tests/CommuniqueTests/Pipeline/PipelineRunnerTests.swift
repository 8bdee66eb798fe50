import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline
@testable import CommuniqueSynth

@Suite struct PipelineRunnerTests {
    @Test func outputDoesNotDependOnTheNumberOfWorkers() throws {
        let one = try TestSupport.process(TestSupport.defaultPipeline, jobs: 1)
        let two = try TestSupport.process(TestSupport.defaultPipeline, jobs: 2)
        let four = try TestSupport.process(TestSupport.defaultPipeline, jobs: 4)
        #expect(one.files.map(\.name) == two.files.map(\.name))
        for (a, (b, c)) in zip(one.files, zip(two.files, four.files)) {
            #expect(a.bytes == b.bytes, "\(a.name) differs between --jobs 1 and 2")
            #expect(a.bytes == c.bytes, "\(a.name) differs between --jobs 1 and 4")
        }
    }

    /// A corpus large enough that the fact tables are written in several spooled segments.
    @Test func aLargeCorpusDoesNotDependOnTheNumberOfWorkersEither() throws {
        let folder = TestSupport.temporaryFolder("runner")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let knowledge = TestSupport.knowledge
        _ = try CorpusGenerator(knowledge: knowledge, seed: 5).write(articles: 1_800, to: folder + "/in")
        let definition = try PipelineLoader().load(TestSupport.defaultPipeline, input: folder + "/in", output: folder + "/out")
        let runner = PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: "default.yml")
        let one = try runner.process(jobs: 1)
        let three = try runner.process(jobs: 3)
        #expect(one.files.map(\.bytes) == three.files.map(\.bytes))
        let agreements = try one.table("agreements")
        #expect(agreements.count - 1 == one.rowCounts["agreements"])
        let text = try GzipDecompressor().decompress(one.files.first { $0.name == "agreements.csv.gz" }!.bytes)
        #expect(text.count > Dataset.segmentBytes, "the table should span several segments")
        let ids = agreements.dropFirst().map { $0[0] }
        #expect(ids == ids.sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["in"], "no spool file is left")
    }

    @Test func everyContractTableIsWrittenWithItsColumns() throws {
        let report = try TestSupport.process(TestSupport.defaultPipeline, jobs: 2)
        let schemas = [ArticleRow.schema, VisitRow.schema, AgreementRow.schema, TradeMetricRow.schema, DelegationRow.schema,
                       TradeSeriesRow.schema, VisitSummaryRow.schema]
        for schema in schemas {
            guard let file = report.files.first(where: { $0.name == schema.name + ".csv.gz" }) else {
                Issue.record("no file for \(schema.name)")
                continue
            }
            let rows = try CSVReader().records(try GzipDecompressor().decompress(file.bytes)).map(\.fields)
            #expect(rows.first == schema.header)
            #expect(rows.dropFirst().allSatisfy { $0.count == schema.columns.count })
            let firstColumn = rows.dropFirst().map { $0[0] }
            #expect(firstColumn == firstColumn.sorted(), "\(schema.name) is sorted by its first column")
        }
        #expect(report.files.contains { $0.name == "manifest.json" })
    }

    @Test func seedArticlesAreAllReadAndDated() throws {
        let report = try TestSupport.process(TestSupport.defaultPipeline, jobs: 2)
        let articles = report.articles
        #expect(articles.count == 5)
        #expect(articles.allSatisfy { $0.status == .ok && $0.language == "en" })
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.sourceID, $0) })
        #expect(byID["001_ed410243aa8a8152"]?.published == "2017-02-28")
        #expect(byID["001_ed410243aa8a8152"]?.publishedFrom == .manifest)
        #expect(byID["003_89a1e3aaacb82bc0"]?.published == "2017-03-07")
        #expect(byID["003_89a1e3aaacb82bc0"]?.publishedFrom == .text)
        #expect(byID["000_58088973549c4f46"]?.publishedFrom == .incumbency)
    }

    @Test func manifestIsDeterministicAndNamesEveryOutput() throws {
        let a = try TestSupport.process(TestSupport.defaultPipeline, jobs: 1)
        let b = try TestSupport.process(TestSupport.defaultPipeline, jobs: 2)
        let manifestA = a.files.first { $0.name == "manifest.json" }!.bytes
        #expect(manifestA == b.files.first { $0.name == "manifest.json" }!.bytes)
        let json = try JSONSerialization.jsonObject(with: Data(manifestA)) as! [String: Any]
        let outputs = json["outputs"] as! [String: [String: Any]]
        #expect(Set(outputs.keys) == Set(PipelineDefinition.allTables))
        for file in a.files where file.name.hasSuffix(".csv.gz") {
            let table = String(file.name.dropLast(7))
            #expect(outputs[table]?["sha256"] as? String == ContentHash.hex(file.bytes))
        }
        #expect((json["inputs"] as! [Any]).count == 5)
    }
}
