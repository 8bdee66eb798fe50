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
    /// The phrases of two tokens or more grouped by their first two tokens (`pairKey`): `pairs`
    /// maps a pair to a range of `pairCandidates`, in the order of their group in `candidates`.
    /// A common first word ("to", "a", "joint") opens many phrases, and `longest` read every one
    /// of them to compare its second token; now it reads those whose second token is the text's.
    let pairs: HashRangeTable
    let pairCandidates: [Candidate]
    /// The phrases of one token by their hash: a range of `candidates` (the end of their group).
    let singles: HashRangeTable
    /// False when two different pairs of tokens have the same `pairKey`: then `longest` reads
    /// whole groups as before.
    let pairsExact: Bool

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
        // The phrases of two tokens or more by pair key, in group order within a key: sorting
        // (key, position in `candidates`) keeps the group order, with no dictionary of arrays.
        var keyed: [(key: UInt64, slot: Int32)] = []
        var singles = HashRangeTable(capacity: phrases.count)
        var pairsExact = true
        var slot = 0
        while slot < candidates.count {
            let candidate = candidates[slot]
            if candidate.length >= 2 {
                keyed.append((Self.pairKey(hashes[Int(candidate.start)], candidate.secondHash), Int32(slot)))
                slot += 1
            } else {
                // The phrases of one token close their group (longest first).
                let first = hashes[Int(candidate.start)]
                var end = slot + 1
                while end < candidates.count, candidates[end].length == 1, hashes[Int(candidates[end].start)] == first { end += 1 }
                singles.insert(first, Int32(slot)..<Int32(end))
                slot = end
            }
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.slot < $1.slot }
        var pairs = HashRangeTable(capacity: keyed.count)
        var pairCandidates: [Candidate] = []
        pairCandidates.reserveCapacity(keyed.count)
        var run = 0
        while run < keyed.count {
            var end = run + 1
            let opening = candidates[Int(keyed[run].slot)]
            while end < keyed.count, keyed[end].key == keyed[run].key {
                let other = candidates[Int(keyed[end].slot)]
                if hashes[Int(other.start)] != hashes[Int(opening.start)] || other.secondHash != opening.secondHash { pairsExact = false }
                end += 1
            }
            pairs.insert(keyed[run].key, Int32(pairCandidates.count)..<Int32(pairCandidates.count + end - run))
            for index in run..<end { pairCandidates.append(candidates[Int(keyed[index].slot)]) }
            run = end
        }
        self.pairs = pairs
        self.pairCandidates = pairCandidates
        self.singles = singles
        self.pairsExact = pairsExact
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

    /// The key of a phrase's first two tokens, by their hashes.
    @inline(__always)
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &+ 0x632B_E59B_D9B4_E019)
    }

    /// The longest phrase starting at token `i` of a sentence (index and token count); on equal
    /// length the first added wins.
    ///
    /// Reads the phrases of the text's first two tokens, then those of its first token alone:
    /// the same phrases in the same order as its group holds them, less those that the second
    /// token turns away.
    func longest(at i: Int, tokens: UnsafeBufferPointer<Token>, utf8: UnsafeBufferPointer<UInt8>) -> (phrase: Int, length: Int)? {
        guard pairsExact else { return longestInGroup(at: i, tokens: tokens, utf8: utf8) }
        let first = tokens[i].foldedHash
        let capitalized = tokens[i].isCapitalized
        if i + 1 < tokens.count, let range = pairs.find(Self.pairKey(first, tokens[i + 1].foldedHash)) {
            for slot in range {
                let candidate = pairCandidates[Int(slot)]
                let length = Int(candidate.length)
                guard i + length <= tokens.count, capitalized || !candidate.properNoun else { continue }
                let start = Int(candidate.start)
                var k = 2
                while k < length, tokens[i + k].foldedHash == hashes[start + k] { k += 1 }
                guard k == length else { continue }
                let phrase = Int(candidate.phrase)
                if let bytes = exact[phrase], !Self.sameBytes(bytes, tokens: tokens[i..<(i + length)], utf8: utf8) { continue }
                return (phrase, length)
            }
        }
        if let range = singles.find(first) {
            for slot in range {
                let candidate = candidates[Int(slot)]
                guard capitalized || !candidate.properNoun else { continue }
                let phrase = Int(candidate.phrase)
                if let bytes = exact[phrase], !Self.sameBytes(bytes, tokens: tokens[i..<(i + 1)], utf8: utf8) { continue }
                return (phrase, 1)
            }
        }
        return nil
    }

    /// `longest` over the whole group of the first token, each phrase's second token compared.
    func longestInGroup(at i: Int, tokens: UnsafeBufferPointer<Token>, utf8: UnsafeBufferPointer<UInt8>) -> (phrase: Int, length: Int)? {
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
