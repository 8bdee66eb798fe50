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
    static func all(in analysis: SentenceAnalysis, knowledge: Knowledge) -> [CountryMention] {
        var mentions: [CountryMention] = []
        for entity in analysis.entities {
            // A bloc of member countries trades as one party ("exports to the EU").
            var bloc: String?
            if case .organisation(let acronym) = entity.value, knowledge.organisations[acronym]?.members.isEmpty == false { bloc = acronym }
            guard let code = bloc ?? knowledge.country(of: entity.value), !analysis.namesCurrency(after: entity.tokenEnd, knowledge: knowledge) else { continue }
            var adjective = false
            var leader = false
            if case .adjective = entity.value { adjective = true }
            if case .leader = entity.value { leader = true }
            var position = entity.tokenStart - 1
            // Skip "the" between a preposition and the name ("into the Kyrgyz economy").
            if analysis.isWord(position, .definite, knowledge) { position -= 1 }
            let preposition = position >= 0 && analysis.sentence.tokens[position].kind == .word ? String(decoding: analysis.sentence.word(position), as: UTF8.self).lowercased() : ""
            let possessive = analysis.isPossessive(at: entity.tokenEnd)
            mentions.append(CountryMention(code: code, token: entity.tokenStart, tokenEnd: entity.tokenEnd, isAdjective: adjective, isLeader: leader,
                                           preposition: preposition, isPossessive: possessive))
        }
        return mentions
    }
}
