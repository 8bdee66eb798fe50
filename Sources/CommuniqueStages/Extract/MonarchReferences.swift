import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// Monarchs named by a title and their given name: "King Abdullah", "Emir Tamim", "Crown Prince
/// Mohammed"; after that, by the given name alone ("Abdullah flew in from Beijing"). The given name is the first word of a name of the leaders table held by a monarch
/// or crown prince in office at the article's date; when two such people share it ("King
/// Abdullah" of Saudi Arabia and of Jordan in 2006), the country named right before the title
/// ("Saudi King Abdullah"), else the one the article names most, tells which. An article with no
/// date reads the given name among every monarch or crown prince of the table, the same way.
package enum MonarchReferences {
    /// Roles a monarch's title names.
    static let roles: Set<LeaderRole> = [.monarch, .crownPrince]

    /// Tokens before a title within which its country is read ("Saudi King", "the Saudi Crown Prince").
    static let countryReach = 3

    /// The analyses with every capitalised word right after a monarch's title that no name covers
    /// read as the monarch it names (in office at `date`, when it is known).
    package static func link(_ analyses: [SentenceAnalysis], knowledge: Knowledge, date: DateSpan?) -> [SentenceAnalysis] {
        guard analyses.contains(where: { analysis in
            analysis.tagKinds.contains(.title) && analysis.tags.contains { $0.value.contains(where: isMonarchTitle) }
        }) else { return analyses }
        // The monarchs of a given name in office at the article's date.
        func inOffice(_ hash: UInt64) -> [Int]? {
            let holders = (knowledge.monarchsByGivenName[hash] ?? []).filter { leader in
                knowledge.leaders[leader].terms.contains { term in roles.contains(term.role) && (date.map(term.covers) ?? true) }
            }
            return holders.isEmpty ? nil : holders
        }
        var articleCountries: [String: Int] = [:]
        for analysis in analyses {
            for entity in analysis.entities {
                switch entity.value {
                case .country(let code), .adjective(let code): articleCountries[code, default: 0] += 1
                default: break
                }
            }
        }
        // The monarch a titled given name names, from its first such mention on: "King Abdullah
        // ... Abdullah flew in from Beijing".
        var named: [UInt64: (leader: Int, sentence: Int)] = [:]
        var ambiguous: Set<UInt64> = []
        return analyses.enumerated().map { sentence, analysis in
            var found: [PhraseMatch<EntityRef>] = []
            var titled: Set<Int> = []
            for match in analysis.tags where analysis.tagKinds.contains(.title) && match.value.contains(where: isMonarchTitle) {
                // "the Sultan of Oman", "the King of Jordan": the title's holder in that country.
                if analysis.entity(at: match.tokenStart) == nil, let date, let holder = holder(of: match, analysis: analysis, knowledge: knowledge, date: date) {
                    found.append(PhraseMatch(tokenStart: match.tokenStart, tokenEnd: match.tokenEnd, value: .leader(holder)))
                    continue
                }
                let given = match.tokenEnd
                guard given < analysis.tokenCount, analysis.entity(at: given) == nil,
                      analysis.sentence.tokens[given].kind == .word, analysis.sentence.tokens[given].isCapitalized,
                      let candidates = inOffice(analysis.sentence.tokens[given].foldedHash) else { continue }
                guard let leader = choose(candidates, titleStart: match.tokenStart, analysis: analysis, knowledge: knowledge, date: date,
                                          articleCountries: articleCountries) else { continue }
                let hash = analysis.sentence.tokens[given].foldedHash
                if let earlier = named[hash], earlier.leader != leader { ambiguous.insert(hash) }
                named[hash] = named[hash] ?? (leader, sentence)
                titled.insert(given)
                found.append(PhraseMatch(tokenStart: given, tokenEnd: given + 1, value: .leader(leader)))
            }
            // Only a sentence with a trigger word is read by the rules that need people.
            if !named.isEmpty, !analysis.tags.isEmpty {
                for (position, token) in analysis.sentence.tokens.enumerated() where token.kind == .word && token.isCapitalized && !titled.contains(position) {
                    guard let earlier = named[token.foldedHash], !ambiguous.contains(token.foldedHash), earlier.sentence < sentence,
                          analysis.entity(at: position) == nil else { continue }
                    found.append(PhraseMatch(tokenStart: position, tokenEnd: position + 1, value: .leader(earlier.leader)))
                }
            }
            return found.isEmpty ? analysis : SentenceAnalysis(analysis, adding: found)
        }
    }

    /// The one person who holds the title of `match` in the country named right after it and
    /// "of" ("Sultan of Oman") at `date`; nil when the text names none or the leaders table has
    /// no one, or two.
    static func holder(of match: PhraseMatch<[LexiconTag]>, analysis: SentenceAnalysis, knowledge: Knowledge, date: DateSpan) -> Int? {
        guard analysis.means(match.tokenEnd, .of, values: knowledge.lexicon.values),
              let entity = analysis.entity(at: match.tokenEnd + 1), case .country(let code) = entity.value else { return nil }
        let titleRoles = Set(match.value.compactMap { tag -> String? in
            if case .title(let role) = tag, roleNames.contains(role) { return role }
            return nil
        })
        let holders = knowledge.leaders(of: code, during: date).filter { leader in
            knowledge.leaders[leader].terms.contains { $0.country == code && titleRoles.contains($0.role.rawValue) && $0.covers(date) }
        }
        return holders.count == 1 ? holders[0] : nil
    }

    /// The lexicon's spellings of `roles`.
    static let roleNames: Set<String> = Set(roles.map(\.rawValue))

    static func isMonarchTitle(_ tag: LexiconTag) -> Bool {
        guard case .title(let role) = tag else { return false }
        return roleNames.contains(role)
    }

    /// The one candidate, or the one of the country named right before the title, or of the
    /// country the article names most (none on a tie).
    static func choose(_ candidates: [Int], titleStart: Int, analysis: SentenceAnalysis, knowledge: Knowledge, date: DateSpan?,
                       articleCountries: [String: Int]) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        func country(of leader: Int) -> String? {
            knowledge.leaders[leader].terms.first { term in roles.contains(term.role) && (date.map(term.covers) ?? true) }?.country
        }
        for position in stride(from: titleStart - 1, through: max(0, titleStart - countryReach), by: -1) {
            guard let entity = analysis.entity(at: position), let code = knowledge.country(of: entity.value) else { continue }
            let matching = candidates.filter { country(of: $0) == code }
            if matching.count == 1 { return matching[0] }
        }
        let ranked = candidates.map { ($0, articleCountries[country(of: $0) ?? ""] ?? 0) }.sorted { $0.1 > $1.1 }
        guard let best = ranked.first, best.1 > 0, ranked.dropFirst().allSatisfy({ $0.1 < best.1 }) else { return nil }
        return best.0
    }
}
