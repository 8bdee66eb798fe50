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
    func hostedByVisits(_ analysis: SentenceAnalysis, trigger match: PhraseMatch<[LexiconTag]>, context: ArticleContext, dates: () -> [DateMention]) -> [VisitMention] {
        let trigger = match.tokenStart
        if analysis.hasTag(in: (trigger - 3)..<trigger, .negation) { return [] }
        var hostLeader: Int?
        var after = match.tokenEnd
        while after < min(analysis.tokenCount, match.tokenEnd + Self.hostAfterWindow), hostLeader == nil, !analysis.isClauseBreak(after) {
            if let entity = analysis.entity(at: after), case .leader(let index) = entity.value, !isFormer(analysis, entity.tokenStart) { hostLeader = index }
            after += 1
        }
        guard let hostLeader, let date = context.referenceDate else { return [] }
        let host = leaderCountry(hostLeader, context: context)
        // The visitor: the nearest leader of another country before the phrase, in its clause;
        // else a country named with a title ("Bangladesh Prime Minister ...").
        var visitor: (name: String, country: String)?
        var before = trigger - 1
        while before >= max(0, trigger - Self.visitorBeforeWindow), visitor == nil, !analysis.isClauseBreak(before) {
            if let entity = analysis.entity(at: before) {
                switch entity.value {
                case .leader(let index) where !isFormer(analysis, entity.tokenStart):
                    let country = leaderCountry(index, context: context)
                    if country != host { visitor = (knowledge.leaders[index].name, country) }
                case .country(let code), .adjective(let code):
                    if code != host, let role = titleRole(analysis, in: analysis.tokens(from: entity.tokenEnd, upTo: entity.tokenEnd + 3)) {
                        visitor = (titleHolder(of: code, title: role, during: date, context: context), code)
                    }
                default:
                    break
                }
                before = entity.tokenStart - 1
                continue
            }
            before -= 1
        }
        guard let visitor else { return [] }
        let when = visitDate(analysis, trigger: trigger, context: context, dates: dates())
        let planned = analysis.hasTag(in: (trigger - 3)..<trigger, .planned) || (when?.isFuture ?? false)
        return [hostedMention(analysis, visitor: visitor, host: host, hostLeader: knowledge.leaders[hostLeader].name, city: "", date: when, planned: planned, context: context,
                              rule: "visit: hosted-by phrase '\(analysis.sentence.text(trigger..<match.tokenEnd))', host by the leader after it")]
    }
}
