import Testing
@testable import CommuniqueText

@Suite struct ValueTokenTests {
    @Test func packsIntoFortyEightBytes() {
        // A sentence's value tokens are made for every sentence with a trigger: the one-byte
        // fields share the tail of the lexeme.
        #expect(MemoryLayout<ValueToken>.stride == 48)
    }

    @Test func startsWithNoValueButWhatItWasMadeWith() {
        let token = ValueToken(kind: .digits, start: 4, end: 7, gap: 1)
        #expect(token.kind == .digits && token.start == 4 && token.end == 7 && token.gap == 1)
        #expect(token.lex == .none && token.symbol == 0 && token.number == 0 && token.digitCount == 0)
        #expect(!token.capitalized && !token.allUpper)
    }

    @Test func tokenizerFillsTheFields() {
        let tokens = Array("Trade rose 12% to $5 billion".utf8).withUnsafeBufferPointer { ValueTokenizer.tokenize($0, lexicon: TestSupport.values) }
        #expect(tokens.map(\.kind) == [.word, .word, .digits, .symbol, .word, .symbol, .digits, .word])
        #expect(tokens[0].capitalized && !tokens[0].allUpper)
        #expect(tokens[2].number == 12 && tokens[2].digitCount == 2 && tokens[2].gap == 1)
        #expect(tokens[3].symbol == UInt8(ascii: "%") && tokens[3].adjacent)
        #expect(tokens[7].lex != .none)
    }
}
