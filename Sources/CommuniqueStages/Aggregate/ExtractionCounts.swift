/// Articles the extract stage read, their sentences and visit mentions: the manifest's stage counts.
package struct ExtractionCounts: Sendable, Equatable {
    package var articles = 0
    package var sentences = 0
    package var visitMentions = 0
}
