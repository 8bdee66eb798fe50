/// An article after the load stage: its decoded text, or why it has none.
public struct LoadedArticle: Sendable {
    public var source: ArticleSource
    public var text: String
    public var sha256: String
    public var status: ArticleStatus
    /// True when invalid UTF-8 was replaced with U+FFFD.
    public var repairedUTF8: Bool
    public var manifest: ManifestEntry?
}
