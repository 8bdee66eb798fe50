/// One sentence of a cleaned article: its text, tokens and position.
///
/// The text is kept once, as UTF-8 bytes; `text` makes a `String` only when asked (evidence of a
/// fact, `explain`), since most sentences never need one.
public struct Sentence: Sendable {
    /// The sentence as written (valid UTF-8: the cleaner cuts only at ASCII bytes).
    public var text: String { String(decoding: utf8, as: UTF8.self) }
    public var utf8: [UInt8]
    public var tokens: [Token]
    /// Index of the sentence in the article, from 0.
    public var index: Int
    /// Index of the paragraph (line) it came from.
    public var paragraph: Int

    public init(text: String, index: Int, paragraph: Int) {
        self.init(utf8: Array(text.utf8), index: index, paragraph: paragraph)
    }

    public init(utf8: [UInt8], index: Int, paragraph: Int) {
        self.utf8 = utf8
        self.tokens = utf8.withUnsafeBufferPointer { Tokenizer.tokens($0) }
        self.index = index
        self.paragraph = paragraph
    }

    /// The text of tokens `range`, as written.
    public func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: utf8[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }

    /// The bytes of one token.
    public func word(_ i: Int) -> ArraySlice<UInt8> { utf8[tokens[i].start..<tokens[i].end] }

    /// The value of token `i` when it is a number of at most `maxDigits` digits and nothing else
    /// ("3" gives 3; "3.5", "1,000" and words give nil).
    public func wholeNumber(_ i: Int, maxDigits: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].end - tokens[i].start <= maxDigits else { return nil }
        var value = 0
        for byte in word(i) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// True when token `i` is `word`, ignoring ASCII case.
    ///
    /// Inlinable: the rules ask it of many tokens with a literal word, whose length then turns
    /// most tokens away before any byte is read, without a call.
    @inlinable
    public func isWord(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let bytes = word.utf8Start
        let count = word.utf8CodeUnitCount
        let token = tokens[i]
        guard token.end - token.start == count else { return false }
        for k in 0..<count where utf8[token.start + k] | 0x20 != bytes[k] | 0x20 { return false }
        return true
    }

    /// True when token `i` is a word longer than `suffix` that ends with it, ignoring case
    /// ("establishing" ends with "ing"; "king" is no longer than "ing" plus one letter).
    public func wordEnds(_ i: Int, with suffix: StaticString, minimumLength: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let bytes = suffix.utf8Start
        let count = suffix.utf8CodeUnitCount
        let token = tokens[i]
        guard token.kind == .word, token.end - token.start >= max(minimumLength, count + 1) else { return false }
        for k in 0..<count where utf8[token.end - count + k] | 0x20 != bytes[k] | 0x20 { return false }
        return true
    }

    /// Index of the token that contains byte offset `offset`, or the first token after it.
    public func tokenIndex(atByte offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
