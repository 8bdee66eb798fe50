import Testing
@testable import CommuniqueText

/// The sentence tokenizer's punctuation and letters: curly quotes and dashes read as their ASCII
/// forms, Latin letters with diacritics as their base letters.
@Suite struct TokenizerTests {
    struct PunctuationCase: Sendable, CustomTestStringConvertible {
        var text: String
        /// The ASCII form each punctuation token must hash like, in order.
        var marks: [Character]
        var testDescription: String { text }
    }

    static let cases: [PunctuationCase] = [
        PunctuationCase(text: "the government\u{2019}s delegation", marks: ["'"]),
        PunctuationCase(text: "\u{2018}quoted\u{2019}", marks: ["'", "'"]),
        PunctuationCase(text: "\u{201C}agreements\u{201D}", marks: ["\"", "\""]),
        PunctuationCase(text: "Bishkek \u{2013} Tashkent \u{2014} Almaty", marks: ["-", "-"]),
        PunctuationCase(text: "the government's delegation", marks: ["'"]),
    ]

    @Test(arguments: cases) func curlyMarksHashLikeTheirASCIIForms(_ c: PunctuationCase) {
        let sentence = Sentence(text: c.text, index: 0, paragraph: 0)
        let marks = sentence.tokens.filter { $0.kind == .punctuation }.map(\.foldedHash)
        #expect(marks == c.marks.map { UInt64($0.asciiValue!) })
    }

    @Test(arguments: [("Việt Nam", "Viet Nam"), ("Phạm Minh Chính", "Pham Minh Chinh"), ("Türkiye", "turkiye"),
                      ("Erdoğan", "ERDOGAN"), ("Łódź", "Lodz"), ("İzmir", "Izmir"), ("Đà Nẵng", "Da Nang")])
    func latinLettersWithDiacriticsHashLikeTheirBaseLetters(_ accented: String, _ plain: String) {
        let folded = Sentence(text: accented, index: 0, paragraph: 0).tokens.map(\.foldedHash)
        #expect(folded == Sentence(text: plain, index: 0, paragraph: 0).tokens.map(\.foldedHash))
        #expect(folded == accented.split(separator: " ").map { Tokenizer.foldedHash($0.utf8) })
    }

    @Test func lettersWithNoSingleBaseLetterKeepTheirBytes() {
        let words = ["straße", "strase", "Ərdəbil", "Ardabil"].map { Tokenizer.foldedHash($0.utf8) }
        #expect(words[0] != words[1])
        #expect(words[2] != words[3])
    }

    @Test func spacesAreNoTokens() {
        let sentence = Sentence(text: "a\u{2009}b\u{00A0}c", index: 0, paragraph: 0)
        #expect(sentence.tokens.allSatisfy { $0.kind == .word })
    }
}
