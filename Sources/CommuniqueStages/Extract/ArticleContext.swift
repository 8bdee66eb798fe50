import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
/// What an extractor knows about the whole article while it reads one sentence.
package struct ArticleContext: Sendable {
    package var sourceID: String
    package var analyses: [SentenceAnalysis]
    /// The document creation time, when known to at least year precision.
    package var dct: PartialDate?
    /// Range of possible article dates inferred from the leaders in office, when there is no DCT.
    package var incumbency: DateSpan?
    package var dates: DateRecognizer
    package var quantities: QuantityRecognizer
    /// The leader the article names most (ties: first named), by index into the leaders table.
    package var mainLeader: Int?
    /// The two countries the article is about: the first visit's, else the two most named.
    package var pair: [String]
    /// The sentences of the headline's paragraph (by sentence index).
    package var headline: Range<Int> = 0..<0
    /// The city of the story's dateline ("MOSCOW, October 6 ..."), where it was filed.
    package var datelineCity: EntityRef?
    /// The first sentence under the dateline: the ones above it (headline, captions) are not from there.
    package var datelineSentence = 0
    /// Whether facts carry the text of the rule that made them (`communique explain`).
    package var recordsRules: Bool = false
    /// Every name the article mentions, in order.
    var entities = ArticleEntities()

    /// The date every relative expression and every undated fact is resolved against.
    package var referenceDate: DateSpan? {
        if let dct { return DateSpan(start: dct) }
        return incumbency
    }
}
