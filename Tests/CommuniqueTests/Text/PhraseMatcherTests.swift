import Testing
@testable import CommuniqueText

@Suite struct PhraseMatcherTests {
    func sentence(_ text: String) -> Sentence { Sentence(text: text, index: 0, paragraph: 0) }

    @Test func takesTheLongestPhraseAndSkipsWhatItCovers() {
        var matcher = PhraseMatcher<Int>()
        matcher.add("joint statement", value: 1)
        matcher.add("joint", value: 2)
        matcher.add("statement", value: 3)
        matcher.seal()
        let found = matcher.matches(in: sentence("They signed a joint statement and a statement."))
        #expect(found.map(\.value) == [1, 3])
        #expect(found.map(\.tokenStart) == [3, 7])
        #expect(found.map(\.tokenEnd) == [5, 8])
    }

    @Test func guardsProperNounsAndAcronyms() {
        var matcher = PhraseMatcher<String>()
        matcher.add("Turkey", value: "TR", properNoun: true)
        matcher.add("US", value: "US", properNoun: true)
        matcher.seal()
        #expect(matcher.matches(in: sentence("Turkey and the US, not turkey for us.")).map(\.value) == ["TR", "US"])
        #expect(matcher.longest(at: 0, in: sentence("Turkey")).map(\.value) == "TR")
        #expect(matcher.longest(at: 0, in: sentence("turkey")) == nil)
    }

    /// Two letters or more, all capitals, whatever the script; signs and digits are no letters.
    @Test func anAcronymIsTwoCapitalLettersOrMore() {
        let acronyms = ["US", "U.S.", "ASEAN", "G20 EU", "ÉU", "СНГ"]
        let words = ["U", "Us", "us", "G7", "É", "Снг", "", "123", "Türkiye", "UAE's"]
        #expect(acronyms.allSatisfy { PhraseMatcher<Int>.isAcronym($0) })
        #expect(!words.contains { PhraseMatcher<Int>.isAcronym($0) })
    }

    @Test func aCopySealedEarlierKeepsItsPhrases() {
        var matcher = PhraseMatcher<Int>()
        matcher.add("visit", value: 1)
        matcher.seal()
        var extended = matcher
        extended.add("state visit", value: 2)
        #expect(!extended.sealed)
        extended.seal()
        #expect(matcher.matches(in: sentence("a state visit")).map(\.value) == [1])
        #expect(extended.matches(in: sentence("a state visit")).map(\.value) == [2])
    }
}
