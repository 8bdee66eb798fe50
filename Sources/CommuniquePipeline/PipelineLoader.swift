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
    static let stageKeys = ["load", "clean", "extract", "aggregate"]

    /// Loads `file`; `input` and `output` override the file's folders (relative to the working directory).
    package func load(_ file: String, input: String? = nil, output: String? = nil) throws(ConfigurationError) -> PipelineDefinition {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(file)
        } catch {
            throw .unreadable(file: file, reason: error.description)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(file: file, reason: "not UTF-8 text")
        }
        let root = try YAMLMapping.document(text, file: file)
        try root.requireOnly(Self.rootKeys)
        if let version = try root.int("version"), version != 1 {
            throw .invalidValue(file: file, line: root.line(of: "version"), key: "version", message: "only version 1 is understood, not \(version)")
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
            return located
        }

        let inputPath: String
        if let input {
            inputPath = URL(fileURLWithPath: input).standardizedFileURL.path
        } else {
            inputPath = resolve(try root.requiredString("input"))
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

        let tables = try root.strings("tables") ?? PipelineDefinition.allTables
        for table in tables where !PipelineDefinition.allTables.contains(table) {
            throw .invalidValue(file: file, line: root.line(of: "tables"), key: "tables", message: "unknown table '\(table)' (expected one of: \(PipelineDefinition.allTables.joined(separator: ", ")))")
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

        var load = LoadOptions()
        var clean = CleanOptions()
        var extract = ExtractOptions()
        var aggregate = AggregateOptions()
        if let stages = try root.mapping("stages") {
            try stages.requireOnly(Self.stageKeys)
            if let options = try stages.mapping("load") {
                try options.requireOnly(["max_bytes", "invalid_utf8"])
                if let maxBytes = try options.int("max_bytes") {
                    guard maxBytes > 0 else {
                        throw .invalidValue(file: file, line: options.line(of: "max_bytes"), key: options.keyPath("max_bytes"), message: "must be positive")
                    }
                    load.maxBytes = maxBytes
                }
                if let policy = try options.string("invalid_utf8") {
                    guard let value = InvalidUTF8Policy(rawValue: policy) else {
                        throw .invalidValue(file: file, line: options.line(of: "invalid_utf8"), key: options.keyPath("invalid_utf8"), message: "expected replace or skip, not '\(policy)'")
                    }
                    load.invalidUTF8 = value
                }
            }
            if let options = try stages.mapping("clean") {
                try options.requireOnly(["languages", "min_words"])
                clean.languages = try options.strings("languages") ?? clean.languages
                clean.minWords = try options.int("min_words") ?? clean.minWords
            }
            if let options = try stages.mapping("extract") {
                try options.requireOnly(["numeric_date_order"])
                if let order = try options.string("numeric_date_order") {
                    guard let value = NumericDateOrder(rawValue: order) else {
                        throw .invalidValue(file: file, line: options.line(of: "numeric_date_order"), key: options.keyPath("numeric_date_order"), message: "expected day_first, month_first or unknown, not '\(order)'")
                    }
                    extract.numericDateOrder = value
                }
            }
            if let options = try stages.mapping("aggregate") {
                try options.requireOnly(["conflict_tolerance_pct"])
                aggregate.conflictTolerancePct = try options.double("conflict_tolerance_pct") ?? aggregate.conflictTolerancePct
            }
        }

        return PipelineDefinition(
            file: file, sha256: ContentHash.hex(bytes), name: try root.string("name") ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
            input: inputPath, output: outputPath, manifest: try root.string("manifest") ?? "manifest.csv",
            tables: tables, dialect: dialect, gzipLevel: Int32(gzipLevel), knowledge: knowledge,
            load: load, clean: clean, extract: extract, aggregate: aggregate)
    }
}
