import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// A person named in full once is named by the surname after that: "Prime Minister Theresa May
/// ... a meeting between May and the Crown Prince", "President Park Geun-hye ... Park said".
package enum SurnameReferences {
    /// The folded hash of a name's last word, read in place ("Theresa May": "may").
    static func lastWordHash(_ name: String) -> UInt64 {
        let utf8 = name.utf8
        let start = utf8.lastIndex(of: 0x20).map { utf8.index(after: $0) } ?? utf8.startIndex
        return Tokenizer.foldedHash(utf8[start...])
    }

    /// The analyses with every later capitalised surname of a leader the article named in full
    /// (by a name of more than one word) read as that leader, in the sentences with a trigger word. A surname that is a month or
    /// weekday name counts only where it cannot be a date (no number after it, no preposition of
    /// time before it); a surname two named leaders share is the one in office on the article's
    /// date (when known and only one is), else the one named last before it ("Ilham Aliyev ...
    /// Aliyev visited ... Heydar Aliyev ... Aliyev said"). A one-word variant of another leader
    /// the article has not named in full yet (a variant "Aliyev" of Heydar Aliyev, after "Ilham
    /// Aliyev") is read as the leader it named.
    package static func link(_ analyses: [SentenceAnalysis], knowledge: Knowledge, date: PartialDate? = nil) -> [SentenceAnalysis] {
        // For each surname, the leaders named in full with it, in the order first named.
        var surnames: [UInt64: [Int]] = [:]
        var firstNamed: [Int: Int] = [:]
        for (sentence, analysis) in analyses.enumerated() {
            for match in analysis.entities where match.tokenEnd - match.tokenStart > 1 {
                guard case .leader(let index) = match.value else { continue }
                let hash = analysis.sentence.tokens[match.tokenEnd - 1].foldedHash
                guard firstNamed[index] == nil, Self.lastWordHash(knowledge.leaders[index].name) == hash else { continue }
                surnames[hash, default: []].append(index)
                firstNamed[index] = sentence
            }
        }
        guard !surnames.isEmpty else { return analyses }
        // The leader a surname names in sentence `sentence`: of those named in full before it (or
        // in it), in office on the article's date when some are, the one named last; none when
        // two were first named in the same sentence.
        let day = date.map { DateSpan(start: $0) }
        // Most surnames belong to one leader: a short list read in order (an article names a
        // few leaders), behind a 64-bit filter of the surnames' hashes that most words miss.
        let single = surnames.compactMap { hash, named in named.count == 1 ? NamedSurname(hash: hash, leader: named[0], sentence: firstNamed[named[0]] ?? .max) : nil }
        let filter = surnames.keys.reduce(into: UInt64(0)) { bits, hash in bits |= 1 << (hash & 63) }
        surnames = surnames.filter { $0.value.count > 1 }
        let shared = surnames
        let namedAt = firstNamed
        func leader(_ hash: UInt64, in sentence: Int) -> Int? {
            guard filter & (1 << (hash & 63)) != 0 else { return nil }
            if let named = single.first(where: { $0.hash == hash }) { return named.sentence <= sentence ? named.leader : nil }
            guard !shared.isEmpty, var named = shared[hash]?.filter({ (namedAt[$0] ?? .max) <= sentence }) else { return nil }
            if let day {
                let inOffice = named.filter { index in knowledge.leaders[index].terms.contains { $0.covers(day) } }
                if !inOffice.isEmpty { named = inOffice }
            }
            guard let last = named.last else { return nil }
            return named.count > 1 && namedAt[named[named.count - 2]] == namedAt[last] ? nil : last
        }
        let values = knowledge.lexicon.values
        let earliest = namedAt.values.min() ?? 0
        return analyses.enumerated().map { sentence, analysis in
            // Only a sentence with a trigger word is read by the rules that need people.
            guard sentence >= earliest, !analysis.tags.isEmpty else { return analysis }
            var found: [PhraseMatch<EntityRef>] = []
            // Copied only when a match is replaced: most sentences keep theirs.
            var replacedEntities: [PhraseMatch<EntityRef>]?
            let tokens = analysis.sentence.tokens
            for position in tokens.indices where tokens[position].kind == .word && tokens[position].isCapitalized {
                guard let index = leader(tokens[position].foldedHash, in: sentence) else { continue }
                if let existing = analysis.entity(at: position) {
                    // "Ilham Aliyev ... Aliyev said": a one-word variant of another leader the
                    // article has not named in full yet is the surname of the one it named.
                    guard existing.tokenEnd - existing.tokenStart == 1, case .leader(let other) = existing.value, other != index,
                          namedAt[other].map({ $0 > sentence }) ?? true else { continue }
                    var entities = replacedEntities ?? analysis.entities
                    guard let slot = entities.firstIndex(where: { $0.tokenStart == position }) else { continue }
                    entities[slot] = PhraseMatch(tokenStart: position, tokenEnd: position + 1, value: .leader(index))
                    replacedEntities = entities
                    continue
                }
                if values.isDayName(foldedHash: tokens[position].foldedHash) {
                    let followedByNumber = position + 1 < tokens.count && tokens[position + 1].kind == .number
                    let afterPreposition = analysis.isWord(position - 1, .datePreposition, knowledge)
                    if followedByNumber || afterPreposition || position == 0 { continue }
                }
                found.append(PhraseMatch(tokenStart: position, tokenEnd: position + 1, value: .leader(index)))
            }
            let linked = replacedEntities.map { SentenceAnalysis(analysis, entities: $0) } ?? analysis
            return found.isEmpty ? linked : SentenceAnalysis(linked, adding: found)
        }
    }

    /// A surname only one leader the article named in full has: its hash, the leader and the
    /// sentence that first named them.
    private struct NamedSurname {
        let hash: UInt64
        let leader: Int
        let sentence: Int
    }
}
