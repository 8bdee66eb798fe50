import Testing
@testable import CommuniqueText

struct TokenTests {
    @Test func packsIntoThirtyTwoBytes() {
        // Every sentence holds an array of tokens: the one-byte fields share the last word.
        #expect(MemoryLayout<Token>.stride == 32)
    }

    @Test func keepsWhatItWasMadeWith() {
        let token = Token(start: 3, end: 9, kind: .number, foldedHash: 42, isCapitalized: true)
        #expect(token.start == 3 && token.end == 9 && token.kind == .number && token.foldedHash == 42 && token.isCapitalized)
    }
}
