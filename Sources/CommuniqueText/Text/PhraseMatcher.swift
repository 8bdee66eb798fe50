/// Finds known phrases (names, trigger words) in tokenised text, longest match first.
///
/// Phrases are keyed by the hash of their first token in a flat open-addressing table, so a
/// look-up costs one probe per token whatever the size of the gazetteer, and neither allocates
/// nor touches reference counts. Matching is case-insensitive, with two guards for proper nouns:
/// a `properNoun` phrase must start with a capital in the text (`Turkey`, not `turkey`), and an
/// all-capitals phrase must match its exact bytes (`US`, not `us`).
///
/// The tables live in one `PhraseStorage` object, so a copy of the matcher (as when it is read
/// out of `Knowledge` for each sentence) costs one reference count, not one per table.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// Every phrase added, in order: its token hashes, proper-noun flag, exact bytes (acronyms) and value.
    private var phrases: [(hashes: [UInt64], properNoun: Bool, exact: [UInt8]?, value: Value)] = []
    /// The look-up tables over `phrases`, rebuilt by `seal`.
    private var storage = PhraseStorage<Value>(phrases: [])

    public init() {}

    public var isEmpty: Bool { phrases.isEmpty }

    /// Adds `phrase`; returns false when it has no word in it.
    @discardableResult
    public mutating func add(_ phrase: String, value: Value, properNoun isProperNoun: Bool = false) -> Bool {
        var utf8 = Array(phrase.utf8)
        let tokens = utf8.withUnsafeMutableBufferPointer { Tokenizer.tokens(UnsafeBufferPointer($0)) }
        guard !tokens.isEmpty else { return false }
        let isAcronym = Self.isAcronym(phrase)
        phrases.append((tokens.map(\.foldedHash), isProperNoun, isAcronym ? tokens.flatMap { utf8[$0.start..<$0.end] } : nil, value))
        sealed = false
        return true
    }

    /// True when `phrase` has two letters or more and every letter is a capital ("US", "ASEAN").
    ///
    /// Counted in one pass over the scalars, an ASCII letter classed by its byte: the Unicode
    /// properties are read only for other scalars (a filtered copy of every phrase's scalars and
    /// two property look-ups per letter made the gazetteers slow to load).
    static func isAcronym(_ phrase: String) -> Bool {
        var letters = 0
        for scalar in phrase.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte &- 0x41 < 26 {
                    letters += 1
                } else if byte &- 0x61 < 26 {
                    return false
                }
            } else if scalar.properties.isAlphabetic {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            }
        }
        return letters >= 2
    }

    /// Whether the look-up table covers every phrase added.
    public private(set) var sealed = true

    /// Builds the look-up table; call once after the last `add` (matching before it is a programmer error).
    /// A sealed matcher with the same phrases whose look-up tables are new objects: workers that
    /// each hold their own do not contend on one object's reference count.
    public func replica() -> PhraseMatcher {
        var copy = self
        copy.sealed = false
        copy.seal()
        return copy
    }

    public mutating func seal() {
        guard !sealed else { return }
        sealed = true
        storage = PhraseStorage(phrases: phrases)
    }

    /// Non-overlapping matches, scanning left to right and taking the longest phrase at each token.
    public func matches(in sentence: Sentence) -> [PhraseMatch<Value>] {
        precondition(sealed, "PhraseMatcher used before seal()")
        let storage = storage
        return sentence.tokens.withUnsafeBufferPointer { tokens in
            sentence.utf8.withUnsafeBufferPointer { utf8 in
                var found: [PhraseMatch<Value>] = []
                var i = 0
                let count = tokens.count
                while i < count {
                    // Most tokens start no phrase: a lower-case word where every phrase is a proper
                    // noun, and the table's filter, both tested here in the loop, turn them away
                    // without a call to `longest`.
                    if tokens[i].isCapitalized || !storage.onlyProperNouns, storage.table.mayContain(tokens[i].foldedHash),
                       let best = storage.longest(at: i, tokens: tokens, utf8: utf8) {
                        // Room for a few at the first match: most sentences have none, and those
                        // that have one usually have more, which would grow the array one by one.
                        if found.isEmpty { found.reserveCapacity(min(8, count - i)) }
                        found.append(PhraseMatch(tokenStart: i, tokenEnd: i + best.length, value: storage.values[best.phrase]))
                        i += best.length
                    } else {
                        i += 1
                    }
                }
                return found
            }
        }
    }

    /// The longest phrase starting at token `i`, if any; on equal length the first added wins.
    public func longest(at i: Int, in sentence: Sentence) -> PhraseMatch<Value>? {
        precondition(sealed, "PhraseMatcher used before seal()")
        let storage = storage
        let best = sentence.tokens.withUnsafeBufferPointer { tokens in
            sentence.utf8.withUnsafeBufferPointer { utf8 in storage.longest(at: i, tokens: tokens, utf8: utf8) }
        }
        guard let best else { return nil }
        return PhraseMatch(tokenStart: i, tokenEnd: i + best.length, value: storage.values[best.phrase])
    }
}
