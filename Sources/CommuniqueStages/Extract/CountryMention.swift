import CommuniqueKnowledge
/// A country named in a sentence, with the grammar around it that decides its role.
package struct CountryMention: Sendable, Hashable {
    var code: String
    var token: Int
    var tokenEnd: Int
    var isAdjective: Bool
    var isLeader: Bool
    /// The word right before the mention, lower-cased ("in", "from", "to", "between").
    var preposition: String
    /// Followed by `'s`.
    var isPossessive: Bool

    /// The countries of `a` and the blocs of member countries it names, in order.
    static func all(in a: SentenceAnalysis, knowledge: Knowledge) -> [CountryMention] {
        var mentions: [CountryMention] = []
        for entity in a.entities {
            // A bloc of member countries trades as one party ("exports to the EU").
            var bloc: String?
            if case .organisation(let acronym) = entity.value, knowledge.organisations[acronym]?.members.isEmpty == false { bloc = acronym }
            guard let code = bloc ?? knowledge.country(of: entity.value), !a.namesCurrency(after: entity.tokenEnd, knowledge: knowledge) else { continue }
            var adjective = false
            var leader = false
            if case .adjective = entity.value { adjective = true }
            if case .leader = entity.value { leader = true }
            var k = entity.tokenStart - 1
            // Skip "the" between a preposition and the name ("into the Kyrgyz economy").
            if a.isWord(k, .definite, knowledge) { k -= 1 }
            let preposition = k >= 0 && a.sentence.tokens[k].kind == .word ? String(decoding: a.sentence.word(k), as: UTF8.self).lowercased() : ""
            let possessive = a.isPossessive(at: entity.tokenEnd)
            mentions.append(CountryMention(code: code, token: entity.tokenStart, tokenEnd: entity.tokenEnd, isAdjective: adjective, isLeader: leader,
                                           preposition: preposition, isPossessive: possessive))
        }
        return mentions
    }
}
