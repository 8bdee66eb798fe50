/// What a run did: the dataset, the files it made and the counts and timings for the log.
public struct RunReport: Sendable {
    public var dataset: Dataset
    /// File name to bytes, `manifest.json` included.
    public var files: [(name: String, bytes: [UInt8])]
    public var manifest: RunManifest
    /// Articles per status.
    public var statuses: [String: Int]
    /// Seconds spent in each stage, summed over the workers for the per-article stages.
    public var stageSeconds: [String: Double]
    public var inputBytes: Int
}
