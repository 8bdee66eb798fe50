import Testing
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueStages

@Suite struct SentenceAnalysisTests {
    @Test func findsTheMatchCoveringAToken() {
        let matches = [PhraseMatch(tokenStart: 1, tokenEnd: 3, value: "a"), PhraseMatch(tokenStart: 5, tokenEnd: 6, value: "b")]
        let covering = (-1...7).map { SentenceAnalysis.match(covering: $0, in: matches)?.value }
        #expect(covering == [nil, nil, "a", "a", nil, nil, "b", nil, nil])
        #expect(SentenceAnalysis.match(covering: 0, in: [PhraseMatch<String>]()) == nil)
    }

    @Test func indexesEntitiesAndTagsOfASentence() {
        let sentence = Sentence(text: "Kazakh President Tokayev arrived in Beijing on a state visit.", index: 0, paragraph: 0)
        let a = SentenceAnalysis(sentence, knowledge: TestSupport.knowledge)
        for (index, match) in a.entities.enumerated() {
            for t in match.tokenStart..<match.tokenEnd { #expect(a.entity(at: t)?.tokenStart == a.entities[index].tokenStart) }
        }
        #expect(!a.entities.isEmpty)
        #expect(!a.tags.isEmpty)
        let covered = Set(a.tags.flatMap { Array($0.tokenStart..<$0.tokenEnd) })
        for t in 0..<a.tokenCount { #expect((a.tagMatch(at: t) != nil) == covered.contains(t)) }
    }

    @Test func recordsTheKindsOfItsTags() {
        let sentence = Sentence(text: "Kazakh President Tokayev arrived in Beijing on a state visit.", index: 0, paragraph: 0)
        let a = SentenceAnalysis(sentence, knowledge: TestSupport.knowledge)
        #expect(a.tagKinds == LexiconTagKinds(a.tags.flatMap(\.value)))
        #expect(a.tagKinds.contains(.visitMovement) == a.hasTag { $0 == .visitMovement })
    }

    @Test func tellsAFormerLeader() {
        let sentence = Sentence(text: "The former President Nazarbayev met President Tokayev.", index: 0, paragraph: 0)
        let a = SentenceAnalysis(sentence, knowledge: TestSupport.knowledge)
        let leaders = a.entities.filter { if case .leader = $0.value { return true }; return false }.map(\.tokenStart)
        #expect(leaders.map { a.isFormer(before: $0) } == leaders.map { t in a.hasTag(in: (t - 3)..<t) { $0 == .former } })
        #expect(!SentenceAnalysis(Sentence(text: "President Tokayev spoke.", index: 0, paragraph: 0), knowledge: TestSupport.knowledge).isFormer(before: 1))
    }
}
