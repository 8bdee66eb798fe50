import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueStages

/// A monarch named by a title and a given name, then by the given name alone.
@Suite struct MonarchReferencesTests {
    static func linked(_ text: String, on day: String) -> [SentenceAnalysis] {
        let knowledge = TestSupport.knowledge
        let analyses = text.components(separatedBy: "\n").enumerated().map { index, line in
            SentenceAnalysis(Sentence(text: line, index: index, paragraph: index), knowledge: knowledge)
        }
        return MonarchReferences.link(analyses, knowledge: knowledge, date: DateSpan(start: PartialDate(iso: day)!))
    }

    static func leaders(_ analysis: SentenceAnalysis) -> [String] {
        analysis.entities.compactMap { match in
            guard case .leader(let index) = match.value else { return nil }
            return TestSupport.knowledge.leaders[index].name
        }
    }

    @Test func aTitleAndAGivenNameNameTheMonarchInOffice() {
        let analyses = Self.linked("Emir Tamim arrived in New Delhi for a state visit.", on: "2024-03-08")
        #expect(Self.leaders(analyses[0]) == ["Tamim bin Hamad Al Thani"])
    }

    @Test func theCountryBeforeTheTitleTellsTwoMonarchsOfOneGivenNameApart() {
        let saudi = Self.linked("Saudi King Abdullah arrived in New Delhi for a state visit.", on: "2006-01-25")
        #expect(Self.leaders(saudi[0]) == ["Abdullah bin Abdulaziz Al Saud"])
        let jordanian = Self.linked("Jordanian King Abdullah arrived in New Delhi for a state visit.", on: "2006-01-25")
        #expect(Self.leaders(jordanian[0]) == ["Abdullah II"])
    }

    @Test func anArticleWithNoDateReadsTheGivenNameAmongEveryMonarchOfTheTable() {
        let knowledge = TestSupport.knowledge
        let lines = ["King Salman and about a thousand businesspeople are in Japan for talks.", "Salman, 81, is on a monthlong tour of Asia."]
        let analyses = lines.enumerated().map { index, line in
            SentenceAnalysis(Sentence(text: line, index: index, paragraph: index), knowledge: knowledge)
        }
        let linked = MonarchReferences.link(analyses, knowledge: knowledge, date: nil)
        #expect(Self.leaders(linked[0]) == ["Salman bin Abdulaziz Al Saud"])
        #expect(Self.leaders(linked[1]) == ["Salman bin Abdulaziz Al Saud"])
        // Two monarchs of one given name and no country still name nobody.
        let abdullah = MonarchReferences.link([SentenceAnalysis(Sentence(text: "King Abdullah arrived in New Delhi for a state visit.", index: 0, paragraph: 0), knowledge: knowledge)],
                                              knowledge: knowledge, date: nil)
        #expect(Self.leaders(abdullah[0]).isEmpty)
    }

    @Test func twoMonarchsOfOneGivenNameAndNoCountryNameNobody() {
        let analyses = Self.linked("King Abdullah arrived in New Delhi for a state visit.", on: "2006-01-25")
        #expect(Self.leaders(analyses[0]).isEmpty)
    }

    @Test func theGivenNameAloneAfterTheTitledMentionIsThatMonarch() {
        let analyses = Self.linked("Saudi King Abdullah arrived in New Delhi for a state visit.\nAbdullah flew in from Beijing with a large delegation.", on: "2006-01-25")
        #expect(Self.leaders(analyses[1]) == ["Abdullah bin Abdulaziz Al Saud"])
    }

    @Test func aMonarchOutOfOfficeIsNotNamed() {
        let analyses = Self.linked("King Fahd arrived in New Delhi for a state visit.", on: "2024-03-08")
        #expect(Self.leaders(analyses[0]).isEmpty)
    }

    @Test func theTitleOfACountryNamesItsHolder() {
        let oman = Self.linked("The Sultan of Oman came to India on a state visit.", on: "2023-12-16")
        #expect(Self.leaders(oman[0]) == ["Haitham bin Tariq Al Said"])
        // On an earlier date, the title of the country names the one who held it then.
        let earlier = Self.linked("The Sultan of Oman came to India on a state visit.", on: "2010-06-01")
        #expect(Self.leaders(earlier[0]) == ["Qaboos bin Said"])
        // A president is no monarch's title: this rule reads monarchs only.
        let kenya = Self.linked("The President of Kenya came to India on a state visit.", on: "2023-12-16")
        #expect(Self.leaders(kenya[0]).isEmpty)
    }
}
