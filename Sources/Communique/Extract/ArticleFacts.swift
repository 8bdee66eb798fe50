/// Everything extracted from one article; texts are not kept, so memory holds facts only.
public struct ArticleFacts: Sendable {
    public var article: ArticleRow
    /// Visits of this article, already merged within it.
    public var visits: [VisitMention] = []
    public var agreements: [AgreementFact] = []
    public var metrics: [TradeMetricFact] = []
    public var delegations: [DelegationFact] = []
    /// Sentences after cleaning, for the run's stage counts.
    public var sentences: Int = 0

    public init(article: ArticleRow) { self.article = article }
}
