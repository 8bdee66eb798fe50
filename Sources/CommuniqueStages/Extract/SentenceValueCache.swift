import CommuniqueText

/// The values of an article's sentences, each read at most once whichever extractor asks
/// first. A reference, so that a closure that reads a sentence's dates does not hold the whole
/// `ArticleWork` while the extractor reads its context.
package final class SentenceValueCache {
    private let analyses: [SentenceAnalysis]
    private let recognizer: DateRecognizer
    /// The article's quantity grammar (its decimal comma, when it writes one).
    private let quantityRecognizer: QuantityRecognizer
    private var values: [SentenceValues?]
    private var quantities: [[Quantity]?]
    private var dates: [[DateMention]?]

    package init(analyses: [SentenceAnalysis], dates recognizer: DateRecognizer, quantities quantityRecognizer: QuantityRecognizer) {
        self.analyses = analyses
        self.recognizer = recognizer
        self.quantityRecognizer = quantityRecognizer
        values = Array(repeating: nil, count: analyses.count)
        quantities = Array(repeating: nil, count: analyses.count)
        dates = Array(repeating: nil, count: analyses.count)
    }

    /// The quantities of sentence `index`, tokenised once for quantities and dates alike.
    package func quantities(of index: Int) -> [Quantity] {
        if let found = quantities[index] { return found }
        let found = sentenceValues(index).quantities(quantityRecognizer)
        quantities[index] = found
        return found
    }

    /// The dates of sentence `index`, parsed once. A month name the entity matcher reads as a
    /// person is no date ("a meeting between May and the Crown Prince").
    package func dates(of index: Int) -> [DateMention] {
        if let found = dates[index] { return found }
        let found = analyses[index].withoutPeople(sentenceValues(index).dates(recognizer))
        dates[index] = found
        return found
    }

    private func sentenceValues(_ index: Int) -> SentenceValues {
        if let made = values[index] { return made }
        let made = SentenceValues(analyses[index].sentence, lexicon: recognizer.lexicon)
        values[index] = made
        return made
    }
}
