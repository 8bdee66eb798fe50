import Testing
@testable import CommuniqueCore
@testable import CommuniqueKnowledge

@Suite struct LexiconTagKindsTests {
    @Test func eachCaseHasItsOwnBit() {
        let tags: [LexiconTag] = [.visitMovement, .visitMeeting, .visitHosting, .visitType(.state), .planned, .negation,
                                  .negationAfter, .notHostAfter, .document(.agreement), .docStatus(.signed), .topic(.energy),
                                  .indicator("trade"), .indicatorMarker("target"), .delegation(.business), .event, .title("president"),
                                  .former, .plural, .generic, .comparison, .notDocument, .weakIndicator("investment")]
        let kinds = tags.map(\.kind)
        #expect(Set(kinds.map(\.rawValue)).count == tags.count)
        #expect(kinds.allSatisfy { $0.rawValue.nonzeroBitCount == 1 })
        #expect(LexiconTagKinds(tags).rawValue.nonzeroBitCount == tags.count)
    }

    @Test func payloadsDoNotMatter() {
        #expect(LexiconTag.document(.agreement).kind == LexiconTag.document(.memorandum).kind)
        #expect(LexiconTagKinds([.indicator("trade"), .indicator("exports")]) == .indicator)
        #expect(LexiconTagKinds([LexiconTag]()).isEmpty)
    }
}
