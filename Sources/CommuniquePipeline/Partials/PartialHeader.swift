import Foundation

/// The header of a partial (see docs/PARTIALS.md): which format it is in, and what made it. A
/// merge takes only partials whose pipeline and knowledge are the ones it runs with.
package struct PartialHeader: Codable, Sendable, Equatable {
    /// The version of the partial format this build writes and reads.
    package static let currentFormat = 1

    package var format: Int
    package var job: String
    package var version: String
    package var pipeline: String
    package var pipelineSHA256: String
    /// SHA-256 over the sorted SHA-256s of the knowledge files' contents.
    package var knowledgeSHA256: String
    /// `K/N`: the shard of the input this partial holds.
    package var shard: String

    enum CodingKeys: String, CodingKey {
        case format, job, version, pipeline, shard
        case pipelineSHA256 = "pipeline_sha256"
        case knowledgeSHA256 = "knowledge_sha256"
    }

    /// Refuses a partial that this run cannot merge: another format, pipeline or knowledge.
    func checkCompatible(with expected: PartialHeader, file: String) throws(PartialError) {
        guard format == expected.format else {
            throw .incompatible(file: file, key: "format", found: String(format), expected: String(expected.format))
        }
        guard pipelineSHA256 == expected.pipelineSHA256 else {
            throw .incompatible(file: file, key: "pipeline_sha256", found: pipelineSHA256, expected: expected.pipelineSHA256)
        }
        guard knowledgeSHA256 == expected.knowledgeSHA256 else {
            throw .incompatible(file: file, key: "knowledge_sha256", found: knowledgeSHA256, expected: expected.knowledgeSHA256)
        }
    }

    /// Partials of one merge are shards of one split (`K/N` with the same N), each once.
    static func checkShards(_ partials: [(path: String, header: PartialHeader)]) throws(PartialError) {
        var seen: [String: String] = [:]
        var counts: Set<Substring> = []
        for (path, header) in partials {
            if let other = seen[header.shard] { throw .sameShard(header.shard, first: other, second: path) }
            seen[header.shard] = path
            counts.insert(header.shard.split(separator: "/").last ?? "")
        }
        if counts.count > 1 { throw .mixedSplits(counts.sorted().map(String.init)) }
    }
}
