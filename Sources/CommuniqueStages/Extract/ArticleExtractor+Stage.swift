/// The extract stage: an article the clean stage kept is extracted; any other keeps its row alone.
extension ArticleExtractor: ArticleStage {
    package static let kind = StageKind.extract

    package func run(_ cleaned: CleanedArticle) -> ArticleFacts {
        guard let clean = cleaned.clean else { return ArticleFacts(article: cleaned.row) }
        return extract(cleaned.row, manifestDate: cleaned.manifestDate, clean: clean)
    }
}
