import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages
@testable import CommuniquePipeline
@testable import CommuniqueKnowledge

/// The stages, extractors and aggregate steps a pipeline file declares, and the errors that name
/// where a declaration is wrong.
@Suite struct PipelinePlanTests {
    func pipeline(_ extra: String = "", stages: String) -> String {
        let folder = TestSupport.temporaryFolder("plan")
        return TestSupport.pipeline(in: folder, input: TestSupport.root + "/seeds", output: folder + "/out", extra: extra, stages: stages)
    }

    func failure(_ file: String) -> ConfigurationError? {
        do {
            _ = try PipelineLoader().load(file)
            return nil
        } catch {
            return error
        }
    }

    /// A declaration error: its line, key and the words its message must hold.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var extra: String = ""
        var stages: String
        var line: Int
        var key: String
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown extractor", stages: TestSupport.stages(extractors: ["visits", "agreemnts"]),
             line: 16, key: "stages[2].extractors[1].name", message: "unknown extractor 'agreemnts' (expected one of: visits, agreements, delegations, trade_metrics)"),
        Case(name: "unknown aggregate step", stages: TestSupport.stages(steps: ["visit_merge", "series"]),
             line: 18, key: "stages[3].steps[1].name", message: "unknown aggregate step 'series'"),
        Case(name: "unknown stage kind", stages: "stages:\n  - kind: load\n  - kind: scrub\n",
             line: 14, key: "stages[1].kind", message: "unknown stage kind 'scrub'"),
        Case(name: "stages out of order", stages: "stages:\n  - kind: clean\n  - kind: load\n",
             line: 14, key: "stages[1].kind", message: "the load stage must come before the clean stage"),
        Case(name: "a stage declared twice", stages: "stages:\n  - kind: load\n  - kind: load\n",
             line: 14, key: "stages[1].kind", message: "the load stage is declared twice"),
        Case(name: "a stage missing", stages: "stages:\n  - kind: load\n  - kind: clean\n  - kind: extract\n    extractors: [visits]\n",
             line: 12, key: "stages", message: "the aggregate stage is missing"),
        Case(name: "an extractor declared twice", stages: TestSupport.stages(extractors: ["visits", "visits"]),
             line: 16, key: "stages[2].extractors[1].name", message: "'visits' is declared twice"),
        Case(name: "an extractor before one it reads from", stages: TestSupport.stages(extractors: ["trade_metrics", "agreements"], steps: []),
             line: 16, key: "stages[2].extractors[0].name", message: "trade_metrics must come after agreements"),
        Case(name: "a step without what it needs", stages: TestSupport.stages(extractors: ["visits"], steps: ["visit_summary"]),
             line: 18, key: "stages[3].steps[0].name", message: "visit_summary needs the visit_merge step before it"),
        Case(name: "a step without its extractor", stages: TestSupport.stages(extractors: ["visits"], steps: ["trade_series"]),
             line: 18, key: "stages[3].steps[0].name", message: "trade_series needs the trade_metrics extractor"),
        Case(name: "a table whose extractor is not declared", extra: "tables: [articles, agreements]\n",
             stages: TestSupport.stages(extractors: ["trade_metrics"], steps: ["trade_series"]),
             line: 12, key: "tables", message: "table 'agreements' needs the agreements extractor, which the stages do not declare"),
        Case(name: "an unknown extractor option", stages: TestSupport.stages(extractors: ["{name: visits, merge_within: 3}"]),
             line: 16, key: "stages[2].extractors[0].merge_within", message: "unknown key"),
    ]

    @Test(arguments: cases) func declarationErrorsNameFileLineAndKey(_ testCase: Case) throws {
        let file = pipeline(testCase.extra, stages: testCase.stages)
        let error = try #require(failure(file))
        #expect(error.description.hasPrefix("\(file):\(testCase.line): \(testCase.key): "), "\(error)")
        #expect(error.description.contains(testCase.message), "\(error)")
    }

    @Test func version1PipelinesAreRefusedWithTheReason() throws {
        let folder = TestSupport.temporaryFolder("plan")
        let file = TestSupport.pipeline(in: folder, input: TestSupport.root + "/seeds", output: folder + "/out")
        let text = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "version: 2", with: "version: 1")
        TestSupport.write(text, to: file)
        let error = try #require(failure(file))
        #expect(error.description.contains("\(file):2: version: this job reads version 2 pipelines"))
    }

    @Test func tablesDefaultToWhatTheStagesMake() throws {
        let file = pipeline(stages: TestSupport.stages(extractors: ["visits", "delegations"], steps: ["visit_merge"]))
        let definition = try PipelineLoader().load(file)
        #expect(definition.tables == ["articles", "visits", "delegations"])
    }

    @Test func anExtractorOptionIsCheckedAgainstTheKnowledge() throws {
        let file = pipeline(stages: TestSupport.stages(extractors: ["{name: trade_metrics, indicators: [exports, gdp]}"], steps: []))
        let definition = try PipelineLoader().load(file)
        #expect(throws: ConfigurationError.self) { try definition.validate(knowledge: TestSupport.knowledge) }
        do {
            try definition.validate(knowledge: TestSupport.knowledge)
        } catch {
            #expect(error.description.hasPrefix("\(file):16: stages[2].extractors[0].indicators: unknown indicator 'gdp'"))
        }
    }

    /// Without the agreements, visits and delegations extractors nothing of theirs is made or written.
    @Test func anUndeclaredExtractorDoesNotRun() throws {
        let file = pipeline(stages: TestSupport.stages(extractors: ["trade_metrics"], steps: ["trade_series"]))
        let report = try TestSupport.process(file, jobs: 2)
        #expect(report.files.map(\.name).sorted() == ["articles.csv.gz", "datapackage.json", "manifest.json", "trade_metrics.csv.gz", "trade_series.csv.gz"])
        #expect(report.manifest.stages["extract"] == ["trade_metrics": report.rowCounts["trade_metrics"]!])
        #expect(report.manifest.stages["aggregate"] == ["trade_series": report.rowCounts["trade_series"]!])
        #expect(try report.rows("trade_metrics").count > 0)
    }

    /// The example pipeline of the README: trade figures only, its own tables only.
    @Test func theTradePipelineWritesOnlyItsTables() throws {
        let definition = try PipelineLoader().load(TestSupport.root + "/pipelines/trade.yml", output: TestSupport.temporaryFolder("trade") + "/out")
        #expect(definition.extractors.map(\.name) == ["trade_metrics"])
        #expect(definition.tables == ["articles", "trade_metrics", "trade_series"])
        let knowledge = try KnowledgeLoader().load(definition.knowledge)
        let report = try PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: "trade.yml").process(jobs: 2)
        let indicators = Set(try report.rows("trade_metrics").map { $0["indicator"]! })
        #expect(!indicators.isEmpty)
        #expect(indicators.isSubset(of: ["trade_turnover", "exports", "imports", "investment", "trade_target"]))
    }

    @Test func theResolvedPlanNamesEveryStageExtractorAndStep() throws {
        let plan = try PipelineLoader().load(TestSupport.defaultPipeline).planDescription
        for line in ["1. load", "2. clean", "3. extract", "- visits (merge_within_days=7) -> visits", "- trade_metrics -> trade_metrics",
                     "4. aggregate", "- trade_series (conflict_tolerance_pct=1.0) -> trade_series", "tables: articles, visits"] {
            #expect(plan.contains(line), "\(line)")
        }
    }

    @Test func validateExits2NamingTheUnknownExtractor() throws {
        try #require(TestSupport.binary != nil, "the communique executable must be built beside the tests (swift build --build-tests)")
        let folder = TestSupport.temporaryFolder("plan")
        let file = TestSupport.pipeline(in: folder, input: TestSupport.root + "/seeds", output: folder + "/out",
                                        stages: TestSupport.stages(extractors: ["visits", "treaties"]))
        for command in ["validate", "run"] {
            let process = try TestSupport.launch([command, file], in: folder)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2)
            let log = try String(contentsOfFile: folder + "/stderr.txt", encoding: .utf8)
            #expect(log.contains("pipeline.yml:16: stages[2].extractors[1].name: unknown extractor 'treaties'"), "\(log)")
            #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
        }
    }
}
