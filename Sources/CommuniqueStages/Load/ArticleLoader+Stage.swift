/// The load stage: one listed file read, checked and joined with its manifest row.
extension ArticleLoader: ArticleStage {
    package static let kind = StageKind.load

    package func run(_ source: ArticleSource) -> LoadedArticle { load(source) }
}
