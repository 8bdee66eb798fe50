import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge

/// The `rule_words` section of the lexicon: each role's spellings, checked at load.
@Suite struct RuleWordsTests {
    /// Loads the shipped lexicon with `old` replaced by `new`.
    static func load(replacing old: String, with new: String) throws -> Result<Lexicon, ConfigurationError> {
        let shipped = try String(contentsOfFile: TestSupport.root + "/pipelines/knowledge/lexicon.yml", encoding: .utf8)
        #expect(shipped.contains(old))
        let path = TestSupport.temporaryFolder("lexicon") + "/lexicon.yml"
        TestSupport.write(shipped.replacingOccurrences(of: old, with: new), to: path)
        do {
            return .success(try KnowledgeLoader().loadLexicon(path))
        } catch {
            return .failure(error)
        }
    }

    @Test func everyRoleHasItsOwnBit() {
        let ordinals = RuleWord.allCases.map(\.ordinal)
        #expect(Set(ordinals).count == RuleWord.allCases.count)
        #expect(ordinals.allSatisfy { (0..<128).contains($0) })
    }

    /// `ordinal` reads the case's stored byte: it must be the case's place in declaration order.
    @Test func aRoleIsNumberedByItsPlaceInDeclarationOrder() {
        #expect(MemoryLayout<RuleWord>.size == 1)
        #expect(RuleWord.allCases.map(\.ordinal) == Array(0..<RuleWord.allCases.count))
        #expect(RuleWord.coordinator.ordinal == 0 && RuleWord.groupLeader.ordinal == 64 && RuleWord.additiveAdverb.ordinal == 73)
    }

    @Test func aRoleOfTheSecondBankIsFoundAndKeptApart() {
        let lexicon = TestSupport.knowledge.lexicon
        let sentence = Sentence(text: "a delegation led by the minister", index: 0, paragraph: 0)
        #expect(Lexicon.bank(.groupLeader) == 1 && Lexicon.bank(.coordinator) == 0)
        #expect(lexicon.isWord(sentence, 2, .groupLeader))
        // The same bit in the first bank is another role: "a" is no group leader, "led" no coordinator.
        #expect(!lexicon.isWord(sentence, 0, .groupLeader) && !lexicon.isWord(sentence, 2, .coordinator))
    }

    @Test func aWordIsFoundUnderEachOfItsRoles() {
        let lexicon = TestSupport.knowledge.lexicon
        let sentence = Sentence(text: "The deals and those papers", index: 0, paragraph: 0)
        #expect(lexicon.isWord(sentence, 0, .definite) && lexicon.isWord(sentence, 0, .modifierStop))
        #expect(lexicon.isWord(sentence, 2, .coordinator) && !lexicon.isWord(sentence, 2, .definite))
        #expect(lexicon.isWord(sentence, 3, .definite))
        #expect(!lexicon.isWord(sentence, 4, .definite) && !lexicon.isWord(sentence, 9, .definite))
    }

    @Test func aNewSpellingTeachesTheRules() throws {
        let lexicon = try Self.load(replacing: "  contrast: [while, but, whereas, although, though, against, versus, vs]",
                                    with: "  contrast: [while, but, whereas, although, though, against, versus, vs, yet]").get()
        #expect(lexicon.isWord(Sentence(text: "yet", index: 0, paragraph: 0), 0, .contrast))
    }

    @Test func aMissingRoleIsRefused() throws {
        let result = try Self.load(replacing: "  member_noun: [member, strong]\n", with: "")
        guard case .failure(.missingKey(_, _, let key)) = result else { Issue.record("got \(result)"); return }
        #expect(key == "rule_words.member_noun")
    }

    @Test func anUnknownRoleIsRefused() throws {
        let result = try Self.load(replacing: "  member_noun: [member, strong]", with: "  member_noun: [member, strong]\n  colour_noun: [red]")
        guard case .failure(.unknownKey(_, _, let key, _)) = result else { Issue.record("got \(result)"); return }
        #expect(key == "rule_words.colour_noun")
    }

    @Test func aPhraseIsRefused() throws {
        let result = try Self.load(replacing: "  member_noun: [member, strong]", with: "  member_noun: [member, strong, \"staff member\"]")
        guard case .failure(.invalidValue(_, _, let key, _)) = result else { Issue.record("got \(result)"); return }
        #expect(key == "rule_words.member_noun")
    }
}
