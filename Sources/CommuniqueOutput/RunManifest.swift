/// `manifest.json`: what produced the tables and what they hold. Deterministic: no times,
/// no absolute paths, keys sorted, so the same input gives the same bytes.
package struct RunManifest: Codable, Sendable, Equatable {
    package struct Pipeline: Codable, Sendable, Equatable {
        package var name: String
        package var file: String
        package var sha256: String

        package init(name: String, file: String, sha256: String) {
            (self.name, self.file, self.sha256) = (name, file, sha256)
        }
    }

    package struct Input: Codable, Sendable, Equatable {
        package var sourceID: String
        package var sha256: String
        package var status: String

        enum CodingKeys: String, CodingKey {
            case sourceID = "source_id", sha256, status
        }

        package init(sourceID: String, sha256: String, status: String) {
            (self.sourceID, self.sha256, self.status) = (sourceID, sha256, status)
        }
    }

    package struct Output: Codable, Sendable, Equatable {
        package var file: String
        package var rows: Int
        package var sha256: String

        package init(file: String, rows: Int, sha256: String) {
            (self.file, self.rows, self.sha256) = (file, rows, sha256)
        }
    }

    /// What was wrong with the input manifest's rows; recorded only when something was.
    package struct ManifestCounts: Codable, Sendable, Equatable {
        /// Data rows (with a source id).
        package var rows: Int
        /// Rows whose `published` is not a date; their date was ignored.
        package var badDates: Int
        /// Rows for a source id listed before; ignored.
        package var duplicateRows: Int
        /// Rows naming no article of the input folder.
        package var rowsWithoutArticle: Int

        enum CodingKeys: String, CodingKey {
            case rows, badDates = "bad_dates", duplicateRows = "duplicate_rows", rowsWithoutArticle = "rows_without_article"
        }

        package init(rows: Int, badDates: Int, duplicateRows: Int, rowsWithoutArticle: Int) {
            (self.rows, self.badDates, self.duplicateRows, self.rowsWithoutArticle) = (rows, badDates, duplicateRows, rowsWithoutArticle)
        }

        package var isClean: Bool { badDates == 0 && duplicateRows == 0 && rowsWithoutArticle == 0 }
    }

    package var job: String
    package var version: String
    package var pipeline: Pipeline
    /// SHA-256 of every knowledge file the run read, by its path relative to the output's parent.
    package var knowledge: [String: String]
    package var format: String
    package var inputs: [Input]
    package var outputs: [String: Output]
    /// Counts per stage: articles loaded, cleaned, facts extracted, rows aggregated.
    package var stages: [String: [String: Int]]
    /// The input manifest's problems, absent when it had none (so a clean run's file is unchanged).
    package var manifest: ManifestCounts?

    package init(job: String, version: String, pipeline: Pipeline, knowledge: [String: String], format: String, inputs: [Input],
                 outputs: [String: Output], stages: [String: [String: Int]], manifest: ManifestCounts? = nil) {
        self.job = job
        self.version = version
        self.pipeline = pipeline
        self.knowledge = knowledge
        self.format = format
        self.inputs = inputs
        self.outputs = outputs
        self.stages = stages
        self.manifest = manifest
    }

    /// One entry of `inputs` as the pretty-printed manifest writes it (indented for its place,
    /// without the comma or line end that follows).
    package static func inputEntry(sourceID: String, sha256: String, status: String) -> [UInt8] {
        var entry = Array("    {\n      \"sha256\" : ".utf8) + JSONText.quoted(sha256)
        entry += Array(",\n      \"source_id\" : ".utf8) + JSONText.quoted(sourceID)
        entry += Array(",\n      \"status\" : ".utf8) + JSONText.quoted(status) + Array("\n    }".utf8)
        return entry
    }
}
