import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline

/// Paths and helpers shared by the tests: real files in fresh temporary folders.
enum TestSupport {
    /// The package's root folder.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var defaultPipeline: String { root + "/pipelines/default.yml" }

    /// One folder for everything this test process writes, removed when the process exits, so
    /// test runs do not pile folders up in the system's temporary folder.
    static let sessionFolder: String = {
        let path = NSTemporaryDirectory() + "communique-tests-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestSupport.sessionFolder) }
        return path
    }()

    /// A new empty folder inside this test process's session folder.
    static func temporaryFolder(_ name: String = "test") -> String {
        let path = sessionFolder + "/\(name)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) {
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func write(_ bytes: [UInt8], to path: String) {
        try! Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// The default pipeline's definition and knowledge, loaded once.
    static let knowledge: Knowledge = {
        let definition = try! PipelineLoader().load(defaultPipeline)
        return try! KnowledgeLoader().load(definition.knowledge)
    }()

    /// The value grammar's words and signs from the default pipeline's lexicon.
    static var values: ValueLexicon { knowledge.lexicon.values }

    /// A `stages:` list with each stage's option lines (`max_bytes: 20000`), the extractors and the steps.
    static func stages(load: [String] = [], clean: [String] = [], extract: [String] = [],
                       extractors: [String] = ExtractorRegistry.names, steps: [String] = AggregateStepRegistry.names) -> String {
        func stage(_ kind: String, _ options: [String]) -> String {
            (["  - kind: \(kind)"] + options.map { "    " + $0 }).joined(separator: "\n")
        }
        return (["stages:", stage("load", load), stage("clean", clean),
                 stage("extract", extract + ["extractors: [\(extractors.joined(separator: ", "))]"]),
                 stage("aggregate", steps.isEmpty ? [] : ["steps: [\(steps.joined(separator: ", "))]"])]).joined(separator: "\n") + "\n"
    }

    /// A pipeline like the default one with its knowledge paths made absolute, written into
    /// `folder`: `extra` root keys (line 11 on), then `stages`.
    static func pipeline(in folder: String, input: String, output: String, extra: String = "", stages: String = stages()) -> String {
        let text = """
            name: test
            version: 2
            input: \(input)
            output: \(output)
            knowledge:
              countries: \(root)/pipelines/knowledge/countries.csv
              cities: \(root)/pipelines/knowledge/cities.csv
              leaders: \(root)/pipelines/knowledge/leaders.csv
              organisations: \(root)/pipelines/knowledge/organisations.csv
              lexicon: \(root)/pipelines/knowledge/lexicon.yml
              boilerplate: \(root)/pipelines/knowledge/boilerplate.yml
            \(extra)\(stages)
            """
        let path = folder + "/pipeline.yml"
        write(text, to: path)
        return path
    }

    /// The rows of a published `.csv.gz` table: gunzipped with zlib, parsed with libcsv.
    static func table(_ path: String) throws -> [[String]] {
        let bytes = try GzipDecompressor().decompress(try FileBytes.read(path))
        return try CSVReader().records(bytes).map(\.fields)
    }

    /// Runs the pipeline with `jobs` workers and returns the report.
    static func process(_ pipeline: String, jobs: Int) throws -> RunReport {
        let definition = try PipelineLoader().load(pipeline)
        let knowledge = try KnowledgeLoader().load(definition.knowledge)
        return try PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: "pipeline.yml").process(jobs: jobs)
    }
}

extension TestSupport {
    /// The CLI binary built beside the tests (`swift build --build-tests` builds it too).
    static var binary: String? {
        let path = root + "/.build/debug/communique"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Starts the CLI with `arguments`; stdout and stderr go to files in `folder`.
    static func launch(_ arguments: [String], in folder: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary!)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        FileManager.default.createFile(atPath: folder + "/stderr.txt", contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/stderr.txt"))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Copies of the seed articles, `count` in all, each made distinct by a line at the end.
    static func corpus(_ count: Int, in folder: String) {
        let seeds = try! FileManager.default.contentsOfDirectory(atPath: root + "/seeds").filter { $0.hasSuffix(".txt") }.sorted()
        let texts = seeds.map { try! String(contentsOfFile: root + "/seeds/" + $0, encoding: .utf8) }
        for i in 0..<count {
            write(texts[i % texts.count] + "\nCopy \(i).\n", to: folder + "/a\(String(format: "%05d", i)).txt")
        }
    }
}

extension TestSupport {
    /// One article's facts as the default pipeline's clean and extract stages give them, for
    /// tests of single rules on sentences of their own.
    static func extract(_ text: String, published: String? = nil) -> ArticleFacts {
        let source = ArticleSource(sourceID: "rule", path: "/dev/null", kind: .file)
        let manifest = published.map { ManifestEntry(published: PartialDate(iso: $0), outlet: "", url: "") }
        let loaded = LoadedArticle(source: source, text: text, sha256: "", status: .ok, repairedUTF8: false, manifest: manifest)
        let cleaned = CleanStage(knowledge: knowledge, options: CleanOptions()).run(loaded)
        return ArticleExtractor(knowledge: knowledge, options: ExtractOptions(numericDateOrder: .dayFirst)).run(cleaned)
    }
}

/// One case of a table-driven rule test: an article of our own and the rows it must give.
struct RuleCase<Row: Sendable & Equatable>: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var rows: [Row]
    var testDescription: String { name }
}
