import CShims

/// The clean stage: removes page furniture, finds the headline, the dateline and the language,
/// and splits the body into sentences.
public struct ArticleCleaner: Sendable {
    public var rules: BoilerplateRules
    public var languages: [String: Set<UInt64>]
    /// Function-word hash to the indices (in `languageCodes`) of the languages it belongs to.
    let languageOfWord: [UInt64: [Int]]
    let languageCodes: [String]
    /// Longest line `dropLinesEqual` can match, so longer lines skip the look-up.
    let longestEqualLine: Int

    /// Language detection reads this many words at most: enough to tell, and cheap on long texts.
    static let languageSampleWords = 400

    public init(rules: BoilerplateRules, languages: [String: Set<UInt64>]) {
        self.rules = rules
        self.languages = languages
        languageCodes = languages.keys.sorted()
        var byWord: [UInt64: [Int]] = [:]
        for (index, code) in languageCodes.enumerated() {
            for word in languages[code]! { byWord[word, default: []].append(index) }
        }
        languageOfWord = byWord
        longestEqualLine = rules.dropLinesEqual.map(\.utf8.count).max() ?? 0
    }

    public func clean(_ text: String) -> CleanArticle {
        let bytes = HTMLStripper.strip(Array(text.utf8))
        var lines: [[UInt8]] = []
        var dateline: PartialDate?
        var lineStart = 0
        var index = 0
        // Lines in another script: debris in an English page, or the whole text of a foreign one.
        var foreign: [[UInt8]] = []
        // One lower-cased copy of the text serves every boilerplate look-up.
        let folded = Self.folded(bytes)
        var i = 0
        while i <= bytes.count {
            defer { i += 1 }
            guard i == bytes.count || bytes[i] == 0x0A else { continue }
            var lower = lineStart
            var upper = i
            lineStart = i + 1
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
            guard lower < upper else { continue }
            let foldedLine = folded[lower..<upper]
            if rules.stopAtLinesStarting.contains(where: { foldedLine.starts(with: $0) }) { break }
            if upper - lower <= longestEqualLine, rules.dropLinesEqual.contains(String(decoding: foldedLine, as: UTF8.self)) { continue }
            if upper - lower <= rules.maxLineBytes, rules.dropLinesContaining.contains(where: { Self.contains(foldedLine, $0) }) { continue }
            let line = Array(bytes[lower..<upper])
            if Self.isTagCloud(line) { continue }
            if Self.isMostlyNonLatin(line) {
                foreign.append(line)
                continue
            }
            index += 1
            // Datelines sit near the top: a short line that is only a date (and a time) ...
            if dateline == nil, index <= 8, line.count <= 40,
                let date = DateRecognizer.dateline(in: String(decoding: line, as: UTF8.self)), date.day != nil {
                dateline = date
                continue
            }
            // ... or the head of the first paragraphs: "PARIS, March 14, 2024 (AFP) - ...", which is
            // cut off so its date is not read as a date of the story.
            if dateline == nil, index <= 4, let head = Self.datelineHead(line),
                let date = DateRecognizer.dateline(in: String(decoding: head, as: UTF8.self)), date.day != nil {
                dateline = date
                if let body = Self.afterDatelineDash(line, from: head.count), body < line.count {
                    lines.append(Array(line[body...]))
                    continue
                }
            }
            lines.append(line)
        }
        let titleIndex = lines.firstIndex { Self.wordCount($0) >= 4 } ?? 0
        let title = lines.isEmpty ? "" : String(decoding: lines[titleIndex], as: UTF8.self)
        var sentences: [Sentence] = []
        var words = 0
        for (paragraph, line) in lines.enumerated() {
            if paragraph > titleIndex, Self.isByline(line) { continue }
            for utf8 in SentenceSplitter.sentenceBytes(line) {
                let sentence = Sentence(utf8: utf8, index: sentences.count, paragraph: paragraph)
                words += sentence.tokens.reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) }
                sentences.append(sentence)
            }
        }
        if sentences.isEmpty && !foreign.isEmpty {
            // A page written in another script: report its language and size, extract nothing.
            let foreignSentences = foreign.enumerated().map { Sentence(text: String(decoding: $0.element, as: UTF8.self), index: $0.offset, paragraph: $0.offset) }
            let foreignWords = foreignSentences.reduce(0) { $0 + $1.tokens.reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) } }
            return CleanArticle(title: foreignSentences[0].text, sentences: [], language: detectLanguage(foreignSentences), words: foreignWords, dateline: dateline)
        }
        return CleanArticle(title: title, titleParagraph: titleIndex, sentences: sentences, language: detectLanguage(sentences), words: words, dateline: dateline)
    }

    /// The language whose function words are most frequent in the first words; `und` below 3
    /// hits or 3% of the words read.
    func detectLanguage(_ sentences: [Sentence]) -> String {
        var hits = [Int](repeating: 0, count: languageCodes.count)
        var total = 0
        reading: for sentence in sentences {
            for token in sentence.tokens where token.kind == .word {
                total += 1
                if let found = languageOfWord[token.foldedHash] {
                    for index in found { hits[index] += 1 }
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
    static func datelineHead(_ line: [UInt8]) -> ArraySlice<UInt8>? {
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

    /// Where the story starts after a dateline head: past the first dash within 24 bytes of it.
    static func afterDatelineDash(_ line: [UInt8], from: Int) -> Int? {
        var k = from
        while k < min(line.count, from + 24) {
            if line[k] == UInt8(ascii: "-") {
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

    static func folded(_ line: [UInt8]) -> [UInt8] {
        line.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// True when `needle` occurs in `haystack` (glibc's memmem, vectorised).
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in communique_contains(h.baseAddress, h.count, n.baseAddress, n.count) != 0 }
        }
    }

    static func wordCount(_ line: [UInt8]) -> Int {
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
    /// case changes inside them ("ArmeniaAzerbaijanKazakhstan").
    static func isTagCloud(_ line: [UInt8]) -> Bool {
        var changes = 0
        var previousLower = false
        for b in line {
            let upper = b >= 0x41 && b <= 0x5A
            if upper && previousLower { changes += 1 }
            previousLower = b >= 0x61 && b <= 0x7A
            if b == 0x20 { previousLower = false }
        }
        return changes >= 3
    }

    /// Lines written mostly in another script (menus and template debris in an English page).
    static func isMostlyNonLatin(_ line: [UInt8]) -> Bool {
        var ascii = 0
        var other = 0
        var i = 0
        while i < line.count {
            let b = line[i]
            if b < 0x80 {
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { ascii += 1 }
                i += 1
            } else {
                // Count scripts beyond Latin-1 supplement / extended: lead bytes D0-D4 (Cyrillic, Armenian, Hebrew, Arabic) and 3-byte CJK.
                if b >= 0xD0 && b <= 0xDF || b >= 0xE3 && b <= 0xED { other += 1 }
                i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            }
        }
        return other > ascii
    }

    /// A byline: two or three capitalised words and nothing else ("Sergey Kwan").
    static func isByline(_ line: [UInt8]) -> Bool {
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
