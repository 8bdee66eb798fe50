import CommuniqueOutput

/// What reading the input said besides the articles: the manifest's row counts and warnings, the
/// entries that are not articles, the bytes read. Summed over passes, shards and partials (every
/// manifest row and every entry belongs to exactly one shard).
package struct InputSummary: Sendable, Equatable {
    package var articles = 0
    package var bytesRead = 0
    package var manifestRows = 0
    package var badDates = 0
    package var duplicateRows = 0
    package var rowsWithoutArticle = 0
    package var notArticles: [String] = []
    package var warnings: [String] = []

    package init() {}

    package mutating func add(_ other: InputSummary) {
        articles += other.articles
        bytesRead += other.bytesRead
        manifestRows += other.manifestRows
        badDates += other.badDates
        duplicateRows += other.duplicateRows
        rowsWithoutArticle += other.rowsWithoutArticle
        notArticles += other.notArticles
        warnings += other.warnings
    }

    /// The manifest's counts for `manifest.json`, nil when it had no problem.
    var manifestCounts: RunManifest.ManifestCounts? {
        let counts = RunManifest.ManifestCounts(rows: manifestRows, badDates: badDates, duplicateRows: duplicateRows,
                                                rowsWithoutArticle: rowsWithoutArticle)
        return counts.isClean ? nil : counts
    }
}
