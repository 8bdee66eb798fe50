/// `manifest.json`: what produced the tables and what they hold. Deterministic: no times,
/// no absolute paths, keys sorted, so the same input gives the same bytes.
public struct RunManifest: Codable, Sendable, Equatable {
    public struct Pipeline: Codable, Sendable, Equatable {
        public var name: String
        public var file: String
        public var sha256: String
    }

    public struct Input: Codable, Sendable, Equatable {
        public var sourceID: String
        public var sha256: String
        public var status: String

        enum CodingKeys: String, CodingKey {
            case sourceID = "source_id", sha256, status
        }
    }

    public struct Output: Codable, Sendable, Equatable {
        public var file: String
        public var rows: Int
        public var sha256: String
    }

    public var job: String
    public var version: String
    public var pipeline: Pipeline
    public var format: String
    public var inputs: [Input]
    public var outputs: [String: Output]
    /// Counts per stage: articles loaded, cleaned, facts extracted, rows aggregated.
    public var stages: [String: [String: Int]]
}
