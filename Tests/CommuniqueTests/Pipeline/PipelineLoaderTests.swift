import Testing
@testable import CommuniqueCore
@testable import CommuniqueKnowledge
@testable import CommuniqueStages
@testable import CommuniquePipeline

@Suite struct PipelineLoaderTests {
    /// Writes a pipeline whose knowledge paths point at the real files, plus `yaml` appended.
    func pipeline(_ yaml: String, input: String? = nil, stages: String = TestSupport.stages()) -> (folder: String, file: String) {
        let folder = TestSupport.temporaryFolder("loader")
        let inputFolder = input ?? TestSupport.root + "/seeds"
        let file = TestSupport.pipeline(in: folder, input: inputFolder, output: folder + "/out", extra: yaml, stages: stages)
        return (folder, file)
    }

    func error(_ file: String) -> ConfigurationError? {
        do {
            _ = try PipelineLoader().load(file)
            return nil
        } catch {
            return error
        }
    }

    @Test func defaultPipelineLoads() throws {
        let definition = try PipelineLoader().load(TestSupport.defaultPipeline)
        #expect(definition.tables == PipelineDefinition.allTables)
        #expect(definition.input.hasSuffix("/seeds"))
        #expect(definition.extract.numericDateOrder == .dayFirst)
        #expect(definition.extractors.map(\.name) == ["visits", "agreements", "delegations", "trade_metrics"])
        #expect(definition.aggregateSteps.map(\.name) == ["visit_merge", "trade_series", "visit_summary"])
        #expect(try definition.aggregateSteps[1].options.double("conflict_tolerance_pct") == 1.0)
    }

    @Test func unknownKeyNamesFileLineAndKey() {
        let (_, file) = pipeline("", stages: TestSupport.stages(load: ["max_bytez: 10"]))
        let failure = error(file)
        guard case .unknownKey(let f, let line, let key, _) = failure else {
            Issue.record("expected unknownKey, got \(String(describing: failure))")
            return
        }
        #expect(f == file)
        #expect(line == 14)
        #expect(key == "stages[0].max_bytez")
        #expect(failure!.description.hasPrefix("\(file):14: stages[0].max_bytez: unknown key"))
    }

    @Test func wrongTypeNamesTheKey() {
        let (_, file) = pipeline("", stages: TestSupport.stages(load: ["max_bytes: lots"]))
        guard case .wrongType(_, 14, "stages[0].max_bytes", let expected) = error(file) else {
            Issue.record("expected wrongType, got \(String(describing: error(file)))")
            return
        }
        #expect(expected == "a whole number")
    }

    @Test func badEnumValueNamesTheKey() {
        let (_, file) = pipeline("", stages: TestSupport.stages(extract: ["numeric_date_order: sideways"]))
        guard case .invalidValue(_, 16, "stages[2].numeric_date_order", _) = error(file) else {
            Issue.record("expected invalidValue, got \(String(describing: error(file)))")
            return
        }
    }

    @Test func gzipLevelOutOfRangeNamesTheKey() {
        let (_, file) = pipeline("gzip_level: 12\n")
        guard case .invalidValue(_, 12, "gzip_level", let message) = error(file), message.contains("12") else {
            Issue.record("expected invalidValue, got \(String(describing: error(file)))")
            return
        }
    }

    @Test func missingInputFolder() {
        let (_, file) = pipeline("", input: "/nonexistent/articles")
        guard case .missingFile(_, 3, "input", "/nonexistent/articles") = error(file) else {
            Issue.record("expected missingFile, got \(String(describing: error(file)))")
            return
        }
    }

    @Test func missingKnowledgeFile() {
        let folder = TestSupport.temporaryFolder("loader")
        let file = folder + "/p.yml"
        TestSupport.write("""
            input: \(TestSupport.root)/seeds
            output: out
            knowledge:
              countries: nowhere.csv
            """, to: file)
        guard case .missingFile(_, 4, "knowledge.countries", "nowhere.csv") = error(file) else {
            Issue.record("expected missingFile, got \(String(describing: error(file)))")
            return
        }
    }

    @Test func yamlSyntaxErrorHasItsLine() {
        let (_, file) = pipeline("", stages: "stages: [unclosed\n")
        guard case .syntax(_, let line, _) = error(file) else {
            Issue.record("expected syntax, got \(String(describing: error(file)))")
            return
        }
        #expect(line >= 11)
    }

    @Test func malformedKnowledgeRowNamesFileLineAndColumn() throws {
        let folder = TestSupport.temporaryFolder("knowledge")
        let countries = folder + "/countries.csv"
        TestSupport.write("code,name,short_names,adjectives,capital,joint_heads\nKG,Kyrgyzstan,,Kyrgyz,Bishkek,\nkgz,Oops,,,,\n", to: countries)
        #expect(throws: ConfigurationError.malformedRow(file: countries, line: 3, column: "code", message: "expected an ISO 3166-1 alpha-2 code, found 'kgz'")) {
            _ = try KnowledgeLoader().loadCountries(countries)
        }
        TestSupport.write("code,name,short_names,adjectives,capital,joint_heads\nKG,Kyrgyzstan,Bishkek\n", to: countries)
        #expect(throws: ConfigurationError.malformedRow(file: countries, line: 2, column: "(row)", message: "expected 6 fields, found 3")) {
            _ = try KnowledgeLoader().loadCountries(countries)
        }
    }
}
