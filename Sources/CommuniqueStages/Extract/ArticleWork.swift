import CommuniqueCore
import CommuniqueText

/// One article while the extractors read it: its analysed sentences and context, the facts found
/// so far, and what the extractors share: the visit each sentence is about and each sentence's
/// values, read at most once whichever extractor asks first.
package struct ArticleWork {
    package var context: ArticleContext
    package var facts: ArticleFacts
    /// The sentences of the headline's paragraph (by sentence index).
    package let headline: Range<Int>
    /// The article's visit (index into `facts.visits`) each sentence is about, by sentence index;
    /// the visits extractor sets it, nil everywhere without one.
    package var visitAtSentence: [Int?]
    /// Byte ranges of amounts an extractor took as its own, by sentence index: later extractors
    /// do not read them again ("documents worth $2 billion" is not a trade figure).
    package var claimed: [[Range<Int>]]
    private var values: [SentenceValues?]
    private var quantities: [[Quantity]?]
    private var dates: [[DateMention]?]

    package init(context: ArticleContext, facts: ArticleFacts, headline: Range<Int>) {
        let count = context.analyses.count
        self.context = context
        self.facts = facts
        self.headline = headline
        visitAtSentence = Array(repeating: nil, count: count)
        claimed = Array(repeating: [], count: count)
        values = Array(repeating: nil, count: count)
        quantities = Array(repeating: nil, count: count)
        dates = Array(repeating: nil, count: count)
    }

    /// The quantities of sentence `index`, tokenised once for quantities and dates alike.
    package mutating func quantities(of index: Int) -> [Quantity] {
        if let found = quantities[index] { return found }
        let found = sentenceValues(index).quantities()
        quantities[index] = found
        return found
    }

    /// The dates of sentence `index`, parsed once.
    package mutating func dates(of index: Int) -> [DateMention] {
        if let found = dates[index] { return found }
        let found = sentenceValues(index).dates(context.dates)
        dates[index] = found
        return found
    }

    /// The visit sentence `index` is about, when the article reports one.
    package func visit(of index: Int) -> VisitMention? {
        visitAtSentence[index].map { facts.visits[$0] }
    }

    private mutating func sentenceValues(_ index: Int) -> SentenceValues {
        if let made = values[index] { return made }
        let made = SentenceValues(context.analyses[index].sentence)
        values[index] = made
        return made
    }
}
