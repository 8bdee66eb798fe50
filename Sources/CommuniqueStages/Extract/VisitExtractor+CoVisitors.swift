import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// Leaders who meet alongside the visitor: "A and B held talks in C", "A shook hands with B at a
/// summit in C"; or who travel with the visitor: "A and B are expected in C for state visits".
/// Each is a visitor of the place when it is not their own country.
extension VisitExtractor {
    /// Tokens before the visitor's name within which a co-visitor is named.
    static let coVisitorWindow = 8

    /// The leaders named before `visitor` in its clause and joined to it by a coordinator or
    /// (for a meeting) `with`, whose country is neither a host nor the visitor's.
    func coVisitors(_ analysis: SentenceAnalysis, of visitor: Visitor, hosts: Hosts, context: ArticleContext, meeting: Bool = true) -> [Visitor] {
        guard let nameStart = visitor.nameStart else { return [] }
        var found: [Visitor] = []
        // The visitor's, the hosts' and the co-visitors' countries: a short list, only asked for membership.
        var countries = [visitor.country] + hosts.places.map(\.country)
        var joined = false
        var position = nameStart - 1
        while position >= max(0, nameStart - Self.coVisitorWindow), !analysis.isClauseBreak(position) {
            if let entity = analysis.entity(at: position) {
                if joined, case .leader(let index) = entity.value, !isFormer(analysis, entity.tokenStart) {
                    let country = leaderCountry(index, context: context)
                    if !countries.contains(country) {
                        countries.append(country)
                        found.append(Visitor(name: knowledge.leaders[index].name, country: country,
                                             rule: meeting ? "leader meeting with the visitor" : "leader named with the visitor", nameStart: entity.tokenStart))
                    }
                }
                position = entity.tokenStart - 1
                continue
            }
            if analysis.isWord(position, .coordinator, knowledge) || meeting && analysis.sentence.isWord(position, "with") { joined = true }
            position -= 1
        }
        return found
    }
}
