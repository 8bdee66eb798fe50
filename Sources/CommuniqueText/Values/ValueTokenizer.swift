/// Splits UTF-8 text into `ValueToken`s in one pass, without allocating per token beyond the result array.
///
/// Words get their lexeme from the lexicon; the tokens of a currency sign the lexicon knows,
/// right before a number ("HK$", "Rs", "€"), become one `.currencySign` token.
public enum ValueTokenizer {
    /// A non-ASCII character the grammar has no use for.
    static let other: UInt8 = 0x7F
    /// The symbol of a joined currency sign (its currency is the token's lexeme).
    static let sign: UInt8 = 0x80

    /// Runs `body` over the UTF-8 bytes of `text`, copying only when the string is not contiguous.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Joins the tokens at the end of `out` that spell a currency sign of `lexicon`, the longest
    /// such sign, into one token; a number follows `gapAfter` away. A sign glued to a word before
    /// it ("ABC$5") is no sign.
    @inline(__always)
    static func joinSign(_ out: inout [ValueToken], gapAfter: UInt8, _ b: UnsafeBufferPointer<UInt8>, _ lexicon: ValueLexicon) {
        guard gapAfter <= 2, let last = out.last, last.kind == .symbol || (last.kind == .word && last.capitalized) else { return }
        let end = out.count
        let lowest = max(0, end - lexicon.longestSign)
        var start = end - 1
        var found: (start: Int, code: CurrencyCode)?
        while start >= lowest {
            if let code = lexicon.sign(ValueLexicon.signHash(out, bytes: b, from: start, to: end)) { found = (start, code) }
            if out[start].gap > 1 { break }
            start -= 1
        }
        guard let (first, code) = found else { return }
        if first > 0, out[first].gap == 0, out[first - 1].kind != .symbol { return }
        var joined = ValueToken(kind: .symbol, start: out[first].start, end: last.end, gap: out[first].gap)
        joined.symbol = sign
        joined.lex = .currencySign(code)
        out.removeLast(end - first)
        out.append(joined)
    }

    /// The tokens of `b`; words are looked up in `lexicon` (without one, no word has a lexeme and no sign is joined).
    static func tokenize(_ b: UnsafeBufferPointer<UInt8>, lexicon: ValueLexicon?) -> [ValueToken] {
        var out: [ValueToken] = []
        out.reserveCapacity(b.count / 4)
        // The word table in locals: a probe per word then touches no reference count.
        let wordSlots = lexicon?.wordSlots ?? HashRangeTable()
        let lexemes = lexicon?.lexemes ?? []
        var i = 0
        let n = b.count
        var gap: UInt8 = 1
        while i < n {
            let c = b[i]
            if c == 32 || c == 9 {
                gap = max(gap, 1); i += 1; continue
            }
            if c == 10 || c == 13 {
                gap = 3; i += 1; continue
            }
            if c < 0x80 {
                let lower = c | 0x20
                if lower >= 97 && lower <= 122 {
                    let s = i
                    var h = ValueLexicon.seed
                    var upper = true
                    while i < n {
                        let d = b[i]
                        let l = d | 0x20
                        guard l >= 97 && l <= 122 else { break }
                        if d >= 97 { upper = false }
                        h = ValueLexicon.hashStep(h, d)
                        i += 1
                    }
                    var t = ValueToken(kind: .word, start: s, end: i, gap: gap)
                    if i - s <= 16, let found = wordSlots.find(h) {
                        t.lex = lexemes[Int(found.lowerBound)]
                        if case .cardinal = t.lex, let lexicon { joinSign(&out, gapAfter: gap, b, lexicon) }
                    }
                    t.capitalized = c < 97
                    t.allUpper = upper
                    out.append(t)
                } else if c >= 48 && c <= 57 {
                    let s = i
                    var v = 0
                    while i < n, b[i] >= 48, b[i] <= 57 {
                        if i - s < 18 { v = v * 10 + Int(b[i] - 48) }
                        i += 1
                    }
                    var t = ValueToken(kind: .digits, start: s, end: i, gap: gap)
                    t.number = v
                    t.digitCount = i - s
                    if let lexicon { joinSign(&out, gapAfter: gap, b, lexicon) }
                    out.append(t)
                } else {
                    var t = ValueToken(kind: .symbol, start: i, end: i + 1, gap: gap)
                    t.symbol = c
                    out.append(t)
                    i += 1
                }
                gap = 0
                continue
            }
            // Non-ASCII: decode the scalar.
            let len: Int
            var scalar: UInt32
            if c >= 0xF0 { len = 4; scalar = UInt32(c & 0x07) } else if c >= 0xE0 { len = 3; scalar = UInt32(c & 0x0F) } else if c >= 0xC0 { len = 2; scalar = UInt32(c & 0x1F) } else { len = 1; scalar = 0xFFFD }
            if len > 1 {
                var k = 1
                while k < len {
                    guard i + k < n, b[i + k] & 0xC0 == 0x80 else { break }
                    scalar = (scalar << 6) | UInt32(b[i + k] & 0x3F)
                    k += 1
                }
                if k < len { scalar = 0xFFFD }
            }
            let end = min(n, i + len)
            switch scalar {
            case 0xA0, 0x2009, 0x202F, 0x2007, 0x200A, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008:
                if gap == 0 { gap = 2 }
                i = end
                continue
            case 0x2028, 0x2029, 0x85:
                gap = 3; i = end; continue
            case 0x200B, 0xFEFF, 0xAD:
                i = end; continue
            default:
                break
            }
            var t = ValueToken(kind: .symbol, start: i, end: end, gap: gap)
            switch scalar {
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: t.symbol = UInt8(ascii: "-")
            case 0x2018, 0x2019: t.symbol = UInt8(ascii: "'")
            case 0x201C, 0x201D: t.symbol = UInt8(ascii: "\"")
            default: t.symbol = other
            }
            out.append(t)
            gap = 0
            i = end
        }
        return out
    }
}
