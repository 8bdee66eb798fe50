/// Articles the extract stage read, their sentences and visit mentions: the manifest's stage counts.
package struct ExtractionCounts: Sendable, Equatable {
    package var articles = 0
    package var sentences = 0
    package var visitMentions = 0

    /// Adds the counts of `other` (another worker's articles).
    mutating func add(_ other: ExtractionCounts) {
        articles += other.articles
        sentences += other.sentences
        visitMentions += other.visitMentions
    }
}
