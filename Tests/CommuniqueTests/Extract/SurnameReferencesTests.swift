import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueStages

/// A leader named in full once is named by the surname alone after that.
@Suite struct SurnameReferencesTests {
    static func linked(_ text: String, date: String? = nil) -> [SentenceAnalysis] {
        let knowledge = TestSupport.knowledge
        let analyses = text.components(separatedBy: "\n").enumerated().map { index, line in
            SentenceAnalysis(Sentence(text: line, index: index, paragraph: index), knowledge: knowledge)
        }
        return SurnameReferences.link(analyses, knowledge: knowledge, date: date.flatMap(PartialDate.init(iso:)))
    }

    static func leaders(_ analysis: SentenceAnalysis) -> [String] {
        analysis.entities.compactMap { match in
            guard case .leader(let index) = match.value else { return nil }
            return TestSupport.knowledge.leaders[index].name
        }
    }

    @Test func aSurnameAfterTheFullNameIsThatLeader() {
        let analyses = Self.linked("Prime Minister Theresa May welcomed the guests.\nThe target was set at a meeting between May and the prince.")
        #expect(Self.leaders(analyses[1]) == ["Theresa May"])
    }

    @Test func aMonthNameThatReadsAsADateStaysADate() {
        let analyses = Self.linked("Prime Minister Theresa May welcomed the guests.\nTrade grew in May 2018.\nMay 5 was a Saturday.")
        #expect(Self.leaders(analyses[1]).isEmpty)
        #expect(Self.leaders(analyses[2]).isEmpty)
    }

    @Test func aOneWordVariantOfAnotherLeaderIsTheSurnameOfTheLeaderNamed() {
        let analyses = Self.linked("Cuban President Raul Castro arrived on Friday.\nCastro visited Mexico.\nThe route of Raul, Fidel Castro and Che.\nCastro said so.")
        #expect(Self.leaders(analyses[1]) == ["Raul Castro"])
        // Both named in full: the one named last, Fidel here (no article date to tell).
        #expect(Self.leaders(analyses[3]) == ["Fidel Castro"])
    }

    @Test func aSharedSurnameIsTheLeaderInOfficeOnTheArticlesDate() {
        let analyses = Self.linked("Prime Minister Nawaz Sharif met the president.\nChief Minister Shehbaz Sharif joined them.\nPrime Minister Sharif will visit Hong Kong.", date: "2017-05-12")
        #expect(Self.leaders(analyses[2]) == ["Nawaz Sharif"])
    }

    @Test func aSurnameBeforeTheFullNameIsNobody() {
        let analyses = Self.linked("The talks with May were long.\nPrime Minister Theresa May welcomed the guests.")
        #expect(Self.leaders(analyses[0]).isEmpty)
    }

    @Test func aDateInsideAPersonsNameIsNoDate() {
        let analysis = Self.linked("Prime Minister Theresa May welcomed the guests.\nThe target was set at a meeting between May and the prince.")[1]
        let dates = DateRecognizer(dct: PartialDate(iso: "2018-03-08"), numericOrder: .dayFirst, lexicon: TestSupport.values).dates(in: analysis.sentence)
        #expect(!dates.isEmpty)
        #expect(analysis.withoutPeople(dates).isEmpty)
    }
}
