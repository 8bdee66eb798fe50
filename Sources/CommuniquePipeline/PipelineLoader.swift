import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
import CommuniqueOutput
import CommuniqueStages
import Foundation

/// Reads and validates a pipeline file: every key known, every type right, every named file present.
package struct PipelineLoader: Sendable {
    package init() {}

    static let rootKeys = ["name", "version", "input", "output", "manifest", "tables", "format", "gzip_level", "knowledge", "stages"]
    static let knowledgeKeys = ["countries", "cities", "leaders", "organisations", "lexicon", "boilerplate"]
    /// The pipeline file format this job reads.
    static let version = 2

    /// Loads `file`; `input` and `output` override the file's folders (relative to the working directory).
    package func load(_ file: String, input: String? = nil, output: String? = nil) throws(ConfigurationError) -> PipelineDefinition {
        let bytes = try Self.pipelineBytes(file)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(file: file, reason: "not UTF-8 text")
        }
        let root = try YAMLMapping.document(text, file: file)
        try root.requireOnly(Self.rootKeys)
        let version = try root.int("version") ?? Self.version
        guard version == Self.version else {
            throw .invalidValue(file: file, line: root.line(of: "version"), key: "version",
                                message: "this job reads version \(Self.version) pipelines (stages as a list, see the README), not version \(version)")
        }
        let base = URL(fileURLWithPath: file).deletingLastPathComponent()

        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
        }
        func located(_ mapping: YAMLMapping, _ key: String) throws(ConfigurationError) -> LocatedPath {
            let path = try mapping.requiredString(key)
            let located = LocatedPath(path: resolve(path), file: file, line: mapping.line(of: key), key: mapping.keyPath(key))
            guard FileManager.default.fileExists(atPath: located.path) else {
                throw .missingFile(file: file, line: located.line, key: located.key, path: path)
            }
            try Self.checkDataFile(located.path, file: file, line: located.line, key: located.key)
            return located
        }

        let inputPath: String
        if let input {
            inputPath = URL(fileURLWithPath: input).standardizedFileURL.path
        } else {
            inputPath = resolve(try root.requiredString("input"))
        }
        if let kind = FileKind.of(inputPath), kind != .folder {
            if input != nil { throw .unreadable(file: "--input \(inputPath)", reason: "it is \(kind), not a folder of articles") }
            throw .invalidValue(file: file, line: root.line(of: "input"), key: "input", message: "\(inputPath) is \(kind), not a folder of articles")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inputPath, isDirectory: &isFolder), isFolder.boolValue else {
            if input != nil {
                throw .missingFile(file: "--input", line: 0, key: "input", path: inputPath)
            }
            throw .missingFile(file: file, line: root.line(of: "input"), key: "input", path: try root.requiredString("input"))
        }
        let outputPath: String
        if let output {
            outputPath = URL(fileURLWithPath: output).standardizedFileURL.path
        } else {
            outputPath = resolve(try root.requiredString("output"))
        }

        let formatName = try root.string("format") ?? "csv"
        guard let dialect = CSVDialect.named(formatName) else {
            throw .invalidValue(file: file, line: root.line(of: "format"), key: "format", message: "unknown format '\(formatName)' (expected csv or excel)")
        }

        let gzipLevel = try root.int("gzip_level") ?? Int(GzipCompressor.level)
        guard (1...9).contains(gzipLevel) else {
            throw .invalidValue(file: file, line: root.line(of: "gzip_level"), key: "gzip_level", message: "expected a zlib level from 1 (fastest) to 9 (smallest), not \(gzipLevel)")
        }

        guard let knowledgeMapping = try root.mapping("knowledge") else {
            throw .missingKey(file: file, line: root.line, key: "knowledge")
        }
        try knowledgeMapping.requireOnly(Self.knowledgeKeys)
        let knowledge = KnowledgeFiles(
            countries: try located(knowledgeMapping, "countries"),
            cities: try located(knowledgeMapping, "cities"),
            leaders: try located(knowledgeMapping, "leaders"),
            organisations: try located(knowledgeMapping, "organisations"),
            lexicon: try located(knowledgeMapping, "lexicon"),
            boilerplate: try located(knowledgeMapping, "boilerplate"))

        let plan = try stages(root, file: file)
        let available = Self.tables(made: plan.extractors.map(\.name) + plan.steps.map(\.name))
        let tables: [String]
        if let listed = try root.strings("tables") {
            try Self.checkTableList(listed, root: root, file: file)
            for table in listed where !PipelineDefinition.allTables.contains(table) {
                throw .invalidValue(file: file, line: root.line(of: "tables"), key: "tables", message: "unknown table '\(table)' (expected one of: \(PipelineDefinition.allTables.joined(separator: ", ")))")
            }
            for table in listed where !available.contains(table) {
                throw .invalidValue(file: file, line: root.line(of: "tables"), key: "tables",
                                    message: "table '\(table)' needs \(Self.maker(of: table)), which the stages do not declare")
            }
            tables = listed
        } else {
            tables = PipelineDefinition.allTables.filter(available.contains)
        }

        let manifestName = try root.string("manifest") ?? "manifest.csv"
        if FileKind.of(inputPath + "/" + manifestName, followingLinks: false) != nil {
            try Self.checkDataFile(inputPath + "/" + manifestName, file: file, line: root.line(of: "manifest"), key: "manifest",
                                   limit: InputManifest.maxBytes)
        }

        return PipelineDefinition(
            file: file, sha256: ContentHash.hex(bytes), name: try root.string("name") ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
            input: inputPath, output: outputPath, manifest: manifestName,
            tables: tables, dialect: dialect, gzipLevel: Int32(gzipLevel), knowledge: knowledge,
            load: plan.load, clean: plan.clean, extract: plan.extract, extractors: plan.extractors, aggregateSteps: plan.steps)
    }
}
