import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
import Glibc

/// The clean stage: removes page furniture, finds the headline, the dateline and the language,
/// and splits the body into sentences.
package struct ArticleCleaner: Sendable {
    package var rules: BoilerplateRules
    package var languages: [String: Set<UInt64>]
    /// The words of the date grammar, for datelines.
    package let values: ValueLexicon
    /// Function-word hash to a range of `languagesOfWord`: a flat table, so the look-up for each
    /// word read hashes nothing again and touches no reference counts.
    let languageWords: HashRangeTable
    /// Indices (in `languageCodes`) of the languages of each function word, word after word.
    let languagesOfWord: [Int32]
    let languageCodes: [String]
    /// Longest line `dropLinesEqual` can match, so longer lines skip the look-up.
    let longestEqualLine: Int
    /// Bytes of the longest of `rules.openLineEndings`, so a longer last word skips the look-up.
    let longestOpenLineEnding: Int
    /// `rules.dropLinesContaining` and `rules.stopAtLinesStarting`, flat.
    let dropPhrases: BytePatterns
    let stopPrefixes: BytePatterns

    /// Language detection reads this many words at most: enough to tell, and cheap on long texts.
    static let languageSampleWords = 400

    package init(rules: BoilerplateRules, languages: [String: Set<UInt64>], values: ValueLexicon) {
        self.rules = rules
        self.languages = languages
        self.values = values
        languageCodes = languages.keys.sorted()
        var byWord: [UInt64: [Int32]] = [:]
        for (index, code) in languageCodes.enumerated() {
            for word in languages[code]! { byWord[word, default: []].append(Int32(index)) }
        }
        var table = HashRangeTable(capacity: byWord.count)
        var lists: [Int32] = []
        for (word, indices) in byWord {
            table.insert(word, Int32(lists.count)..<Int32(lists.count + indices.count))
            lists += indices
        }
        languageWords = table
        languagesOfWord = lists
        longestEqualLine = rules.dropLinesEqual.map(\.utf8.count).max() ?? 0
        longestOpenLineEnding = rules.openLineEndings.map(\.count).max() ?? 0
        dropPhrases = BytePatterns(rules.dropLinesContaining)
        stopPrefixes = BytePatterns(rules.stopAtLinesStarting)
    }

    package func clean(_ text: String) -> CleanArticle {
        let bytes = HTMLStripper.strip(Array(text.utf8))
        // One lower-cased copy of the text serves every boilerplate look-up.
        let folded = Self.folded(bytes)
        return bytes.withUnsafeBufferPointer { bytes in
            folded.withUnsafeBufferPointer { folded in clean(bytes, folded: folded) }
        }
    }

    /// The clean stage over the stripped text and its lower-cased copy; lines are read in place,
    /// as ranges, and only sentences are copied out.
    func clean(_ bytes: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) -> CleanArticle {
        var lines: [Range<Int>] = []
        var dateline: PartialDate?
        var datelineText = ""
        var lineStart = 0
        var index = 0
        // Lines in another script: debris in an English page, or the whole text of a foreign one.
        var foreign: [Range<Int>] = []
        while lineStart <= bytes.count {
            // The next line break, found by memchr (vectorised); the last line ends at the end.
            var i = bytes.count
            if lineStart < bytes.count, let base = bytes.baseAddress, let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                i = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            }
            var lower = lineStart
            var upper = i
            lineStart = i + 1
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
            guard lower < upper else { continue }
            let foldedLine = folded[lower..<upper]
            if stopPrefixes.anyIsPrefix(of: UnsafeBufferPointer(rebasing: foldedLine)) { break }
            if upper - lower <= longestEqualLine, rules.dropLinesEqual.contains(String(decoding: foldedLine, as: UTF8.self)) { continue }
            if upper - lower <= rules.maxLineBytes, dropPhrases.anyOccurs(in: UnsafeBufferPointer(rebasing: foldedLine)) { continue }
            var line = bytes[lower..<upper]
            if Self.isTagCloud(line) { continue }
            if Self.isMostlyNonLatin(line) {
                foreign.append(lower..<upper)
                continue
            }
            index += 1
            // "date 2023-08-24 In January-July, ...": an ISO date opening one of the first lines
            // is the page's date stamp, not a date of the story; it is cut off (and dates the article).
            if index <= 2, let stamp = Self.isoDateStamp(line), stamp < line.count {
                if dateline == nil, let date = DateRecognizer.dateline(in: String(decoding: line.prefix(stamp), as: UTF8.self), lexicon: values),
                   date.day != nil {
                    dateline = date
                    datelineText = String(decoding: line.prefix(stamp), as: UTF8.self)
                }
                lower += stamp
                line = bytes[lower..<upper]
            }
            // Datelines sit near the top: a short line that is only a date (and a time) ...
            if dateline == nil, index <= 8, line.count <= 40,
                let date = DateRecognizer.dateline(in: String(decoding: line, as: UTF8.self), lexicon: values), date.day != nil {
                dateline = date
                datelineText = String(decoding: line, as: UTF8.self)
                continue
            }
            // ... or the head of the first paragraphs: "PARIS, March 14, 2024 (AFP) - ...", which is
            // cut off so its date is not read as a date of the story.
            if index <= 4, let head = Self.datelineHead(line) {
                let headText = String(decoding: head, as: UTF8.self)
                if let date = DateRecognizer.dateline(in: headText, lexicon: values), date.day != nil {
                    if dateline == nil {
                        dateline = date
                        datelineText = headText
                    }
                    if let body = Self.afterDatelineDash(line, from: head.count), body < line.count {
                        lines.append((lower + body)..<upper)
                        continue
                    }
                } else if let day = DateRecognizer.firstDay(in: headText, lexicon: values),
                          let body = Self.afterDatelineDash(line, from: head.count), body < line.count {
                    // "RABAT, Oct 29, (AP): ...": a day without its year (or after a dateline line)
                    // dates the report, not the story; it is cut off but gives no article date.
                    // The place before it stays, a line of its own: where the story was filed.
                    if day > 0 { lines.append(lower..<(lower + day)) }
                    lines.append((lower + body)..<upper)
                    continue
                }
            }
            lines.append(lower..<upper)
        }
        if Self.isHardWrapped(lines, bytes) {
            lines = Self.joiningWrappedLines(lines, bytes)
        } else if !rules.openLineEndings.isEmpty {
            lines = Self.joiningWrappedLines(lines, bytes) { endsOpen(bytes[$0]) }
        }
        let titleIndex = lines.firstIndex { Self.wordCount(bytes[$0]) >= 4 } ?? 0
        let title = lines.isEmpty ? "" : String(decoding: bytes[lines[titleIndex]], as: UTF8.self)
        var sentences: [Sentence] = []
        var words = 0
        for (paragraph, line) in lines.enumerated() {
            if paragraph > titleIndex, Self.isByline(bytes[line]) { continue }
            // A paragraph of joined wrapped lines keeps no line break inside a sentence: the
            // splitter writes every line break as a space.
            SentenceSplitter.forEachSentence(in: bytes[line]) { utf8 in
                let sentence = Sentence(utf8: utf8, index: sentences.count, paragraph: paragraph)
                words += sentence.tokens.reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) }
                sentences.append(sentence)
            }
        }
        if sentences.isEmpty && !foreign.isEmpty {
            // A page written in another script: report its language and size, extract nothing.
            let foreignSentences = foreign.enumerated().map { Sentence(utf8: Array(bytes[$0.element]), index: $0.offset, paragraph: $0.offset) }
            let foreignWords = foreignSentences.reduce(0) { $0 + $1.tokens.reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) } }
            return CleanArticle(title: foreignSentences[0].text, sentences: [], language: detectLanguage(foreignSentences), words: foreignWords, dateline: dateline)
        }
        // A first line that reads as body text (a lead paragraph, as a page excerpt starts) is no
        // headline: its facts are the story's own, not a repeat of them.
        let headline = lines.isEmpty || Self.readsAsBody(bytes[lines[titleIndex]]) ? -1 : titleIndex
        return CleanArticle(title: title, titleParagraph: headline, sentences: sentences, language: detectLanguage(sentences), words: words,
                            dateline: dateline, datelineText: datelineText)
    }

    /// Lines of body text (this many bytes or more) that decide whether a text is hard-wrapped.
    static let wrappedLineBytes = 30
    static let wrappedLinesNeeded = 6

    /// True when the text breaks its sentences at a fixed width ("signed billions of" / "dollars of
    /// business deals"): at least six lines of body text, and most of them end without closing
    /// punctuation. A page of one paragraph a line ends nearly every body line with one. Reads
    /// only each line's length and last byte.
    static func isHardWrapped(_ lines: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var body = 0
        var open = 0
        for line in lines where line.count >= wrappedLineBytes {
            body += 1
            if !endsClosed(bytes[line]) { open += 1 }
        }
        return body >= wrappedLinesNeeded && open * 2 > body
    }

    /// The lines of a hard-wrapped text joined into paragraphs: a line that follows the previous
    /// one directly (nothing cut between them) continues it while the previous ends open, unless
    /// it opens with a list bullet.
    /// With `continues`, only a line it holds true for goes on in the next one.
    static func joiningWrappedLines(_ lines: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>,
                                    continues: (Range<Int>) -> Bool = { _ in true }) -> [Range<Int>] {
        var joined: [Range<Int>] = []
        for line in lines {
            if let last = joined.last, !endsClosed(bytes[last]), continues(last), !isByline(bytes[last]), !isCredit(bytes[last]), !opensWithBullet(bytes[line]),
               isSingleLineBreak(bytes[last.upperBound..<line.lowerBound]) {
                joined[joined.count - 1] = last.lowerBound..<line.upperBound
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    /// True when a line opens with a list bullet ("* ", "• "): an item of its own.
    static func opensWithBullet(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        line.starts(with: "* ".utf8) || line.starts(with: "\u{2022} ".utf8)
    }

    /// True when `gap` is white space with exactly one line break: the next line follows directly.
    static func isSingleLineBreak(_ gap: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var breaks = 0
        for byte in gap {
            switch byte {
            case 0x0A: breaks += 1
            case 0x0D, 0x20, 0x09: continue
            default: return false
            }
        }
        return breaks == 1
    }

    /// True when the line's last word is one of `openLineEndings` as written ("... signed five
    /// Memoranda of"): no sentence ends there.
    func endsOpen(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var start = line.endIndex
        while start > line.startIndex, line[start - 1] != 0x20, line[start - 1] != 0x09 { start -= 1 }
        return start < line.endIndex && line.endIndex - start <= longestOpenLineEnding && rules.openLineEndings.contains(Array(line[start...]))
    }

    /// Words of a credit line at most ("By A and B").
    static let creditWords = 8

    /// True for a short line that opens with "By " ("By Jane Doe and John Roe"): an author credit.
    static func isCredit(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        line.count > 3 && line.prefix(3).elementsEqual("By ".utf8) && wordCount(line) <= creditWords
    }

    /// True when a line ends with closing punctuation: `.`, `!`, `?`, `:`, `;`, a closing quote or bracket.
    static func endsClosed(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let last = line.last else { return true }
        // "…" ends in 0xA6, closing quotes (’ ”) in 0x99 and 0x9D.
        return [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "\""),
                UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), 0x9D, 0x99, 0xA6].contains(last)
    }

    /// The length of an ISO date stamp that opens `line` ("2023-08-24 ", "date 2023-08-24 "), the
    /// space after it included; nil when the line opens otherwise.
    static func isoDateStamp(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let line = UnsafeBufferPointer(rebasing: line)
        var start = 0
        let label = Array("date ".utf8)
        if line.count > label.count, zip(line.prefix(label.count), label).allSatisfy({ $0 | 0x20 == $1 }) { start = label.count }
        let pattern = Array("dddd-dd-dd ".utf8)
        guard line.count >= start + pattern.count else { return nil }
        for (offset, expected) in pattern.enumerated() {
            let byte = line[start + offset]
            switch expected {
            case UInt8(ascii: "d"): guard byte >= 0x30 && byte <= 0x39 else { return nil }
            default: guard byte == expected else { return nil }
            }
        }
        return start + pattern.count
    }

    /// Headlines are short and carry no closing full stop; a line of more than this many words,
    /// or one that ends a sentence with a full stop, is body text.
    static let headlineWords = 30

    static func readsAsBody(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return wordCount(line) > headlineWords || (end > line.startIndex && line[end - 1] == UInt8(ascii: "."))
    }

    /// The language whose function words are most frequent in the first words; `und` below 3
    /// hits or 3% of the words read.
    func detectLanguage(_ sentences: [Sentence]) -> String {
        var hits = [Int](repeating: 0, count: languageCodes.count)
        var total = 0
        reading: for sentence in sentences {
            for token in sentence.tokens where token.kind == .word {
                total += 1
                if let found = languageWords.find(token.foldedHash) {
                    for slot in found { hits[Int(languagesOfWord[Int(slot)])] += 1 }
                }
                if total >= Self.languageSampleWords { break reading }
            }
        }
        guard let best = hits.indices.max(by: { (hits[$0], $1) < (hits[$1], $0) }), hits[best] >= 3, hits[best] * 100 >= total * 3 else {
            return "und"
        }
        return languageCodes[best]
    }

    /// The text before the first " - ", " — ", " – " or "(" of a line, when short enough to be a dateline.
    static func datelineHead(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        let line = UnsafeBufferPointer(rebasing: line)
        var k = 0
        let limit = min(line.count, 64)
        while k < limit {
            if line[k] == UInt8(ascii: "(") { return k > 8 ? line[0..<k] : nil }
            if line[k] == 0x20, k + 2 < line.count {
                let dash = line[k + 1] == UInt8(ascii: "-") || (line[k + 1] == 0xE2 && k + 4 < line.count && line[k + 2] == 0x80 && (line[k + 3] == 0x93 || line[k + 3] == 0x94))
                if dash { return k > 8 ? line[0..<k] : nil }
            }
            k += 1
        }
        return nil
    }

    /// Where the story starts after a dateline head: past the first dash, or the colon right after
    /// the agency's closing parenthesis, within 24 bytes of it.
    static func afterDatelineDash(_ line: Slice<UnsafeBufferPointer<UInt8>>, from: Int) -> Int? {
        let line = UnsafeBufferPointer(rebasing: line)
        var k = from
        while k < min(line.count, from + 24) {
            if line[k] == UInt8(ascii: "-") || (line[k] == UInt8(ascii: ":") && k > 0 && line[k - 1] == UInt8(ascii: ")")) {
                var next = k + 1
                while next < line.count, line[next] == UInt8(ascii: "-") || line[next] == 0x20 { next += 1 }
                return next
            }
            if line[k] == 0xE2, k + 2 < line.count, line[k + 1] == 0x80, line[k + 2] == 0x93 || line[k + 2] == 0x94 {
                var next = k + 3
                while next < line.count, line[next] == 0x20 { next += 1 }
                return next
            }
            k += 1
        }
        return nil
    }

    /// `text` with ASCII capitals lower-cased (a plain loop the compiler vectorises).
    static func folded(_ text: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: text.count) { out, count in
            text.withUnsafeBufferPointer { text in
                for k in 0..<text.count {
                    let b = text[k]
                    out[k] = b &- 0x41 < 26 ? b | 0x20 : b
                }
            }
            count = text.count
        }
    }

    static func wordCount(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        var inWord = false
        for b in line {
            let space = b == 0x20 || b == 0x09
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// A tag cloud is several headings glued together: words with three or more lower-to-upper
    /// case changes inside them ("ArmeniaAzerbaijanKazakhstan"), densely.
    ///
    /// Counts every lower-case letter followed by a capital, in a branch-free loop over byte pairs
    /// (a space between them is neither, so it needs no case of its own). The count of each run
    /// of 255 bytes is a byte, so the loop is vectorised sixteen bytes at a time; a count kept as
    /// an `Int` was widened to 64-bit lanes, four bytes an iteration.
    static func isTagCloud(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let line = UnsafeBufferPointer(rebasing: line)
        guard line.count > 1 else { return false }
        var changes = 0
        var start = 1
        while start < line.count {
            let end = min(line.count, start + 255)
            var run: UInt8 = 0
            for k in start..<end {
                let upper: UInt8 = line[k] &- 0x41 < 26 ? 1 : 0
                let previousLower: UInt8 = line[k - 1] &- 0x61 < 26 ? 1 : 0
                run &+= upper & previousLower
            }
            changes += Int(run)
            start = end
        }
        return changes >= 3 && changes * Self.tagCloudBytesPerChange >= line.count
    }

    /// A tag cloud has a case change at least every this many bytes: a paragraph that names an
    /// abbreviation like "RoK" a few times is prose.
    static let tagCloudBytesPerChange = 40

    /// Lines written mostly in another script (menus and template debris in an English page).
    ///
    /// Counts ASCII letters against lead bytes D0-DF (Cyrillic, Armenian, Hebrew, Arabic) and
    /// E3-ED (CJK and others). The text is valid UTF-8, where those values are never continuation
    /// bytes and ASCII never sits inside a sequence, so every byte can be classed on its own: a
    /// branch-free loop.
    ///
    /// A line of ASCII alone (most lines) has none of those lead bytes: an OR of its bytes, eight
    /// at a time, says so before any counting. The counts of each run of 255 bytes are bytes, so
    /// the loop is vectorised sixteen bytes at a time (see `isTagCloud`).
    static func isMostlyNonLatin(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let line = UnsafeBufferPointer(rebasing: line)
        guard !isASCII(line) else { return false }
        var ascii = 0
        var other = 0
        var start = 0
        while start < line.count {
            let end = min(line.count, start + 255)
            var asciiRun: UInt8 = 0
            var otherRun: UInt8 = 0
            for k in start..<end {
                let b = line[k]
                asciiRun &+= (b | 0x20) &- 0x61 < 26 ? 1 : 0
                otherRun &+= (b &- 0xD0 < 0x10 ? 1 : 0) | (b &- 0xE3 < 0x0B ? 1 : 0)
            }
            ascii += Int(asciiRun)
            other += Int(otherRun)
            start = end
        }
        return other > ascii
    }

    /// True when every byte of `bytes` is below 0x80: the bytes ORed together eight at a time (no
    /// branch but the loop's), then the high bit of each byte tested.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var seen: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            seen |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            seen |= UInt64(bytes[index])
            index += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// A byline: two or three capitalised words and nothing else ("Sergey Kwan").
    static func isByline(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard line.count <= 60 else { return false }
        var words = 0
        var atWordStart = true
        for b in line {
            if b == 0x20 {
                if atWordStart { return false }
                atWordStart = true
                continue
            }
            if atWordStart {
                guard b >= 0x41 && b <= 0x5A else { return false }
                words += 1
                atWordStart = false
            } else if !((b >= 0x61 && b <= 0x7A) || b >= 0x80 || b == UInt8(ascii: "-")) {
                return false
            }
        }
        return words >= 2 && words <= 3
    }
}
