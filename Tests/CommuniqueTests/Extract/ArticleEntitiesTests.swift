import Testing
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueStages

@Suite struct ArticleEntitiesTests {
    func mention(_ sentence: Int, _ entity: EntityRef, former: Bool = false) -> EntityMention {
        EntityMention(sentence: sentence, tokenStart: 0, entity: entity, isFormerLeader: former)
    }

    @Test func countsLeadersNotNamedAsFormer() {
        let entities = ArticleEntities(mentions: [
            mention(0, .leader(3)), mention(1, .leader(5), former: true), mention(1, .leader(5), former: true),
            mention(2, .leader(7)), mention(3, .leader(7)), mention(3, .country("KZ")),
        ])
        #expect(entities.leaderCounts() == [3: 1, 7: 2])
        #expect(entities.mainLeader() == 7)
        #expect(entities.names(leader: 5))
        #expect(!entities.names(leader: 4))
    }

    @Test func mainLeaderTiesGoToTheFirstNamed() {
        let entities = ArticleEntities(mentions: [mention(0, .leader(9)), mention(1, .leader(2)), mention(2, .leader(2)), mention(3, .leader(9))])
        #expect(entities.mainLeader() == 9)
        #expect(ArticleEntities().mainLeader() == nil)
    }

    @Test func onlyCityOfACountry() {
        let one = ArticleEntities(mentions: [mention(0, .city(name: "Astana", country: "KZ")), mention(2, .city(name: "Astana", country: "KZ")),
                                             mention(3, .city(name: "Moscow", country: "RU"))])
        #expect(one.onlyCity(of: "KZ") == "Astana")
        #expect(one.onlyCity(of: "CN") == "")
        let two = ArticleEntities(mentions: [mention(0, .city(name: "Astana", country: "KZ")), mention(1, .city(name: "Almaty", country: "KZ"))])
        #expect(two.onlyCity(of: "KZ") == "")
    }

    @Test func topCountriesMostNamedThenFirstNamed() {
        let knowledge = TestSupport.knowledge
        let entities = ArticleEntities(mentions: [
            mention(0, .country("KZ")), mention(0, .adjective("RU")), mention(1, .country("CN")), mention(2, .city(name: "Beijing", country: "CN")),
            mention(3, .organisation("SCO")),
        ])
        #expect(entities.topCountries(knowledge: knowledge) == ["CN", "KZ"])
        #expect(ArticleEntities(mentions: [mention(0, .country("KZ"))]).topCountries(knowledge: knowledge) == [])
    }

    @Test func readsTheNamesOfEverySentenceInOrder() {
        let knowledge = TestSupport.knowledge
        let analyses = ["The former President Nazarbayev met President Tokayev.", "Nothing here.", "Tokayev arrived in Beijing."].enumerated().map {
            SentenceAnalysis(Sentence(text: $0.element, index: $0.offset, paragraph: 0), knowledge: knowledge)
        }
        let entities = ArticleEntities(analyses, knowledge: knowledge)
        let expected = analyses.enumerated().flatMap { index, a in a.entities.map { (index, $0.tokenStart) } }
        #expect(entities.mentions.map(\.sentence) == expected.map(\.0))
        #expect(entities.mentions.map(\.tokenStart) == expected.map(\.1))
        for mention in entities.mentions {
            let a = analyses[mention.sentence]
            if case .leader = mention.entity {
                #expect(mention.isFormerLeader == a.isFormer(before: mention.tokenStart))
            } else {
                #expect(!mention.isFormerLeader)
            }
        }
        #expect(entities.mentions.contains { $0.isFormerLeader })
    }

    @Test func aPlaceNamedAsAnAttributeIsNoPlaceOfTheStory() {
        let knowledge = TestSupport.knowledge
        let analyses = ["The Beijing-based agency reported the talks.", "Tokayev arrived in Shanghai."].enumerated().map {
            SentenceAnalysis(Sentence(text: $0.element, index: $0.offset, paragraph: 0), knowledge: knowledge)
        }
        let entities = ArticleEntities(analyses, knowledge: knowledge)
        #expect(entities.onlyCity(of: "CN") == "Shanghai")
    }
}
