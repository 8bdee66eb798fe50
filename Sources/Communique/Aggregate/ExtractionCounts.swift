/// Articles the extract stage read, their sentences and visit mentions: the manifest's stage counts.
public struct ExtractionCounts: Sendable, Equatable {
    public var articles = 0
    public var sentences = 0
    public var visitMentions = 0
}
