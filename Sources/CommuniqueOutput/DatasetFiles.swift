import CommuniqueCore
import Foundation

/// Every file a run publishes, made from what the run produced: the tables, then
/// `datapackage.json` that describes them and `manifest.json` that records where they came from.
package struct DatasetFiles: Sendable {
    /// The job's version, recorded in the manifest.
    package var version: String
    /// The pipeline's name, which names the data package.
    package var name: String
    package var pipeline: RunManifest.Pipeline
    /// SHA-256 of each knowledge file, by path relative to the output's parent.
    package var knowledge: [String: String]
    package var dialect: CSVDialect

    package init(version: String, name: String, pipeline: RunManifest.Pipeline, knowledge: [String: String], dialect: CSVDialect) {
        self.version = version
        self.name = name
        self.pipeline = pipeline
        self.knowledge = knowledge
        self.dialect = dialect
    }

    /// The files in publication order, and the manifest they end with. `inputs` streams the
    /// manifest's `inputs` entries (see `RunManifest.inputEntry`, joined by ",\n"); with a
    /// `folder`, `manifest.json` is written there as it streams, never whole in memory.
    package func make(tables: [EncodedTable], inputs: ByteStream, stages: [String: [String: Int]],
                      manifest inputManifest: RunManifest.ManifestCounts? = nil, folder: String? = nil) throws -> (files: [OutputFile], manifest: RunManifest) {
        var outputs: [String: RunManifest.Output] = [:]
        for table in tables {
            outputs[table.schema.name] = RunManifest.Output(file: table.file.name, rows: table.rows, sha256: table.file.sha256)
        }
        let manifest = RunManifest(
            job: "communique", version: version, pipeline: pipeline, knowledge: knowledge,
            format: dialect == .excel ? "excel" : "csv",
            inputs: [], outputs: outputs, stages: stages, manifest: inputManifest)
        let rowCounts = Dictionary(tables.map { ($0.schema.name, $0.rows) }, uniquingKeysWith: { first, _ in first })
        let package = try DataPackage(name: name, tables: tables.map(\.schema), dialect: dialect, rowCounts: rowCounts).json()
        let manifestFile = try Self.manifestFile(manifest, inputs: inputs, folder: folder)
        return (tables.map(\.file) + [OutputFile(name: DataPackage.fileName, bytes: package), manifestFile], manifest)
    }

    /// `manifest.json`: the encoder's text of `manifest` (whose `inputs` are empty) with the
    /// streamed entries where its empty `inputs` array is; written to `folder` as it streams.
    static func manifestFile(_ manifest: RunManifest, inputs: ByteStream, folder: String?) throws -> OutputFile {
        let text = try json(manifest)
        var memory: [[UInt8]] = []
        let sink = try folder.map { folder throws(PublishError) in try FileSink(path: folder + "/manifest.json") }
        func emit(_ bytes: [UInt8]) throws(PublishError) {
            if let sink { try sink.write(bytes) } else { memory.append(bytes) }
        }
        if inputs.segments > 0, let empty = text.firstRange(of: Array("\"inputs\" : [\n\n  ]".utf8)) {
            try emit(Array(text[..<empty.lowerBound]) + Array("\"inputs\" : [\n".utf8))
            for segment in 0..<inputs.segments {
                var bytes: [UInt8] = []
                try inputs.append(segment, &bytes)
                try emit(bytes)
            }
            try emit(Array("\n  ]".utf8) + Array(text[empty.upperBound...]))
        } else {
            try emit(text)
        }
        if let sink { return try sink.finish(name: "manifest.json") }
        return OutputFile(name: "manifest.json", chunks: memory)
    }

    static func json(_ manifest: RunManifest) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = Array(try encoder.encode(manifest))
        bytes.append(0x0A)
        return bytes
    }
}
