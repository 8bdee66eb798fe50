import CommuniqueText
import CommuniqueKnowledge
/// A sentence with the names and trigger words found in it, indexed by token.
///
/// Built for every sentence (one table probe per token); values and dates are recognised
/// only for sentences that have a trigger, which keeps the detailed grammar off the hot path.
///
/// A class of constants: the extractors pass it around many times per sentence, and a reference
/// costs one count where a struct of five arrays would cost five.
package final class SentenceAnalysis: Sendable {
    package let sentence: Sentence
    package let entities: [PhraseMatch<EntityRef>]
    package let tags: [PhraseMatch<[LexiconTag]>]
    /// Every kind of tag in the sentence: whether an extractor has anything to read here is one
    /// bit test, not a walk over the tags.
    package let tagKinds: LexiconTagKinds

    package convenience init(_ sentence: Sentence, knowledge: Knowledge) {
        self.init(sentence, entities: knowledge.entities, tags: knowledge.lexicon.matcher)
    }

    /// The analysis with the knowledge's entity and lexicon matchers (the extractor holds them, so
    /// the sentences of an article do not each read them out of `Knowledge`).
    init(_ sentence: Sentence, entities entityMatcher: PhraseMatcher<EntityRef>, tags tagMatcher: PhraseMatcher<[LexiconTag]>) {
        self.sentence = sentence
        // "US$5 billion", "US $ 140.5 million": a name glued to a currency sign, or one space
        // before a sign that a number follows, is part of the amount, not a country.
        var entities = entityMatcher.matches(in: sentence)
        // Read by index, and `removeAll` only for a sentence that has such a name: the closure of
        // `removeAll` copied every match of every sentence to test it.
        func gluedToCurrencySign(_ tokenEnd: Int) -> Bool {
            guard tokenEnd < sentence.tokens.count else { return false }
            let next = sentence.tokens[tokenEnd]
            guard next.kind == .punctuation, next.foldedHash == UInt64(UInt8(ascii: "$")) else { return false }
            let gap = next.start - sentence.tokens[tokenEnd - 1].end
            return gap == 0 || gap == 1 && tokenEnd + 1 < sentence.tokens.count && sentence.tokens[tokenEnd + 1].kind == .number
        }
        if entities.indices.contains(where: { gluedToCurrencySign(entities[$0].tokenEnd) }) {
            entities.removeAll { gluedToCurrencySign($0.tokenEnd) }
        }
        self.entities = entities
        let tags = tagMatcher.matches(in: sentence)
        var kinds: LexiconTagKinds = []
        for match in tags { kinds.formUnion(LexiconTagKinds(match.value)) }
        self.tags = tags
        tagKinds = kinds
    }

    /// The same sentence with more names found (by the article's context), kept in token order.
    /// `analysis` with its entities replaced by `entities` (sorted by token).
    init(_ analysis: SentenceAnalysis, entities: [PhraseMatch<EntityRef>]) {
        sentence = analysis.sentence
        self.entities = entities
        tags = analysis.tags
        tagKinds = analysis.tagKinds
    }

    init(_ analysis: SentenceAnalysis, adding found: [PhraseMatch<EntityRef>]) {
        sentence = analysis.sentence
        entities = (analysis.entities + found).sorted { $0.tokenStart < $1.tokenStart }
        tags = analysis.tags
        tagKinds = analysis.tagKinds
    }

    package var tokenCount: Int { sentence.tokens.count }

    /// Tokens `start..<end` clipped to the sentence: empty when `start` lies at or past its end
    /// (a window after the sentence's last token), never a range that traps.
    package func tokens(from start: Int, upTo end: Int) -> Range<Int> {
        let upper = min(tokenCount, end)
        return min(start, upper)..<upper
    }

    /// `dates` without those that start inside a person's name ("a meeting between May and ...").
    package func withoutPeople(_ dates: [DateMention]) -> [DateMention] {
        let people = entities.filter { if case .leader = $0.value { return true }; return false }
        guard !people.isEmpty else { return dates }
        return dates.filter { mention in
            !people.contains { person in
                (sentence.tokens[person.tokenStart].start..<sentence.tokens[person.tokenEnd - 1].end).contains(mention.range.lowerBound)
            }
        }
    }

    package func entity(at token: Int) -> PhraseMatch<EntityRef>? {
        Self.match(covering: token, in: entities)
    }

    package func tagMatch(at token: Int) -> PhraseMatch<[LexiconTag]>? {
        Self.match(covering: token, in: tags)
    }

    /// The tag match that ends right before token `end` and holds a tag of `kind`.
    package func tagMatch(endingAt end: Int, _ kind: LexiconTagKinds) -> PhraseMatch<[LexiconTag]>? {
        tags.first { $0.tokenEnd == end && !LexiconTagKinds($0.value).isDisjoint(with: kind) }
    }

    /// The match of `matches` (in order, not overlapping) that covers `token`, found by binary
    /// search: a sentence has few matches, so this is cheaper than a per-token index built for
    /// every sentence.
    static func match<Value>(covering token: Int, in matches: [PhraseMatch<Value>]) -> PhraseMatch<Value>? {
        var lo = 0
        var hi = matches.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if matches[mid].tokenEnd <= token { lo = mid + 1 } else { hi = mid }
        }
        guard lo < matches.count, matches[lo].tokenStart <= token else { return nil }
        return matches[lo]
    }

    /// True when a tag satisfying `predicate` covers any token of `range`.
    package func hasTag(in range: Range<Int>, _ predicate: (LexiconTag) -> Bool) -> Bool {
        let lower = max(0, range.lowerBound)
        let upper = min(tokenCount, range.upperBound)
        guard lower < upper else { return false }
        var token = lower
        while token < upper {
            if let match = tagMatch(at: token) {
                if match.value.contains(where: predicate) { return true }
                token = match.tokenEnd
            } else {
                token += 1
            }
        }
        return false
    }

    /// True when `tag` itself covers any token of `range`. A sentence with no tag of its kind
    /// answers from `tagKinds` alone, without reading its matches: most sentences the rules ask
    /// have no word of negation, of plans or of an aside.
    package func hasTag(in range: Range<Int>, _ tag: LexiconTag) -> Bool {
        tagKinds.contains(tag.kind) && hasTag(in: range) { $0 == tag }
    }

    /// True when `tag` itself is in the sentence (from `tagKinds` alone when its kind is not).
    package func hasTag(_ tag: LexiconTag) -> Bool {
        tagKinds.contains(tag.kind) && hasTag { $0 == tag }
    }

    /// True when "former" is said in the three tokens before `token` ("former President ...");
    /// a sentence without the word answers from `tagKinds` alone.
    package func isFormer(before token: Int) -> Bool {
        hasTag(in: (token - 3)..<token, .former)
    }

    /// True when any tag in the sentence satisfies `predicate`.
    package func hasTag(_ predicate: (LexiconTag) -> Bool) -> Bool {
        tags.contains { $0.value.contains(where: predicate) }
    }

    /// True when token `position` is the value grammar's function word `word` ("by", "from").
    package func means(_ position: Int, _ word: FunctionWord, values: ValueLexicon) -> Bool {
        position >= 0 && position < tokenCount && values.lexeme(ofToken: position, in: sentence) == .word(word)
    }

    /// True when token `position` stands inside parentheses: more "(" than ")" before it.
    package func isParenthesised(_ position: Int) -> Bool {
        var depth = 0
        for token in 0..<min(position, tokenCount) {
            if isPunctuation(token, UInt8(ascii: "(")) { depth += 1 } else if isPunctuation(token, UInt8(ascii: ")")) { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// True when token `index` is punctuation `ascii`.
    package func isPunctuation(_ index: Int, _ ascii: UInt8) -> Bool {
        guard index >= 0, index < tokenCount else { return false }
        let token = sentence.tokens[index]
        return token.kind == .punctuation && token.foldedHash == UInt64(ascii)
    }

    /// True when tokens `index` and `index + 1` are a possessive `'s` (or `’s`).
    package func isPossessive(at index: Int) -> Bool {
        isPunctuation(index, UInt8(ascii: "'")) && sentence.isWord(index + 1, "s")
    }

    /// True when a hyphen touches the words of `range` on either side ("Uzbekistan-India"); an
    /// intra-word hyphen is no token, so the bytes around the words tell.
    package func isHyphenated(_ range: Range<Int>) -> Bool {
        let bytes = sentence.utf8
        let before = sentence.tokens[range.lowerBound].start - 1
        let after = sentence.tokens[range.upperBound - 1].end
        return before >= 0 && bytes[before] == UInt8(ascii: "-") || after < bytes.count && bytes[after] == UInt8(ascii: "-")
    }

    /// True when the entity ending before token `end` qualifies a noun rather than naming a place
    /// or a party: "a Beijing-based agency", "Swiss made".
    package func isAttribute(endingAt end: Int, knowledge: Knowledge) -> Bool {
        isWord(end, .attributeSuffix, knowledge) || isPunctuation(end, UInt8(ascii: "-")) && isWord(end + 1, .attributeSuffix, knowledge)
    }

    /// True when token `index` ends a clause: `;`, `:`, `(`, `)`, a dash or the sentence's end.
    package func isClauseBreak(_ index: Int) -> Bool {
        guard index >= 0, index < tokenCount else { return true }
        let token = sentence.tokens[index]
        guard token.kind == .punctuation, token.foldedHash < 128 else { return false }
        switch UInt8(token.foldedHash) {
        case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"): return true
        default: return false
        }
    }

    /// True when the word at `token` is a currency name of the value lexicon: a place right
    /// before it names the currency ("Hong Kong dollars"), not the place.
    package func namesCurrency(after token: Int, knowledge: Knowledge) -> Bool {
        token < tokenCount && sentence.tokens[token].kind == .word
            && knowledge.lexicon.values.isCurrencyWord(foldedHash: sentence.tokens[token].foldedHash)
    }

    /// True when token `index` is a word the lexicon spells for `role`.
    @inline(__always)
    package func isWord(_ index: Int, _ role: RuleWord, _ knowledge: Knowledge) -> Bool {
        knowledge.lexicon.isWord(sentence, index, role)
    }

    /// The countries named in `range` (by name, adjective, city or leader), each once, in order;
    /// a country name that is part of a currency's name is none.
    package func countries(in range: Range<Int>, knowledge: Knowledge, includeLeaders: Bool = true) -> [String] {
        var codes: [String] = []
        for match in entities where match.tokenStart >= range.lowerBound && match.tokenStart < range.upperBound {
            if case .leader = match.value, !includeLeaders { continue }
            // "50 billion U.S. dollars", "Hong Kong dollars": a currency, not the country.
            if namesCurrency(after: match.tokenEnd, knowledge: knowledge) { continue }
            if let code = knowledge.country(of: match.value), !codes.contains(code) { codes.append(code) }
        }
        return codes
    }
}
