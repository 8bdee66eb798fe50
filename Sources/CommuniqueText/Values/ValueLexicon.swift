/// The word and sign tables of the value grammar, built once from a `ValueVocabulary` (the
/// lexicon file's `values` section) and read by the tokenizer and the parsers.
///
/// Words are keyed by a hash of their lower-cased ASCII spelling; currency signs by a hash of
/// their exact bytes, spaces between their tokens hashed as one space. A class of constants, so
/// that a recogniser or a sentence's values holds it for one reference count.
public final class ValueLexicon: Sendable {
    /// Word hash to the index of its lexeme in `lexemes`.
    let wordSlots: HashRangeTable
    let lexemes: [ValueLexeme]
    /// Sign hash to the index of its currency in `signCodes`.
    let signSlots: HashRangeTable
    let signCodes: [CurrencyCode]
    /// The most tokens a sign spans ("U.S. $" is five).
    let longestSign: Int
    /// Qualifier phrases as lexemes, longest first, so the first match is the longest.
    let qualifierPhrases: [(words: [ValueLexeme], qualifier: ValueQualifier)]
    /// The last word of each qualifier phrase: the parser reads a phrase back only after its last word.
    let qualifierLastWords: [ValueLexeme]
    /// The indices of `qualifierPhrases` by their last word, ascending: a number is read back only
    /// against the phrases that end with the word before it.
    let qualifierPhrasesEndingWith: [ValueLexeme: [Int]]
    /// The currency a currency word names after a nationality, keyed by `nationalKey`.
    let nationalCurrencies: [UInt64: CurrencyCode]
    /// What the tables were built from, for `replica()`.
    let vocabulary: ValueVocabulary
    /// The words that name a month or a weekday, "yesterday" and "day", by hash, as flags
    /// (`dayNameFlag`, `yesterdayFlag`, `dayFlag`). The rules test every word of a visit's
    /// sentences for them: this small table answers most words from its filter in an inlined
    /// test, where the grammar's word table (a call each) holds many common words ("the", "of").
    @usableFromInline let dayWords: HashBitsTable
    @usableFromInline static var dayNameFlag: UInt64 { 1 }
    @usableFromInline static var yesterdayFlag: UInt64 { 2 }
    @usableFromInline static var dayFlag: UInt64 { 4 }

    public init(_ vocabulary: ValueVocabulary) {
        self.vocabulary = vocabulary
        var lexemeOf: [UInt64: ValueLexeme] = [:]
        var order: [UInt64] = []
        func set(_ word: String, _ lexeme: ValueLexeme) {
            let key = Self.hash(word)
            if lexemeOf[key] == nil { order.append(key) }
            lexemeOf[key] = lexeme
        }
        for (word, lexeme) in vocabulary.words { set(word, lexeme) }
        // A qualifier word with no other meaning gets a number of its own.
        var terms: UInt16 = 0
        var phrases: [(words: [ValueLexeme], qualifier: ValueQualifier)] = []
        for (phrase, qualifier) in vocabulary.qualifiers {
            var words: [ValueLexeme] = []
            for word in phrase {
                if let known = lexemeOf[Self.hash(word)] {
                    words.append(known)
                } else {
                    set(word, .term(terms))
                    words.append(.term(terms))
                    terms += 1
                }
            }
            phrases.append((words, qualifier))
        }
        var wordSlots = HashRangeTable(capacity: order.count)
        var lexemes: [ValueLexeme] = []
        for key in order {
            wordSlots.insert(key, Int32(lexemes.count)..<Int32(lexemes.count + 1))
            lexemes.append(lexemeOf[key]!)
        }
        self.wordSlots = wordSlots
        self.lexemes = lexemes
        var dayWords: [UInt64: UInt64] = [:]
        for (key, lexeme) in zip(order, lexemes) {
            switch lexeme {
            case .month, .weekday: dayWords[key] = Self.dayNameFlag
            case .word(.yesterday): dayWords[key] = Self.yesterdayFlag
            case .word(.day): dayWords[key] = Self.dayFlag
            default: break
            }
        }
        self.dayWords = HashBitsTable(dayWords)

        var signSlots = HashRangeTable(capacity: vocabulary.signs.count)
        var signCodes: [CurrencyCode] = []
        var longestSign = 0
        for (sign, code) in vocabulary.signs {
            let (key, tokens) = Self.signHash(sign)
            guard tokens > 0, signSlots.find(key) == nil else { continue }
            signSlots.insert(key, Int32(signCodes.count)..<Int32(signCodes.count + 1))
            signCodes.append(code)
            longestSign = max(longestSign, tokens)
        }
        self.signSlots = signSlots
        self.signCodes = signCodes
        self.longestSign = longestSign
        // Stable: among phrases of one length, the file's order.
        let sortedPhrases = phrases.enumerated().sorted { a, b in
            a.element.words.count != b.element.words.count ? a.element.words.count > b.element.words.count : a.offset < b.offset
        }.map(\.element)
        qualifierPhrases = sortedPhrases
        qualifierLastWords = sortedPhrases.map { $0.words.last ?? .none }
        var endingWith: [ValueLexeme: [Int]] = [:]
        for (index, word) in qualifierLastWords.enumerated() { endingWith[word, default: []].append(index) }
        qualifierPhrasesEndingWith = endingWith
        var nationalCurrencies: [UInt64: CurrencyCode] = [:]
        for entry in vocabulary.nationalCurrencies {
            nationalCurrencies[Self.nationalKey(entry.nationality, entry.word)] = entry.currency
        }
        self.nationalCurrencies = nationalCurrencies
    }

    /// The same tables in new objects, so that each worker's recognisers count references on
    /// memory of their own (see `Knowledge.replica`).
    public func replica() -> ValueLexicon {
        ValueLexicon(vocabulary)
    }

    // MARK: Hashes

    /// FNV-1a over lower-cased ASCII letters.
    @inline(__always)
    static func hashStep(_ h: UInt64, _ c: UInt8) -> UInt64 {
        (h ^ UInt64(c | 0x20)) &* 0x100000001b3
    }

    /// FNV-1a over exact bytes, for signs.
    @inline(__always)
    static func exactStep(_ h: UInt64, _ c: UInt8) -> UInt64 {
        (h ^ UInt64(c)) &* 0x100000001b3
    }

    static let seed: UInt64 = 0xcbf29ce484222325

    static func hash(_ s: String) -> UInt64 {
        var h = seed
        for c in s.utf8 { h = hashStep(h, c) }
        return h
    }

    /// The hash of a sign as the tokenizer computes it over the sign's tokens, and how many tokens it has.
    static func signHash(_ sign: String) -> (hash: UInt64, tokens: Int) {
        let bytes = Array(sign.utf8)
        let tokens = bytes.withUnsafeBufferPointer { ValueTokenizer.tokenize($0, lexicon: nil) }
        return (signHash(tokens, bytes: bytes, from: 0, to: tokens.count), tokens.count)
    }

    /// The sign hash of `tokens[from..<to]`: each token's bytes, one space where tokens are apart.
    @inline(__always)
    static func signHash<Bytes: Collection<UInt8>>(_ tokens: [ValueToken], bytes: Bytes, from: Int, to: Int) -> UInt64 where Bytes.Index == Int {
        var h = seed
        for k in from..<to {
            if k > from, tokens[k].gap > 0 { h = exactStep(h, 32) }
            for i in tokens[k].start..<tokens[k].end { h = exactStep(h, bytes[i]) }
        }
        return h
    }

    // MARK: Lookups

    /// The lexeme of the word whose hash is `hash`, or `.none`.
    @inline(__always)
    func lexeme(_ hash: UInt64) -> ValueLexeme {
        guard let found = wordSlots.find(hash) else { return .none }
        return lexemes[Int(found.lowerBound)]
    }

    /// True when the word whose folded hash (`Tokenizer.foldedHash`, the same as this table's
    /// hash for words of ASCII letters) is `hash` names a currency ("dollars", "tenge").
    public func isCurrencyWord(foldedHash hash: UInt64) -> Bool {
        switch lexeme(hash) {
        case .currencyWord, .qualifiedCurrencyWord: true
        default: false
        }
    }

    static func nationalKey(_ nationality: UInt16, _ word: CurrencyCode) -> UInt64 {
        UInt64(nationality) << 32 | UInt64(word.packed)
    }

    /// The currency that `word` (a currency word's own currency) names right after nationality
    /// number `nationality`, when the lexicon gives one ("NZ dollars"); nil when it names its own.
    func currency(named word: CurrencyCode, after nationality: UInt16) -> CurrencyCode? {
        nationalCurrencies[Self.nationalKey(nationality, word)]
    }

    /// True when the word whose folded hash is `hash` is a currency's ISO code ("USD").
    public func isCurrencyCode(foldedHash hash: UInt64) -> Bool {
        if case .currencyCode = lexeme(hash) { return true }
        return false
    }

    /// The multiplier of a scale word ("million": 1e6), by its folded hash; nil for other words.
    public func scale(foldedHash hash: UInt64) -> Double? {
        if case .scale(let value, short: false) = lexeme(hash) { return value }
        return nil
    }

    /// True when the word whose folded hash is `hash` names a month or a weekday.
    @inlinable
    public func isDayName(foldedHash hash: UInt64) -> Bool {
        dayWords.bits(hash) & Self.dayNameFlag != 0
    }

    /// True when the word whose folded hash is `hash` names a day against the article's date
    /// ("yesterday").
    @inlinable
    public func isDayBeforeWord(foldedHash hash: UInt64) -> Bool {
        dayWords.bits(hash) & Self.yesterdayFlag != 0
    }

    /// True when the word whose folded hash is `hash` is the function word `word` ("day").
    @inlinable
    public func isFunctionWord(_ word: FunctionWord, foldedHash hash: UInt64) -> Bool {
        if word == .day { return dayWords.bits(hash) & Self.dayFlag != 0 }
        return lexeme(hash, isFunctionWord: word)
    }

    @usableFromInline
    func lexeme(_ hash: UInt64, isFunctionWord word: FunctionWord) -> Bool {
        lexeme(hash) == .word(word)
    }

    /// The lexeme of `word`, or `.none`.
    public func lexeme(of word: String) -> ValueLexeme { lexeme(Self.hash(word)) }

    /// The lexeme of token `index` of `sentence`, as `lexeme(of:)` gives it for the token's text,
    /// hashed from the sentence's bytes in place: the rules ask this of many tokens, and a
    /// `String` made for each one cost more than the look-up. (A token's bytes are whole
    /// characters, so its text has exactly these bytes.)
    public func lexeme(ofToken index: Int, in sentence: Sentence) -> ValueLexeme {
        let token = sentence.tokens[index]
        let hash = sentence.utf8.withUnsafeBufferPointer { bytes in
            var h = Self.seed
            for offset in token.start..<token.end { h = Self.hashStep(h, bytes[offset]) }
            return h
        }
        return lexeme(hash)
    }

    /// The currency of the sign whose hash is `hash`.
    @inline(__always)
    func sign(_ hash: UInt64) -> CurrencyCode? {
        guard let found = signSlots.find(hash) else { return nil }
        return signCodes[Int(found.lowerBound)]
    }
}
