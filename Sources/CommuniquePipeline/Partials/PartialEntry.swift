/// What an entry of a partial's blocks holds.
enum PartialEntry: Int {
    /// One article's records (`ArticleRecords.encode`).
    case article = 1
    /// The shard's `InputSummary`; the last entry of a complete partial.
    case summary = 2
}
