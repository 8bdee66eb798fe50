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

    /// The files in publication order, and the manifest they end with.
    package func make(tables: [EncodedTable], articles: [ArticleRow], stages: [String: [String: Int]],
                      manifest inputManifest: RunManifest.ManifestCounts? = nil) throws -> (files: [OutputFile], manifest: RunManifest) {
        var outputs: [String: RunManifest.Output] = [:]
        for table in tables {
            outputs[table.schema.name] = RunManifest.Output(file: table.file.name, rows: table.rows, sha256: ContentHash.hex(table.file.chunks))
        }
        let manifest = RunManifest(
            job: "communique", version: version, pipeline: pipeline, knowledge: knowledge,
            format: dialect == .excel ? "excel" : "csv",
            inputs: articles.map { .init(sourceID: $0.sourceID, sha256: $0.sha256, status: $0.status.rawValue) },
            outputs: outputs, stages: stages, manifest: inputManifest)
        let rowCounts = Dictionary(tables.map { ($0.schema.name, $0.rows) }, uniquingKeysWith: { first, _ in first })
        let package = try DataPackage(name: name, tables: tables.map(\.schema), dialect: dialect, rowCounts: rowCounts).json()
        let files = tables.map(\.file) + [OutputFile(name: DataPackage.fileName, bytes: package), OutputFile(name: "manifest.json", bytes: try Self.json(manifest))]
        return (files, manifest)
    }

    static func json(_ manifest: RunManifest) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = Array(try encoder.encode(manifest))
        bytes.append(0x0A)
        return bytes
    }
}
