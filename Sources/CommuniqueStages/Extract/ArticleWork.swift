import CommuniqueCore
import CommuniqueText

/// One article while the extractors read it: its analysed sentences and context, the facts found
/// so far, and what the extractors share: the visit each sentence is about, the amounts taken,
/// and each sentence's values, read at most once whichever extractor asks first.
package struct ArticleWork {
    package var context: ArticleContext
    package var facts: ArticleFacts
    /// The sentences of the headline's paragraph (by sentence index).
    package var headline: Range<Int> { context.headline }
    /// The article's visit (index into `facts.visits`) each sentence is about, by sentence index;
    /// the visits extractor sets it, nil everywhere without one.
    package var visitAtSentence: [Int?]
    /// Byte ranges of amounts an extractor took as its own, by sentence index: later extractors
    /// do not read them again ("documents worth $2 billion" is not a trade figure).
    package var claimed: [[Range<Int>]]
    /// The values of each sentence, read once.
    package let values: SentenceValueCache

    package init(context: ArticleContext, facts: ArticleFacts) {
        let count = context.analyses.count
        self.context = context
        self.facts = facts
        visitAtSentence = Array(repeating: nil, count: count)
        claimed = Array(repeating: [], count: count)
        values = SentenceValueCache(analyses: context.analyses, dates: context.dates, quantities: context.quantities)
    }

    /// The quantities of sentence `index`, tokenised once for quantities and dates alike.
    package func quantities(of index: Int) -> [Quantity] { values.quantities(of: index) }

    /// The dates of sentence `index`, parsed once.
    package func dates(of index: Int) -> [DateMention] { values.dates(of: index) }

    /// The countries of the visit sentence `index` is about, when the article reports one.
    package func visitCountries(of index: Int) -> VisitCountries? {
        visitAtSentence[index].map { VisitCountries(facts.visits[$0]) }
    }
}
