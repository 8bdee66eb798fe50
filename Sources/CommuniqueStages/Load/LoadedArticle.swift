import CommuniqueCore
/// An article after the load stage: its decoded text, or why it has none.
package struct LoadedArticle: Sendable {
    package var source: ArticleSource
    package var text: String
    package var sha256: String
    package var status: ArticleStatus
    /// True when invalid UTF-8 was replaced with U+FFFD.
    package var repairedUTF8: Bool
    package var manifest: ManifestEntry?
}
