/// What a pipeline file declares: where to read and write, the stages' options and the knowledge they use.
///
/// Relative paths in the file are resolved against the pipeline file's own folder, so a pipeline
/// means the same thing whatever folder cron starts the job from.
public struct PipelineDefinition: Sendable {
    /// The pipeline file as named by the caller, for messages.
    public var file: String
    /// SHA-256 of the pipeline file's bytes.
    public var sha256: String
    public var name: String
    public var input: String
    public var output: String
    /// File name of the input manifest inside `input`.
    public var manifest: String
    public var tables: [String]
    public var dialect: CSVDialect
    /// zlib level of the `.csv.gz` files (1 fastest to 9 smallest); fixed by the file, so runs are byte-identical.
    public var gzipLevel: Int32
    public var knowledge: KnowledgeFiles
    public var load: LoadOptions
    public var clean: CleanOptions
    public var extract: ExtractOptions
    public var aggregate: AggregateOptions

    /// Every table the job can write, in the order the contract lists them.
    public static let allTables = ["articles", "visits", "agreements", "trade_metrics", "delegations", "trade_series", "visit_summary"]
}

/// Where the knowledge files are, with the line of the pipeline that names each (for errors).
public struct KnowledgeFiles: Sendable {
    public var countries: LocatedPath
    public var leaders: LocatedPath
    public var organisations: LocatedPath
    public var lexicon: LocatedPath
    public var boilerplate: LocatedPath
}

/// A path from a pipeline file and where it was written.
public struct LocatedPath: Sendable, Hashable {
    public var path: String
    public var file: String
    public var line: Int
    public var key: String
}

/// Options of the load stage.
public struct LoadOptions: Sendable {
    /// Files larger than this are listed with status `too_large` and not read.
    public var maxBytes: Int = 16 * 1024 * 1024
    /// Invalid UTF-8: `replace` decodes with U+FFFD and extracts, `skip` lists the file as `not_utf8`.
    public var invalidUTF8: InvalidUTF8Policy = .replace
}

public enum InvalidUTF8Policy: String, Sendable, CaseIterable {
    case replace, skip
}

/// Options of the clean stage.
public struct CleanOptions: Sendable {
    /// ISO 639-1 codes whose articles are extracted; others are listed as `not_english`.
    public var languages: [String] = ["en"]
    /// Articles with fewer words after cleaning produce no facts (status `empty`).
    public var minWords: Int = 5
}

/// Options of the extract stage.
public struct ExtractOptions: Sendable {
    /// How ambiguous numeric dates such as `3/7/2017` are read: the outlets' convention.
    public var numericDateOrder: NumericDateOrder = .unknown
    /// Record for each fact the rule that produced it (for `communique explain`; costs time in runs).
    public var recordsRules: Bool = false
}

/// Options of the aggregate stage.
public struct AggregateOptions: Sendable {
    /// Sources of a series disagree when they differ by more than this, in percent.
    public var conflictTolerancePct: Double = 1.0
}
