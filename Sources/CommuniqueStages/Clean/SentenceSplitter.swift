/// Splits a paragraph into sentences at `.`, `!` and `?`, except after abbreviations, initials
/// and inside numbers.
package enum SentenceSplitter {
    /// Words that end with a period without ending the sentence (lower-cased, without the period).
    static let abbreviations: [String] = [
        "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "gen", "col", "lt", "sen", "rep", "gov", "prof", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr",
        "sr", "mt", "ft", "approx", "est", "dept", "univ", "pres", "capt", "maj", "sgt", "rev", "hon", "art", "fig",
        "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "pvt", "pte", "sdn", "bhd",
    ]

    /// `abbreviations` packed by `packedWord`, sorted: the look-up at every full stop is a binary
    /// search over integers, with no `String` made and nothing hashed.
    static let packedAbbreviations: [UInt64] = abbreviations.map { word in
        Array(word.utf8).withUnsafeBufferPointer { packedWord($0[...]) ?? 0 }
    }.sorted()

    /// The sentences of `paragraph`, trimmed, whitespace collapsed.
    package static func sentences(_ paragraph: [UInt8]) -> [String] {
        sentenceBytes(paragraph).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The sentences of `paragraph` as UTF-8 bytes, trimmed, whitespace collapsed.
    package static func sentenceBytes(_ paragraph: [UInt8]) -> [[UInt8]] {
        var sentences: [[UInt8]] = []
        paragraph.withUnsafeBufferPointer { p in
            forEachSentence(in: p[...]) { sentences.append($0) }
        }
        return sentences
    }

    /// Calls `body` with each sentence of `paragraph` (a slice of a larger text), trimmed and
    /// whitespace collapsed, in order: the cleaner's path, which reads an article's lines in place.
    static func forEachSentence(in paragraph: Slice<UnsafeBufferPointer<UInt8>>, _ body: ([UInt8]) -> Void) {
        var start = paragraph.startIndex
        let n = paragraph.endIndex
        var i = nextTerminator(paragraph, from: start)
        while i < n {
            var end = i + 1
            // Closing quotes and brackets belong to the sentence they end.
            while end < n, let width = closerWidth(paragraph, end) { end += width }
            if end >= n || isBoundary(paragraph, period: i, after: end) {
                emit(paragraph[start..<end], body)
                start = end
                i = nextTerminator(paragraph, from: end)
            } else {
                i = nextTerminator(paragraph, from: i + 1)
            }
        }
        emit(paragraph[start..<n], body)
    }

    /// Index of the first `.`, `!` or `?` of `p` at or after `from`, or `p.endIndex`.
    ///
    /// Reads eight bytes at a time: a sentence has a terminator every hundred bytes or so, and a
    /// byte-by-byte loop pays a mispredicted branch at most letter/space changes on the way.
    static func nextTerminator(_ p: Slice<UnsafeBufferPointer<UInt8>>, from: Int) -> Int {
        let n = p.endIndex
        var i = from
        if let base = p.base.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let found = zeroBytes(word ^ 0x2E2E_2E2E_2E2E_2E2E) | zeroBytes(word ^ 0x2121_2121_2121_2121) | zeroBytes(word ^ 0x3F3F_3F3F_3F3F_3F3F)
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n {
            let b = p[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return i }
            i += 1
        }
        return n
    }

    /// The high bit of each byte of `x` that is zero, and perhaps of bytes above a zero byte
    /// (a borrow), never below one: the lowest bit set always marks the first zero byte.
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    static func closerWidth(_ p: Slice<UnsafeBufferPointer<UInt8>>, _ i: Int) -> Int? {
        let b = p[i]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return 1 }
        if b == 0xE2, i + 2 < p.endIndex, p[i + 1] == 0x80, p[i + 2] == 0x9D || p[i + 2] == 0x99 { return 3 }
        return nil
    }

    static func isBoundary(_ p: Slice<UnsafeBufferPointer<UInt8>>, period: Int, after: Int) -> Bool {
        guard after < p.endIndex else { return false }
        // "relations.The talks": a full stop glued to a capital after a lower-case word of three
        // letters or more (text scraped without its spaces) ends the sentence too.
        if p[after] != 0x20, p[after] != 0x09 {
            return p[after] >= 0x41 && p[after] <= 0x5A && period - p.startIndex >= 3
                && (1...3).allSatisfy { back in p[period - back] >= 0x61 && p[period - back] <= 0x7A }
        }
        // Needs white space, then something that can start a sentence.
        var next = after
        while next < p.endIndex, p[next] == 0x20 || p[next] == 0x09 { next += 1 }
        guard next < p.endIndex else { return true }
        let c = p[next]
        let startsSentence = (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")
            || c == UInt8(ascii: "(") || c >= 0xC0
        guard startsSentence else { return false }
        guard p[period] == UInt8(ascii: ".") else { return true }
        // The word before the period.
        var w = period
        while w > p.startIndex, p[w - 1] != 0x20, p[w - 1] != 0x09, p[w - 1] != UInt8(ascii: "(") { w -= 1 }
        let word = p[w..<period]
        if word.isEmpty { return true }
        // A single capital letter is an initial ("Vladimir V. Putin", "U.S.").
        if word.count == 1, let only = word.first, only >= 0x41 && only <= 0x5A { return false }
        if let packed = packedWord(word), isAbbreviation(packed) {
            // A month abbreviation followed by a number is a date ("Feb. 26"); otherwise the
            // abbreviation may still end a sentence when a capitalised word follows, but that is rarer
            // than a title ("Gen. Ivanov"), so keep the sentence together.
            return false
        }
        return true
    }

    /// A word of at most 7 bytes as one integer: its length in the top byte, then its bytes with
    /// ASCII capitals lower-cased; nil for longer words (no abbreviation is that long).
    static func packedWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        guard word.count <= 7 else { return nil }
        var packed = UInt64(word.count) << 56
        var shift: UInt64 = 48
        for b in word {
            packed |= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << shift
            shift &-= 8
        }
        return packed
    }

    static func isAbbreviation(_ packed: UInt64) -> Bool {
        let table = packedAbbreviations
        var lo = 0
        var hi = table.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if table[mid] < packed { lo = mid + 1 } else { hi = mid }
        }
        return lo < table.count && table[lo] == packed
    }

    /// Passes the bytes of one sentence, whitespace runs collapsed to one space, to `body` unless empty.
    ///
    /// The bytes are collapsed into scratch space on the stack, then copied into an array made by
    /// `reserveCapacity`: making the array with `init(unsafeUninitializedCapacity:)` instead went
    /// through an unspecialised path of the standard library that looks up the array's type
    /// metadata for every sentence, which cost more than the copy.
    static func emit(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ body: ([UInt8]) -> Void) {
        let bytes = UnsafeBufferPointer(rebasing: bytes)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { scratch in
            let n = collapseWhiteSpace(bytes, into: scratch)
            guard n > 0 else { return }
            var start = 0
            while start < n {
                // A longer run of text is cut at the nearest boundary before the cap (see maxSentenceBytes).
                let end = n - start <= maxSentenceBytes ? n : cut(UnsafeBufferPointer(rebasing: scratch[0..<n]), from: start)
                var (lower, upper) = (start, end)
                while lower < upper, scratch[lower] == 0x20 { lower += 1 }
                while upper > lower, scratch[upper - 1] == 0x20 { upper -= 1 }
                if upper > lower {
                    var out: [UInt8] = []
                    out.reserveCapacity(upper - lower)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[lower..<upper]))
                    body(out)
                }
                start = end
            }
        }
    }

    /// The longest sentence the extractors see, in bytes. Longer runs of text (a list of a
    /// thousand figures joined by commas, a page with no full stop, a table on one line) are cut
    /// into pieces of at most this size, so the work and the evidence of a sentence stay bounded
    /// and an article costs time and memory in proportion to its size. News sentences are
    /// shorter than a tenth of it.
    package static let maxSentenceBytes = 1000

    /// Where to cut the text `text[from...]` (longer than the cap): after the last `;`, then `,`,
    /// then space in the second half of the window, else at the cap on a character boundary.
    static func cut(_ text: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let limit = from + maxSentenceBytes
        let floor = from + maxSentenceBytes / 2
        for mark in [UInt8(ascii: ";"), UInt8(ascii: ","), 0x20] {
            var index = limit - 1
            while index >= floor {
                if text[index] == mark { return index + 1 }
                index -= 1
            }
        }
        var index = limit
        while index > from + 1, text[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// Writes `bytes` to `out` (at least as long) trimmed, with each run of white space as one
    /// space; returns the number of bytes written.
    ///
    /// Eight bytes at a time: a word of text with no control byte (tab, line break) and no space
    /// right after a space is copied as it is, which is most words of a sentence (a space every
    /// six bytes or so, rarely two). Any other word goes byte by byte: every byte is written, a
    /// white-space byte as a space, and the count moves on unless it is white space after white
    /// space or at the start; the one trailing space this can leave is dropped at the end.
    static func collapseWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        var previousSpace = true
        var i = 0
        let count = bytes.count
        if let source = bytes.baseAddress, let target = out.baseAddress {
            let raw = UnsafeRawPointer(source)
            let rawOut = UnsafeMutableRawPointer(target)
            // `n` never passes `i`, so eight bytes stored at `n` stay inside `out`.
            while i + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let spaces = exactZeroBytes(word ^ 0x2020_2020_2020_2020)
                let plain = controlBytes(word) == 0 && spaces & (spaces << 8) == 0 && !(previousSpace && spaces & 0x80 != 0)
                if plain {
                    rawOut.storeBytes(of: word.littleEndian, toByteOffset: n, as: UInt64.self)
                    n &+= 8
                    previousSpace = spaces >> 63 != 0
                } else {
                    for b in UnsafeBufferPointer(rebasing: bytes[i..<(i + 8)]) { collapse(b, into: out, &n, &previousSpace) }
                }
                i += 8
            }
        }
        while i < count {
            collapse(bytes[i], into: out, &n, &previousSpace)
            i += 1
        }
        if n > 0, previousSpace { n -= 1 }
        return n
    }

    /// Writes one byte of `collapseWhiteSpace`'s byte-by-byte path: white space as a space, counted
    /// unless it follows white space.
    @inline(__always)
    static func collapse(_ b: UInt8, into out: UnsafeMutableBufferPointer<UInt8>, _ n: inout Int, _ previousSpace: inout Bool) {
        let space = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
        out[n] = space ? 0x20 : b
        n &+= space && previousSpace ? 0 : 1
        previousSpace = space
    }

    /// The high bit of each byte of `x` that is zero, and of no other byte (no borrow between bytes).
    @inline(__always)
    static func exactZeroBytes(_ x: UInt64) -> UInt64 {
        ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `x` below 0x20 (tab, line break, other control bytes).
    @inline(__always)
    static func controlBytes(_ x: UInt64) -> UInt64 {
        ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) | x) & 0x8080_8080_8080_8080
    }
}
