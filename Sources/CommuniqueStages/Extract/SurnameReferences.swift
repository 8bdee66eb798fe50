import CommuniqueText
import CommuniqueKnowledge

/// A person named in full once is named by the surname after that: "Prime Minister Theresa May
/// ... a meeting between May and the Crown Prince", "President Park Geun-hye ... Park said".
package enum SurnameReferences {
    /// The analyses with every later capitalised surname of a leader the article named in full
    /// (by a name of more than one word) read as that leader, in the sentences with a trigger word. A surname that is a month or
    /// weekday name counts only where it cannot be a date (no number after it, no preposition of
    /// time before it); a surname two named leaders share counts for neither.
    package static func link(_ analyses: [SentenceAnalysis], knowledge: Knowledge) -> [SentenceAnalysis] {
        var surnames: [UInt64: Int] = [:]
        var shared: Set<UInt64> = []
        var firstNamed: [Int: Int] = [:]
        for (sentence, analysis) in analyses.enumerated() {
            for match in analysis.entities where match.tokenEnd - match.tokenStart > 1 {
                guard case .leader(let index) = match.value else { continue }
                let hash = analysis.sentence.tokens[match.tokenEnd - 1].foldedHash
                guard let surname = knowledge.leaders[index].name.split(separator: " ").last,
                      Tokenizer.foldedHash(surname.utf8) == hash else { continue }
                if let other = surnames[hash], other != index { shared.insert(hash) }
                surnames[hash] = index
                firstNamed[index] = min(firstNamed[index] ?? sentence, sentence)
            }
        }
        for hash in shared { surnames[hash] = nil }
        guard !surnames.isEmpty else { return analyses }
        let values = knowledge.lexicon.values
        let earliest = firstNamed.values.min() ?? 0
        return analyses.enumerated().map { sentence, analysis in
            // Only a sentence with a trigger word is read by the rules that need people.
            guard sentence >= earliest, !analysis.tags.isEmpty else { return analysis }
            var found: [PhraseMatch<EntityRef>] = []
            let tokens = analysis.sentence.tokens
            for position in tokens.indices where tokens[position].kind == .word && tokens[position].isCapitalized {
                guard let index = surnames[tokens[position].foldedHash], let first = firstNamed[index], sentence >= first,
                      analysis.entity(at: position) == nil else { continue }
                if values.isDayName(foldedHash: tokens[position].foldedHash) {
                    let followedByNumber = position + 1 < tokens.count && tokens[position + 1].kind == .number
                    let afterPreposition = analysis.isWord(position - 1, .datePreposition, knowledge)
                    if followedByNumber || afterPreposition || position == 0 { continue }
                }
                found.append(PhraseMatch(tokenStart: position, tokenEnd: position + 1, value: .leader(index)))
            }
            return found.isEmpty ? analysis : SentenceAnalysis(analysis, adding: found)
        }
    }
}
