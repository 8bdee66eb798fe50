/// Finds known phrases (names, trigger words) in tokenised text, longest match first.
///
/// Phrases are keyed by the hash of their first token in a flat open-addressing table, so a
/// look-up costs one probe per token whatever the size of the gazetteer, and neither allocates
/// nor touches reference counts. Matching is case-insensitive, with two guards for proper nouns:
/// a `properNoun` phrase must start with a capital in the text (`Turkey`, not `turkey`), and an
/// all-capitals phrase must match its exact bytes (`US`, not `us`).
public struct PhraseMatcher<Value: Sendable>: Sendable {
    /// Token hashes of every phrase, one after another.
    private var hashes: [UInt64] = []
    private var phraseStart: [Int32] = []
    private var phraseLength: [Int32] = []
    private var properNoun: [Bool] = []
    private var exact: [[UInt8]?] = []
    private var values: [Value] = []
    /// Phrase indices grouped by first-token hash: `table` maps a hash to a range of `grouped`.
    private var table = HashRangeTable()
    private var grouped: [Int32] = []

    public init() {}

    public var isEmpty: Bool { values.isEmpty }

    /// Adds `phrase`; returns false when it has no word in it.
    @discardableResult
    public mutating func add(_ phrase: String, value: Value, properNoun isProperNoun: Bool = false) -> Bool {
        var utf8 = Array(phrase.utf8)
        let tokens = utf8.withUnsafeMutableBufferPointer { Tokenizer.tokens(UnsafeBufferPointer($0)) }
        guard !tokens.isEmpty else { return false }
        let letters = phrase.unicodeScalars.filter { $0.properties.isAlphabetic }
        let isAcronym = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        phraseStart.append(Int32(hashes.count))
        phraseLength.append(Int32(tokens.count))
        hashes += tokens.map(\.foldedHash)
        properNoun.append(isProperNoun)
        exact.append(isAcronym ? tokens.flatMap { utf8[$0.start..<$0.end] } : nil)
        values.append(value)
        sealed = false
        return true
    }

    /// Whether the look-up table covers every phrase added.
    public private(set) var sealed = true

    /// Builds the look-up table; call once after the last `add` (matching before it is a programmer error).
    public mutating func seal() {
        guard !sealed else { return }
        sealed = true
        var order = Array(0..<Int32(values.count))
        order.sort { a, b in
            let ha = hashes[Int(phraseStart[Int(a)])], hb = hashes[Int(phraseStart[Int(b)])]
            return ha != hb ? ha < hb : a < b
        }
        grouped = order
        table = HashRangeTable(capacity: values.count)
        var i = 0
        while i < order.count {
            let hash = hashes[Int(phraseStart[Int(order[i])])]
            var j = i + 1
            while j < order.count, hashes[Int(phraseStart[Int(order[j])])] == hash { j += 1 }
            table.insert(hash, Int32(i)..<Int32(j))
            i = j
        }
    }

    /// Non-overlapping matches, scanning left to right and taking the longest phrase at each token.
    public func matches(in sentence: Sentence) -> [PhraseMatch<Value>] {
        var found: [PhraseMatch<Value>] = []
        var i = 0
        let count = sentence.tokens.count
        while i < count {
            if let best = longest(at: i, in: sentence) {
                found.append(best)
                i = best.tokenEnd
            } else {
                i += 1
            }
        }
        return found
    }

    /// The longest phrase starting at token `i`, if any; on equal length the first added wins.
    public func longest(at i: Int, in sentence: Sentence) -> PhraseMatch<Value>? {
        precondition(sealed, "PhraseMatcher used before seal()")
        guard let range = table.find(sentence.tokens[i].foldedHash) else { return nil }
        let tokens = sentence.tokens
        var best = -1
        var bestLength = 0
        for slot in range {
            let phrase = Int(grouped[Int(slot)])
            let length = Int(phraseLength[phrase])
            guard i + length <= tokens.count, length > bestLength else { continue }
            let start = Int(phraseStart[phrase])
            var ok = true
            var k = 1
            while k < length {
                if tokens[i + k].foldedHash != hashes[start + k] {
                    ok = false
                    break
                }
                k += 1
            }
            guard ok else { continue }
            if properNoun[phrase] && !tokens[i].isCapitalized { continue }
            if let bytes = exact[phrase], !sentence.sameBytes(bytes, tokens: i..<(i + length)) { continue }
            best = phrase
            bestLength = length
        }
        guard best >= 0 else { return nil }
        return PhraseMatch(tokenStart: i, tokenEnd: i + bestLength, value: values[best])
    }
}

/// A phrase found in a sentence: the tokens it covers and what it stands for.
public struct PhraseMatch<Value: Sendable>: Sendable {
    public var tokenStart: Int
    public var tokenEnd: Int
    public var value: Value
}

/// An open-addressing hash table from a 64-bit key to a range of indices, in flat arrays.
struct HashRangeTable: Sendable {
    private var keys: [UInt64]
    private var lower: [Int32]
    private var upper: [Int32]
    private var used: [Bool]
    private var mask: Int

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        lower = Array(repeating: 0, count: size)
        upper = Array(repeating: 0, count: size)
        used = Array(repeating: false, count: size)
        mask = size - 1
    }

    mutating func insert(_ key: UInt64, _ range: Range<Int32>) {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while used[slot] && keys[slot] != key { slot = (slot + 1) & mask }
        used[slot] = true
        keys[slot] = key
        lower[slot] = range.lowerBound
        upper[slot] = range.upperBound
    }

    @inline(__always)
    func find(_ key: UInt64) -> Range<Int32>? {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while used[slot] {
            if keys[slot] == key { return lower[slot]..<upper[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
