import CommuniqueCore
/// Everything extracted from one article; texts are not kept, so memory holds facts only.
package struct ArticleFacts: Sendable {
    package var article: ArticleRow
    /// Visits of this article, already merged within it.
    package var visits: [VisitMention] = []
    package var agreements: [AgreementFact] = []
    package var metrics: [TradeMetricFact] = []
    package var delegations: [DelegationFact] = []
    /// Sentences after cleaning, for the run's stage counts.
    package var sentences: Int = 0

    package init(article: ArticleRow) { self.article = article }
}
