import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// Visits whose place the sentence gives only through the leader met there: "during his visit,
/// A will meet his Kenyan counterpart B", "A has met Kenya's president on a regional visit".
extension VisitExtractor {
    /// Tokens after a meeting word within which the leader met is named.
    static let counterpartWindow = 24
    /// Tokens either side of a meeting word within which a word of distance ("phone") makes it no visit.
    static let remoteWindow = 4

    /// For a visit word with no place: the country of the first leader named after a meeting word
    /// of the sentence (a leader's name, or a country with a title or "counterpart" after it), and
    /// the token of that meeting word. A meeting at a distance ("talks by phone") gives none, and
    /// so does "the visit", which points back at a visit named before.
    func counterpartHosts(_ analysis: SentenceAnalysis, trigger: Int, context: ArticleContext) -> (hosts: Hosts, meeting: Int)? {
        // "during the visit" points back at a visit the article has placed already.
        guard !((trigger - 3)..<trigger).contains(where: { analysis.isWord($0, .definite, knowledge) }) else { return nil }
        let traveller = analysis.entities.last { entity in
            if case .leader = entity.value { return entity.tokenEnd <= trigger }
            return false
        }
        let travellerCountry = traveller.flatMap { entity -> String? in
            if case .leader(let index) = entity.value { return leaderCountry(index, context: context) }
            return nil
        }
        for match in analysis.tags where match.tokenStart != trigger && match.value.contains(.visitMeeting) {
            guard !isRemote(analysis, match) else { continue }
            var position = match.tokenEnd
            let end = min(analysis.tokenCount, match.tokenEnd + Self.counterpartWindow)
            while position < end, !analysis.isClauseBreak(position) {
                guard let entity = analysis.entity(at: position) else {
                    position += 1
                    continue
                }
                var country: String?
                switch entity.value {
                case .leader(let index) where !isFormer(analysis, entity.tokenStart):
                    country = leaderCountry(index, context: context)
                case .country(let code), .adjective(let code):
                    let titleWords = analysis.tokens(from: entity.tokenEnd, upTo: entity.tokenEnd + 3)
                    if titleRole(analysis, in: titleWords) != nil || titleWords.contains(where: { analysis.isWord($0, .counterpart, knowledge) }) { country = code }
                default:
                    break
                }
                // "talks between A, who arrived on a visit, and B": the one who travels meets the other.
                if let country, country != travellerCountry {
                    var hosts = Hosts()
                    hosts.places = [Place(country: country, city: "")]
                    hosts.lastToken = trigger
                    return (hosts, match.tokenStart)
                }
                position = entity.tokenEnd
            }
        }
        return nil
    }

    /// "A and his visiting counterpart B", "A received the visiting B": a movement word used of the
    /// leader named right after it (a "counterpart" word between or not), with no place of its own,
    /// goes to the country of the leader named before it in the same clause, when that one is of
    /// another country.
    func attributiveHosts(_ analysis: SentenceAnalysis, movement match: PhraseMatch<[LexiconTag]>, context: ArticleContext) -> Hosts? {
        var visitorStart = match.tokenEnd
        if analysis.isWord(visitorStart, .counterpart, knowledge) { visitorStart += 1 }
        guard let visitor = analysis.entity(at: visitorStart), visitor.tokenStart == visitorStart,
              case .leader(let visitorIndex) = visitor.value else { return nil }
        let visitorCountry = leaderCountry(visitorIndex, context: context)
        guard let host = analysis.entities.last(where: { $0.tokenEnd <= match.tokenStart }),
              case .leader(let hostIndex) = host.value, !isFormer(analysis, host.tokenStart),
              !(host.tokenEnd..<match.tokenStart).contains(where: { analysis.isClauseBreak($0) }) else { return nil }
        let hostCountry = leaderCountry(hostIndex, context: context)
        guard hostCountry != visitorCountry else { return nil }
        return Hosts(places: [Place(country: hostCountry, city: "")], lastToken: match.tokenEnd - 1)
    }

    /// Tokens after a traveller's title within which the country it is of stands ("Emir of Qatar").
    static let titledCountryReach = 3

    /// "visiting Emir of Qatar Tamim held talks with Prime Minister Modi here": a title right after
    /// the movement word is the traveller's, of the country (or leader) named within a few tokens
    /// after it; the visit goes to the country of another leader the sentence names, else to where
    /// the story was filed.
    func titledTravellerHosts(_ analysis: SentenceAnalysis, movement match: PhraseMatch<[LexiconTag]>, context: ArticleContext) -> Hosts? {
        guard titleRole(analysis, in: match.tokenEnd..<(match.tokenEnd + 1)) != nil else { return nil }
        let reach = analysis.tokens(from: match.tokenEnd + 1, upTo: match.tokenEnd + 1 + Self.titledCountryReach)
        guard let titled = analysis.entities.first(where: { reach.contains($0.tokenStart) }) else { return nil }
        let traveller: String
        switch titled.value {
        case .country(let code): traveller = code
        // "the visiting Crown Prince of Abu Dhabi": a title of a city is of its country.
        case .city(_, let code): traveller = code
        case .leader(let index): traveller = leaderCountry(index, context: context)
        default: return nil
        }
        let other = analysis.entities.first { entity in
            guard case .leader(let index) = entity.value, !isFormer(analysis, entity.tokenStart) else { return false }
            return leaderCountry(index, context: context) != traveller
        }
        if let other, case .leader(let index) = other.value {
            return Hosts(places: [Place(country: leaderCountry(index, context: context), city: "")], lastToken: match.tokenEnd - 1)
        }
        return datelineHosts(analysis, meeting: match, context: context)
    }

    /// "MOSCOW, October 6 - A said at a meeting with B": a meeting held (not planned, not at a
    /// distance) in a sentence of the story's body that names no place is where the story was filed.
    func datelineHosts(_ analysis: SentenceAnalysis, meeting match: PhraseMatch<[LexiconTag]>, context: ArticleContext) -> Hosts? {
        guard let dateline = context.datelineCity, case .city(let name, let code) = dateline, !isRemote(analysis, match),
              !context.headline.contains(analysis.sentence.index), analysis.sentence.index >= context.datelineSentence,
              !analysis.hasTag(in: (match.tokenStart - 3)..<match.tokenStart, .planned) else { return nil }
        var hosts = Hosts()
        hosts.places = [Place(country: code, city: name)]
        hosts.lastToken = match.tokenEnd - 1
        return hosts
    }

    /// True when a word of distance ("phone", "video") stands near the meeting word `match`.
    func isRemote(_ analysis: SentenceAnalysis, _ match: PhraseMatch<[LexiconTag]>) -> Bool {
        let nearby = max(0, match.tokenStart - Self.remoteWindow)..<min(analysis.tokenCount, match.tokenEnd + Self.remoteWindow)
        return nearby.contains { analysis.isWord($0, .remoteMeeting, knowledge) }
    }
}
