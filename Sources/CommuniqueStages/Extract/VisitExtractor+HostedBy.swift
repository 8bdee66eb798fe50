import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// Visits said from the visitor's side: "X was welcomed by Y", "X received a ceremonial welcome by Y".
extension VisitExtractor {
    /// Tokens after a `hosted_by` phrase within which its host leader is named.
    static let hostAfterWindow = 8
    /// Tokens before a `hosted_by` phrase within which its visitor is named.
    static let visitorBeforeWindow = 12

    /// The visit whose visitor is named before `match` (a leader, or a country with a title:
    /// "the Bangladesh Prime Minister") and whose host leader is named right after it.
    func hostedByVisits(_ a: SentenceAnalysis, trigger match: PhraseMatch<[LexiconTag]>, context: ArticleContext) -> [VisitMention] {
        let t = match.tokenStart
        if a.hasTag(in: (t - 3)..<t, { $0 == .negation }) { return [] }
        var hostLeader: Int?
        var k = match.tokenEnd
        while k < min(a.tokenCount, match.tokenEnd + Self.hostAfterWindow), hostLeader == nil, !a.isClauseBreak(k) {
            if let entity = a.entity(at: k), case .leader(let index) = entity.value, !isFormer(a, entity.tokenStart) { hostLeader = index }
            k += 1
        }
        guard let hostLeader, let date = context.referenceDate else { return [] }
        let host = leaderCountry(hostLeader, context: context)
        // The visitor: the nearest leader of another country before the phrase, in its clause;
        // else a country named with a title ("Bangladesh Prime Minister ...").
        var visitor: (name: String, country: String)?
        var j = t - 1
        while j >= max(0, t - Self.visitorBeforeWindow), visitor == nil, !a.isClauseBreak(j) {
            if let entity = a.entity(at: j) {
                switch entity.value {
                case .leader(let index) where !isFormer(a, entity.tokenStart):
                    let country = leaderCountry(index, context: context)
                    if country != host { visitor = (knowledge.leaders[index].name, country) }
                case .country(let code), .adjective(let code):
                    if code != host, let role = titleRole(a, in: entity.tokenEnd..<min(a.tokenCount, entity.tokenEnd + 3)) {
                        visitor = (titleHolder(of: code, title: role, during: date), code)
                    }
                default:
                    break
                }
                j = entity.tokenStart - 1
                continue
            }
            j -= 1
        }
        guard let visitor else { return [] }
        let when = visitDate(a, trigger: t, context: context)
        let planned = a.hasTag(in: (t - 3)..<t) { $0 == .planned } || (when?.isFuture ?? false)
        return [hostedMention(a, visitor: visitor, host: host, hostLeader: hostLeader, city: "", date: when, planned: planned, context: context,
                              rule: "visit: hosted-by phrase '\(a.sentence.text(t..<match.tokenEnd))', host by the leader after it")]
    }
}
