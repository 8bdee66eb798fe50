import CommuniqueCore

/// What the clean stage hands the extract stage: the article's row so far and, when the article
/// is to be extracted, its cleaned text.
package struct CleanedArticle: Sendable {
    package var row: ArticleRow
    /// Nil when the article is not extracted (its status says why).
    package var clean: CleanArticle?
    /// The article's date from the input manifest, when it has one.
    package var manifestDate: PartialDate?
}
