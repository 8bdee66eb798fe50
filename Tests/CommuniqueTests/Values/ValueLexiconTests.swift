import Testing
@testable import CommuniqueText

extension ValuesTests {
    @Suite struct ValueLexiconTests {
        @Test func theFlatIndexGivesEveryWordOfTheTable() {
            let index = ValueLexicon.index
            for (hash, lexeme) in ValueLexicon.table {
                #expect(ValueLexicon.lexeme(hash, in: index) == lexeme)
            }
            #expect(ValueLexicon.lexeme(ValueLexicon.hash("billion"), in: index) == .scale(1e9, short: false))
            #expect(ValueLexicon.lexeme(ValueLexicon.hash("communique"), in: index) == ValueLexeme.none)
        }
    }
}
