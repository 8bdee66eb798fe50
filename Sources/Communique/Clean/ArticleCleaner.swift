/// The clean stage: removes page furniture, finds the headline, the dateline and the language,
/// and splits the body into sentences.
public struct ArticleCleaner: Sendable {
    public var rules: BoilerplateRules
    public var languages: [String: Set<UInt64>]

    public init(rules: BoilerplateRules, languages: [String: Set<UInt64>]) {
        self.rules = rules
        self.languages = languages
    }

    public func clean(_ text: String) -> CleanArticle {
        let bytes = HTMLStripper.strip(Array(text.utf8))
        var lines: [[UInt8]] = []
        var dateline: PartialDate?
        var lineStart = 0
        var index = 0
        // Lines in another script: debris in an English page, or the whole text of a foreign one.
        var foreign: [[UInt8]] = []
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            var line = Array(bytes[lineStart..<i])
            lineStart = i + 1
            Self.trim(&line)
            guard !line.isEmpty else { continue }
            let folded = Self.folded(line)
            if rules.stopAtLinesStarting.contains(where: { folded.starts(with: $0) }) { break }
            if rules.dropLinesEqual.contains(String(decoding: folded, as: UTF8.self)) { continue }
            if rules.dropLinesContaining.contains(where: { Self.contains(folded, $0) }) { continue }
            if Self.isTagCloud(line) { continue }
            if Self.isMostlyNonLatin(line) {
                foreign.append(line)
                continue
            }
            index += 1
            // Datelines sit near the top: a short line that is only a date (and a time).
            if dateline == nil, index <= 8, line.count <= 40,
                let date = DateRecognizer.dateline(in: String(decoding: line, as: UTF8.self)), date.day != nil {
                dateline = date
                continue
            }
            lines.append(line)
        }
        let titleIndex = lines.firstIndex { Self.wordCount($0) >= 4 } ?? 0
        let title = lines.isEmpty ? "" : String(decoding: lines[titleIndex], as: UTF8.self)
        var sentences: [Sentence] = []
        var words = 0
        for (paragraph, line) in lines.enumerated() {
            if paragraph > titleIndex, Self.isByline(line) { continue }
            for text in SentenceSplitter.sentences(line) {
                let sentence = Sentence(text: text, index: sentences.count, paragraph: paragraph)
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

    /// The language whose function words are most frequent; `und` below 3 hits or 3% of the words.
    func detectLanguage(_ sentences: [Sentence]) -> String {
        var hits: [String: Int] = [:]
        var total = 0
        for sentence in sentences {
            for token in sentence.tokens where token.kind == .word {
                total += 1
                for (language, words) in languages where words.contains(token.foldedHash) {
                    hits[language, default: 0] += 1
                }
            }
        }
        guard let best = hits.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= 3, best.value * 100 >= total * 3 else {
            return "und"
        }
        return best.key
    }

    static func trim(_ line: inout [UInt8]) {
        while let last = line.last, last == 0x20 || last == 0x09 || last == 0x0D { line.removeLast() }
        var first = 0
        while first < line.count, line[first] == 0x20 || line[first] == 0x09 { first += 1 }
        if first > 0 { line.removeFirst(first) }
    }

    static func folded(_ line: [UInt8]) -> [UInt8] {
        line.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        let first = needle[0]
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
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
        let words = line.split(separator: 0x20)
        guard words.count >= 2, words.count <= 3 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first >= 0x41 && first <= 0x5A else { return false }
            return word.dropFirst().allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 || $0 == UInt8(ascii: "-") }
        }
    }
}
