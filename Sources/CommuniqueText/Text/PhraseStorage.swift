/// The sealed look-up tables of a `PhraseMatcher`, in one immutable object: a copy of the
/// matcher (as when it is read out of `Knowledge` for each sentence) costs one reference count,
/// not one per table, and reading the tables needs no exclusivity checks.
public final class PhraseStorage<Value: Sendable>: Sendable {
    /// Token hashes of every phrase, one after another.
    let hashes: [UInt64]
    let exact: [[UInt8]?]
    let values: [Value]
    /// The phrases grouped by first-token hash: `table` maps a hash to a range of `candidates`.
    let table: HashRangeTable
    let candidates: [Candidate]
    /// Every phrase is a proper noun (the names of the knowledge): no phrase starts at a token
    /// without a capital, so the matcher skips those tokens (most of a text) without a look-up.
    let onlyProperNouns: Bool

    init(phrases: [(hashes: [UInt64], properNoun: Bool, exact: [UInt8]?, value: Value)]) {
        // Every field of the phrases in one pass: this initialiser is generic and not specialised,
        // so each read of a phrase copies its tuple through type metadata, and a `map` per field
        // (with key paths) cost about 12,000 instructions a phrase when loading the gazetteers.
        var hashes: [UInt64] = []
        var phraseStart: [Int32] = []
        var length: [Int32] = []
        var properNouns: [Bool] = []
        var exact: [[UInt8]?] = []
        var values: [Value] = []
        phraseStart.reserveCapacity(phrases.count)
        length.reserveCapacity(phrases.count)
        properNouns.reserveCapacity(phrases.count)
        exact.reserveCapacity(phrases.count)
        values.reserveCapacity(phrases.count)
        for phrase in phrases {
            phraseStart.append(Int32(hashes.count))
            hashes += phrase.hashes
            length.append(Int32(phrase.hashes.count))
            properNouns.append(phrase.properNoun)
            exact.append(phrase.exact)
            values.append(phrase.value)
        }
        // Grouped by first token, longest first, then in the order added: the first phrase of a
        // group that matches is the longest match, ties going to the phrase added first.
        // The sort reads its keys from flat arrays: a comparison that reached into the array of
        // tuples cost a type-metadata look-up each time, which made sealing a large gazetteer slow.
        let firstHash = phraseStart.map { hashes[Int($0)] }
        var order = Array(0..<Int32(phrases.count))
        order.sort { first, second in
            let firstKey = firstHash[Int(first)], secondKey = firstHash[Int(second)]
            if firstKey != secondKey { return firstKey < secondKey }
            let firstLength = length[Int(first)], secondLength = length[Int(second)]
            return firstLength != secondLength ? firstLength > secondLength : first < second
        }
        candidates = order.map { phrase in
            let start = phraseStart[Int(phrase)]
            let count = length[Int(phrase)]
            return Candidate(secondHash: count > 1 ? hashes[Int(start) + 1] : 0, phrase: phrase, start: start, length: count,
                             properNoun: properNouns[Int(phrase)])
        }
        var table = HashRangeTable(capacity: phrases.count)
        var i = 0
        while i < order.count {
            let hash = firstHash[Int(order[i])]
            var j = i + 1
            while j < order.count, firstHash[Int(order[j])] == hash { j += 1 }
            table.insert(hash, Int32(i)..<Int32(j))
            i = j
        }
        self.hashes = hashes
        onlyProperNouns = !properNouns.isEmpty && properNouns.allSatisfy { $0 }
        self.exact = exact
        self.values = values
        self.table = table
    }

    /// What `longest` reads of a phrase of a group, side by side in group order (24 bytes): most
    /// candidates are turned away by their length, capital or second token without reading
    /// another array.
    struct Candidate: Sendable {
        /// The hash of the phrase's second token (0 for a phrase of one token).
        let secondHash: UInt64
        let phrase: Int32
        /// Where the phrase's token hashes start in `hashes`.
        let start: Int32
        let length: Int32
        let properNoun: Bool
    }

    /// The longest phrase starting at token `i` of a sentence (index and token count); on equal
    /// length the first added wins.
    func longest(at i: Int, tokens: UnsafeBufferPointer<Token>, utf8: UnsafeBufferPointer<UInt8>) -> (phrase: Int, length: Int)? {
        guard let range = table.find(tokens[i].foldedHash) else { return nil }
        let capitalized = tokens[i].isCapitalized
        for slot in range {
            let candidate = candidates[Int(slot)]
            let length = Int(candidate.length)
            guard i + length <= tokens.count, capitalized || !candidate.properNoun else { continue }
            guard length < 2 || tokens[i + 1].foldedHash == candidate.secondHash else { continue }
            let phrase = Int(candidate.phrase)
            let start = Int(candidate.start)
            var ok = true
            var k = 2
            while k < length {
                if tokens[i + k].foldedHash != hashes[start + k] {
                    ok = false
                    break
                }
                k += 1
            }
            guard ok else { continue }
            if let bytes = exact[phrase], !Self.sameBytes(bytes, tokens: tokens[i..<(i + length)], utf8: utf8) { continue }
            // Longest first within a group: the first match is the answer.
            return (phrase, length)
        }
        return nil
    }

    /// True when the bytes of `tokens`, one after another, are exactly `expected`.
    static func sameBytes(_ expected: [UInt8], tokens: Slice<UnsafeBufferPointer<Token>>, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        for token in tokens {
            for b in utf8[token.start..<token.end] {
                guard k < expected.count, expected[k] == b else { return false }
                k += 1
            }
        }
        return k == expected.count
    }
}
