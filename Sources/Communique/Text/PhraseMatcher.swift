/// Finds known phrases (names, trigger words) in tokenised text, longest match first.
///
/// Phrases are keyed by the hash of their first token, so a look-up costs one dictionary probe
/// per token whatever the size of the gazetteer. Matching is case-insensitive, with two
/// guards for proper nouns: a `properNoun` phrase must start with a capital in the text
/// (`Turkey`, not `turkey`), and an all-capitals phrase must match its exact bytes (`US`, not `us`).
public struct PhraseMatcher<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var hashes: [UInt64]
        var exact: [UInt8]?
        var properNoun: Bool
        var value: Value
    }

    private var entries: [Entry] = []
    private var byFirstToken: [UInt64: [Int]] = [:]

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }

    /// Adds `phrase`; returns false when it has no word in it.
    @discardableResult
    public mutating func add(_ phrase: String, value: Value, properNoun: Bool = false) -> Bool {
        var utf8 = Array(phrase.utf8)
        let tokens = utf8.withUnsafeMutableBufferPointer { Tokenizer.tokens(UnsafeBufferPointer($0)) }
        guard !tokens.isEmpty else { return false }
        let letters = phrase.unicodeScalars.filter { $0.properties.isAlphabetic }
        let isAcronym = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        let entry = Entry(hashes: tokens.map(\.foldedHash), exact: isAcronym ? Self.compact(utf8, tokens) : nil,
                          properNoun: properNoun, value: value)
        byFirstToken[entry.hashes[0], default: []].append(entries.count)
        entries.append(entry)
        return true
    }

    /// Non-overlapping matches, scanning left to right and taking the longest phrase at each token.
    public func matches(in sentence: Sentence) -> [PhraseMatch<Value>] {
        var found: [PhraseMatch<Value>] = []
        var i = 0
        let tokens = sentence.tokens
        while i < tokens.count {
            if let best = longest(at: i, in: sentence) {
                found.append(best)
                i = best.tokenEnd
            } else {
                i += 1
            }
        }
        return found
    }

    /// The longest phrase starting at token `i`, if any.
    public func longest(at i: Int, in sentence: Sentence) -> PhraseMatch<Value>? {
        let tokens = sentence.tokens
        guard let candidates = byFirstToken[tokens[i].foldedHash] else { return nil }
        var best: (entry: Int, length: Int)?
        for index in candidates {
            let entry = entries[index]
            let length = entry.hashes.count
            guard i + length <= tokens.count, length > (best?.length ?? 0) else { continue }
            var ok = true
            for k in 1..<max(length, 1) where tokens[i + k].foldedHash != entry.hashes[k] {
                ok = false
                break
            }
            guard ok else { continue }
            if entry.properNoun && !tokens[i].isCapitalized { continue }
            if let exact = entry.exact, !sentence.sameBytes(exact, tokens: i..<(i + length)) { continue }
            best = (index, length)
        }
        guard let best else { return nil }
        return PhraseMatch(tokenStart: i, tokenEnd: i + best.length, value: entries[best.entry].value)
    }

    static func compact(_ utf8: [UInt8], _ tokens: [Token]) -> [UInt8] {
        tokens.flatMap { utf8[$0.start..<$0.end] }
    }
}

/// A phrase found in a sentence: the tokens it covers and what it stands for.
public struct PhraseMatch<Value: Sendable>: Sendable {
    public var tokenStart: Int
    public var tokenEnd: Int
    public var value: Value
}
