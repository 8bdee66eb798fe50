/// One token of scanned text: a run of ASCII letters, a run of digits, or one symbol.
public struct ValueToken: Sendable {
    enum Kind: UInt8, Sendable { case word, digits, symbol }

    /// UTF-8 byte offsets.
    var start: Int
    var end: Int
    /// Digit value (saturating at 18 digits) and digit count for `.digits` tokens.
    var number: Int = 0
    var digitCount: Int = 0
    /// Known word, for `.word` tokens.
    var lex: ValueLexeme = .none
    // The one-byte fields last, where they share the tail of `lex`: a token takes 48 bytes in an
    // array, not the 72 that fields in reading order would pad to.
    var kind: Kind
    /// Whitespace before the token: 0 none, 1 ordinary space, 2 thin or no-break space only, 3 line break.
    var gap: UInt8
    /// Normalised symbol for `.symbol`: ASCII byte, `-` for dashes, or one of the `ValueTokenizer` codes.
    var symbol: UInt8 = 0
    /// Word flags.
    var capitalized = false
    var allUpper = false

    init(kind: Kind, start: Int, end: Int, gap: UInt8) {
        self.kind = kind
        self.start = start
        self.end = end
        self.gap = gap
    }

    var adjacent: Bool { gap == 0 }

    func isSymbol(_ c: UInt8) -> Bool { kind == .symbol && symbol == c }

    func isWord(_ w: FunctionWord) -> Bool {
        if case .word(let x) = lex { return x == w }
        return false
    }
}
