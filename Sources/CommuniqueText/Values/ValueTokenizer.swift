/// Splits UTF-8 text into `ValueToken`s in one pass, without allocating per token beyond the result array.
public enum ValueTokenizer {
    static let euro: UInt8 = 1
    static let pound: UInt8 = 2
    static let yen: UInt8 = 3
    static let rouble: UInt8 = 4
    static let rupee: UInt8 = 5
    static let tenge: UInt8 = 6
    static let lira: UInt8 = 7
    /// Any other non-ASCII character.
    static let other: UInt8 = 0x7F

    /// Runs `body` over the UTF-8 bytes of `text`, copying only when the string is not contiguous.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func tokenize(_ b: UnsafeBufferPointer<UInt8>) -> [ValueToken] {
        var out: [ValueToken] = []
        out.reserveCapacity(b.count / 4)
        let index = ValueLexicon.index
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
                    t.lex = (i - s) <= 16 ? ValueLexicon.lexeme(h, in: index) : .none
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
            case 0x20AC: t.symbol = euro
            case 0xA3: t.symbol = pound
            case 0xA5: t.symbol = yen
            case 0x20BD: t.symbol = rouble
            case 0x20B9: t.symbol = rupee
            case 0x20B8: t.symbol = tenge
            case 0x20BA: t.symbol = lira
            default: t.symbol = other
            }
            out.append(t)
            gap = 0
            i = end
        }
        return out
    }
}
