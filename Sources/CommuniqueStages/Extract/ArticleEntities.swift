import CommuniqueKnowledge
/// Every name an article mentions, in order, in one flat array.
///
/// Built once per article from its sentence analyses. The questions asked of the whole article
/// (the main leader, how often each leader is named, the only city named in a country, the two
/// countries named most) read this list, which holds only the sentences that name something,
/// instead of walking every sentence's analysis once per question, which costs reference counts
/// for every sentence, named or not.
package struct ArticleEntities: Sendable {
    let mentions: [EntityMention]

    init(mentions: [EntityMention] = []) {
        self.mentions = mentions
    }

    init(_ analyses: [SentenceAnalysis], knowledge: Knowledge) {
        var mentions: [EntityMention] = []
        for (index, analysis) in analyses.enumerated() where !analysis.entities.isEmpty {
            for match in analysis.entities {
                var isFormer = false
                if case .leader = match.value { isFormer = analysis.isFormer(before: match.tokenStart) }
                let isAttribute = analysis.isAttribute(endingAt: match.tokenEnd, knowledge: knowledge)
                mentions.append(EntityMention(sentence: index, tokenStart: match.tokenStart, entity: match.value, isFormerLeader: isFormer,
                                              isAttribute: isAttribute))
            }
        }
        self.mentions = mentions
    }

    /// How often each leader is named, not as "former".
    func leaderCounts() -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for mention in mentions where !mention.isFormerLeader {
            guard case .leader(let index) = mention.entity else { continue }
            counts[index, default: 0] += 1
        }
        return counts
    }

    /// The leader named most often, not as "former"; ties go to the first named.
    func mainLeader() -> Int? {
        var counts: [Int: (count: Int, first: Int)] = [:]
        var order = 0
        for mention in mentions where !mention.isFormerLeader {
            guard case .leader(let index) = mention.entity else { continue }
            counts[index, default: (0, order)].count += 1
            order += 1
        }
        return counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
    }

    /// True when the article names leader `index` (as "former" or not).
    func names(leader index: Int) -> Bool {
        mentions.contains { if case .leader(index) = $0.entity { return true }; return false }
    }

    /// The city of `country` the article names, when it names exactly one (not as an attribute:
    /// "a Beijing-based agency" names no place of the story).
    func onlyCity(of country: String) -> String {
        var city: String?
        for mention in mentions where !mention.isAttribute {
            guard case .city(let name, let code) = mention.entity, code == country else { continue }
            if city == nil {
                city = name
            } else if city != name {
                return ""
            }
        }
        return city ?? ""
    }

    /// The two countries named most often (names, adjectives, cities and leaders; ties: first
    /// named), or none when fewer than two are named.
    func topCountries(knowledge: Knowledge) -> [String] {
        // An article names a handful of countries: a list searched in order beats a dictionary.
        var counts: [(code: String, count: Int)] = []
        for mention in mentions {
            guard let code = knowledge.country(of: mention.entity) else { continue }
            if let index = counts.firstIndex(where: { $0.code == code }) {
                counts[index].count += 1
            } else {
                counts.append((code, 1))
            }
        }
        guard counts.count >= 2 else { return [] }
        // Most named first; among equals, the first named (the list is in order of first mention).
        var best = 0
        for index in counts.indices where counts[index].count > counts[best].count { best = index }
        var second = best == 0 ? 1 : 0
        for index in counts.indices where index != best && counts[index].count > counts[second].count { second = index }
        return [counts[best].code, counts[second].code]
    }
}
