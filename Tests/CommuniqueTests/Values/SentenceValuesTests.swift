import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge

@Suite struct SentenceValuesTests {
    static let texts = [
        "Trade between Russia and Kazakhstan reached $28.1 billion in 2023, up 6 percent from 2022.",
        "On March 14, 2024 the two leaders signed 18 documents worth 1\u{2009}800 million roubles.",
        "Last year exports doubled; next month talks resume.",
        "No figures here.",
    ]

    @Test(arguments: texts)
    func readsWhatTheRecognizersRead(_ text: String) {
        let sentence = Sentence(text: text, index: 0, paragraph: 0)
        let values = SentenceValues(sentence, lexicon: TestSupport.values)
        for recognizer in [QuantityRecognizer(lexicon: TestSupport.values), QuantityRecognizer(lexicon: TestSupport.values, decimalComma: true)] {
            #expect(values.quantities(recognizer) == recognizer.quantities(in: sentence))
        }
        for recognizer in [DateRecognizer(dct: PartialDate(year: 2024, month: 5, day: 2), lexicon: TestSupport.values), DateRecognizer(dct: nil, numericOrder: .dayFirst, lexicon: TestSupport.values)] {
            #expect(values.dates(recognizer) == recognizer.dates(in: sentence))
        }
    }
}
