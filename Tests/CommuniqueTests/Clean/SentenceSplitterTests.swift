import Testing
@testable import Communique

@Suite struct SentenceSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var sentences: [String]
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Putin arrived. He met Japarov.", sentences: ["Putin arrived.", "He met Japarov."]),
        Case(text: "On Feb. 26-28, Putin toured the region.", sentences: ["On Feb. 26-28, Putin toured the region."]),
        Case(text: "The U.S. delegation left. Talks ended.", sentences: ["The U.S. delegation left.", "Talks ended."]),
        Case(text: "Mr. Lavrov and Dr. Ivanov spoke.", sentences: ["Mr. Lavrov and Dr. Ivanov spoke."]),
        Case(text: "Trade grew 4.1 percent to $81.2 billion. Exports rose.", sentences: ["Trade grew 4.1 percent to $81.2 billion.", "Exports rose."]),
        Case(text: "\"We agreed,\" Putin said. \"It is done.\" Atambayev nodded.", sentences: ["\"We agreed,\" Putin said.", "\"It is done.\"", "Atambayev nodded."]),
        Case(text: "Is it over? Yes! It is.", sentences: ["Is it over?", "Yes!", "It is."]),
        Case(text: "Vladimir V. Putin visited.", sentences: ["Vladimir V. Putin visited."]),
        Case(text: "It ended at 5 p.m. on Monday.", sentences: ["It ended at 5 p.m. on Monday."]),
        Case(text: "  spaced   out \t text.  ", sentences: ["spaced out text."]),
        Case(text: "the figure was 11.2. next line lower case", sentences: ["the figure was 11.2. next line lower case"]),
    ])
    func splits(_ c: Case) {
        #expect(SentenceSplitter.sentences(Array(c.text.utf8)) == c.sentences)
    }

    func packed(_ word: String) -> UInt64? {
        Array(word.utf8).withUnsafeBufferPointer { SentenceSplitter.packedWord($0[...]) }
    }

    @Test func everyAbbreviationIsFoundWhateverItsCase() {
        for word in SentenceSplitter.abbreviations {
            #expect(packed(word).map(SentenceSplitter.isAbbreviation) == true, "\(word)")
            #expect(packed(word.uppercased()).map(SentenceSplitter.isAbbreviation) == true, "\(word)")
        }
    }

    @Test func otherWordsAreNot() {
        for word in ["m", "mrx", "decs", "us", "stop", "e.g.", "é"] {
            #expect(packed(word).map(SentenceSplitter.isAbbreviation) != true, "\(word)")
        }
        #expect(packed("approxim") == nil)
    }
}
