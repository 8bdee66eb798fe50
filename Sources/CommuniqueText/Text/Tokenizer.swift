/// Splits UTF-8 text into words, numbers and punctuation in one pass over the bytes.
///
/// Hyphens and apostrophes end a word (`Kyrgyz-Russian` gives the words `Kyrgyz` and `Russian`
/// with no token for the hyphen; `Russia's` gives `Russia`, `'`, `s`), and knowledge phrases are tokenised the same way, so both sides agree.
/// Non-ASCII bytes are letters, except the general-punctuation block (curly quotes, dashes,
/// thin spaces) and the no-break space, which separate words; a Latin letter with a diacritic
/// hashes as its base letter ("Türkiye" as "turkiye", `LatinFold`).
public enum Tokenizer {
    public static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        wordBytes.withUnsafeBufferPointer { wordBytes in tokens(bytes, wordBytes: wordBytes) }
    }

    /// For each ASCII byte, the byte a word's hash reads for it: a letter lower-cased, a digit as
    /// it is, and 0 for a byte that is no part of a word. One load tells a word byte and folds it,
    /// where two range tests and a case test per byte did.
    static let wordBytes: [UInt8] = (0..<128).map { (code: Int) -> UInt8 in
        let byte = UInt8(code)
        guard isAlnum(byte) else { return 0 }
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, wordBytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        // News text has about a token every five bytes; a short sentence has relatively more
        // (punctuation, a figure), and the four more make room for them: with a fifth alone, the
        // array was reallocated in about one sentence in five.
        tokens.reserveCapacity(bytes.count / 5 + 4)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if wordBytes[Int(b)] != 0 {
                    let start = i
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    var allDigits = true
                    var j = i
                    while j < n {
                        let c = bytes[j]
                        if c < 0x80 {
                            let folded = wordBytes[Int(c)]
                            guard folded != 0 else { break }
                            if c > 0x39 { allDigits = false }
                            hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
                            j &+= 1
                        } else {
                            let width = Self.separatorWidth(bytes, j)
                            if width > 0 { break }
                            allDigits = false
                            if let folded = LatinFold.letter(bytes, at: j) {
                                hash = (hash ^ UInt64(folded.letter)) &* 0x100_0000_01b3
                                j += folded.width
                            } else {
                                hash = (hash ^ UInt64(c)) &* 0x100_0000_01b3
                                j += 1
                            }
                        }
                    }
                    // Decimal numbers stay one token: 4.1, 1,800.
                    if allDigits, j + 1 < n, bytes[j] == 0x2E || bytes[j] == 0x2C, Self.isDigit(bytes[j + 1]) {
                        var k = j + 1
                        while k < n, Self.isDigit(bytes[k]) || ((bytes[k] == 0x2E || bytes[k] == 0x2C) && k + 1 < n && Self.isDigit(bytes[k + 1])) { k += 1 }
                        for c in bytes[(j)..<k] { hash = (hash ^ UInt64(c)) &* 0x100_0000_01b3 }
                        j = k
                    }
                    tokens.append(Token(start: start, end: j, kind: allDigits ? .number : .word, foldedHash: hash,
                                        isCapitalized: b >= 0x41 && b <= 0x5A))
                    i = j
                } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    i += 1
                } else if b == 0x2D, i > 0, i + 1 < n, Self.isAlnum(bytes[i - 1]) || bytes[i - 1] >= 0x80, Self.isAlnum(bytes[i + 1]) || bytes[i + 1] >= 0x80 {
                    // An intra-word hyphen only separates: "military-technical" reads as "military technical".
                    i += 1
                } else {
                    tokens.append(Token(start: i, end: i + 1, kind: .punctuation, foldedHash: UInt64(b), isCapitalized: false))
                    i += 1
                }
            } else {
                let width = Self.separatorWidth(bytes, i)
                if width > 0 {
                    if width == 3 { // dashes and quotes are punctuation; spaces are not tokens
                        if bytes[i] == 0xE2 {
                            // The code point's offset from U+2000: E2 80 xx is U+2000 + (xx - 0x80), E2 81 xx U+2040 + (xx - 0x80).
                            let offset = (bytes[i + 1] == 0x81 ? 0x40 : 0) + (bytes[i + 2] & 0x3F)
                            if offset >= 0x10 && offset <= 0x27 || offset >= 0x30 {
                                tokens.append(Token(start: i, end: i + 3, kind: .punctuation, foldedHash: Self.punctuationHash(offset), isCapitalized: false))
                            }
                        } else {
                            // A byte-order mark or a replacement character.
                            tokens.append(Token(start: i, end: i + 3, kind: .punctuation, foldedHash: 0xEF_00_00 | UInt64(bytes[i + 2]), isCapitalized: false))
                        }
                    }
                    i += width
                } else {
                    // A word starting with a non-ASCII letter (Türkiye, Écija, Кремль).
                    let start = i
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    var j = i
                    while j < n {
                        let c = bytes[j]
                        if c < 0x80 {
                            let folded = wordBytes[Int(c)]
                            guard folded != 0 else { break }
                            hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
                        } else {
                            if Self.separatorWidth(bytes, j) > 0 { break }
                            if let folded = LatinFold.letter(bytes, at: j) {
                                hash = (hash ^ UInt64(folded.letter)) &* 0x100_0000_01b3
                                j += folded.width
                                continue
                            }
                            hash = (hash ^ UInt64(c)) &* 0x100_0000_01b3
                        }
                        j += 1
                    }
                    tokens.append(Token(start: start, end: j, kind: .word, foldedHash: hash, isCapitalized: true))
                    i = j
                }
            }
        }
        return tokens
    }

    /// Hash of a lower-cased word with its Latin diacritics folded (`LatinFold`), as the tokens
    /// of a text carry it, for building look-up tables from knowledge phrases.
    public static func foldedHash<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let c = bytes[index]
            if c >= 0x80, let folded = LatinFold.letter(bytes, at: index) {
                hash = (hash ^ UInt64(folded.letter)) &* 0x100_0000_01b3
                index = bytes.index(index, offsetBy: folded.width)
                continue
            }
            hash = (hash ^ UInt64(c < 0x80 && c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* 0x100_0000_01b3
            index = bytes.index(after: index)
        }
        return hash
    }

    /// Curly quotes and apostrophes hash like their ASCII forms; dashes like `-`. `offset` is the
    /// code point's offset from U+2000 (U+2019 is 0x19).
    static func punctuationHash(_ offset: UInt8) -> UInt64 {
        switch offset {
        case 0x18, 0x19: return UInt64(UInt8(ascii: "'"))
        case 0x1C, 0x1D: return UInt64(UInt8(ascii: "\""))
        case 0x10...0x15: return UInt64(UInt8(ascii: "-"))
        default: return 0xE2_80_00 | UInt64(offset)
        }
    }

    /// Byte length of a separator starting at `i` (no-break space, U+2000...U+206F), or 0.
    @inline(__always)
    static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 { return 3 }
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD { return 3 } // U+FFFD
        return 0
    }

    @inline(__always)
    static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
