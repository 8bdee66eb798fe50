import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
/// Reads visits: a leader travelling to a country, or leaders meeting in a named place.
///
/// For a movement trigger (`visited`, `trip`, `arrived in`) the hosts are the places right after
/// it ("visited Kazakhstan, Tajikistan and Kyrgyzstan" gives three), reached directly or through
/// `to`/`in`; for a meeting trigger (`talks`, `summit`) the host is the place after `in` close to it.
/// The visitor is the leader named by `of` after the trigger, else the nearest leader before it,
/// else a "Russian President"-style title, else the leader the article is about.
package struct VisitExtractor: Sendable {
    package var knowledge: Knowledge

    package init(knowledge: Knowledge) { self.knowledge = knowledge }

    static let window = 14

    package func mentions(in analysis: SentenceAnalysis, context: ArticleContext) -> [VisitMention] {
        var found: [VisitMention] = []
        var consumedUntil = -1
        for match in analysis.tags where match.tokenStart > consumedUntil && match.value.contains(.visitHosting) {
            found += hostedVisits(analysis, trigger: match, context: context)
        }
        for match in analysis.tags where match.tokenStart > consumedUntil {
            let isMovement = match.value.contains { if case .visitMovement = $0 { return true }; if case .visitType(let type) = $0 { return type != .summit }; return false }
            let isMeeting = match.value.contains { if case .visitMeeting = $0 { return true }; if case .visitType(.summit) = $0 { return true }; return false }
            guard isMovement || isMeeting else { continue }
            let t = match.tokenStart
            if analysis.hasTag(in: (t - 3)..<t, { $0 == .negation }) { continue }
            // "... a meeting in Dushanbe in August, but that trip was called off".
            if analysis.hasTag(in: match.tokenEnd..<(match.tokenEnd + 12), { $0 == .negationAfter }) { continue }
            let hosts = isMovement ? movementHosts(analysis, after: match.tokenEnd) : meetingHosts(analysis, after: match.tokenEnd)
            guard !hosts.places.isEmpty else { continue }
            consumedUntil = hosts.lastToken
            // A meeting needs a participant named in the sentence ("the next summit will be held in X" has none).
            guard let visitor = visitor(analysis, trigger: t, after: match.tokenEnd, hosts: hosts, context: context, mayUseMainLeader: isMovement) else { continue }
            let planned = analysis.hasTag(in: (t - 3)..<t) { $0 == .planned }
            let date = visitDate(analysis, trigger: t, context: context)
            let type = visitType(analysis)
            for place in hosts.places where place.country != visitor.country {
                var mention = VisitMention(visitorCountry: visitor.country, hostCountry: place.country, sourceID: context.sourceID,
                                           evidence: analysis.sentence.text, sentenceIndex: analysis.sentence.index)
                mention.visitor = visitor.name
                mention.city = place.city
                mention.dates = date?.span
                mention.status = planned || (date?.isFuture ?? false) ? .planned : .held
                mention.visitType = type
                mention.occasion = occasion(analysis)
                if context.recordsRules {
                    mention.rule = (isMovement ? "visit: movement trigger" : "visit: meeting trigger with place") + " '\(analysis.sentence.text(t..<match.tokenEnd))', visitor by \(visitor.rule)"
                }
                found.append(mention)
            }
        }
        return found
    }

    /// "Xi Jinping hosted the leaders of Kazakhstan, ... in Xi'an", "Tokayev received Putin":
    /// the host is the leader before the trigger, the visitors the leaders or countries after it.
    func hostedVisits(_ a: SentenceAnalysis, trigger match: PhraseMatch<[LexiconTag]>, context: ArticleContext) -> [VisitMention] {
        let t = match.tokenStart
        if a.hasTag(in: (t - 3)..<t, { $0 == .negation }) { return [] }
        var hostLeader: Int?
        var k = t - 1
        while k >= max(0, t - 8), hostLeader == nil {
            if let entity = a.entity(at: k), case .leader(let index) = entity.value, !isFormer(a, entity.tokenStart) { hostLeader = index }
            k -= 1
        }
        guard let hostLeader else { return [] }
        let host = leaderCountry(hostLeader, context: context)
        let date = visitDate(a, trigger: t, context: context)
        var visitors: [(name: String, country: String)] = []
        var city = ""
        var leadersOf = false
        var k2 = match.tokenEnd
        let end = min(a.tokenCount, match.tokenEnd + 24)
        while k2 < end, !a.isClauseBreak(k2) || a.isPunctuation(k2, UInt8(ascii: "-")) {
            if a.sentence.isWord(k2, "leaders") || a.sentence.isWord(k2, "presidents") || a.sentence.isWord(k2, "heads") { leadersOf = true }
            if let entity = a.entity(at: k2) {
                switch entity.value {
                case .leader(let index):
                    let country = leaderCountry(index, context: context)
                    if country != host, !visitors.contains(where: { $0.country == country }) { visitors.append((knowledge.leaders[index].name, country)) }
                case .country(let code) where leadersOf && code != host:
                    if !visitors.contains(where: { $0.country == code }) { visitors.append((leaderName(of: code, context: context), code)) }
                case .city(let name, let code) where code == host:
                    city = name
                default:
                    break
                }
                k2 = entity.tokenEnd
                continue
            }
            k2 += 1
        }
        let planned = a.hasTag(in: (t - 3)..<t) { $0 == .planned } || (date?.isFuture ?? false)
        return visitors.map { visitor in
            var mention = VisitMention(visitorCountry: visitor.country, hostCountry: host, sourceID: context.sourceID,
                                       evidence: a.sentence.text, sentenceIndex: a.sentence.index)
            mention.visitor = visitor.name
            mention.city = city
            mention.dates = date?.span
            mention.status = planned ? .planned : .held
            mention.visitType = visitType(a)
            mention.hostLeader = knowledge.leaders[hostLeader].name
            mention.occasion = occasion(a)
            mention.rule = !context.recordsRules ? "" : "visit: hosting trigger '\(a.sentence.text(t..<match.tokenEnd))', host by the leader before it"
            return mention
        }
    }

    /// The head of state of `country` at the article's time: the one the article names, else the
    /// president in office, else the only head of state in office.
    func leaderName(of country: String, context: ArticleContext) -> String {
        guard let date = context.referenceDate else { return "" }
        let inOffice = knowledge.leaders(of: country, during: date).filter { index in
            knowledge.leaders[index].terms.contains { $0.country == country && ArticleExtractor.headOfStateRoles.contains($0.role) && $0.covers(date) }
        }
        let named = inOffice.filter { index in
            context.entities.names(leader: index)
        }
        let presidents = inOffice.filter { index in
            knowledge.leaders[index].terms.contains { $0.country == country && $0.role == "president" && $0.covers(date) }
        }
        for candidates in [named, presidents, inOffice] where candidates.count == 1 {
            return knowledge.leaders[candidates[0]].name
        }
        return ""
    }

    struct Place {
        var country: String
        var city: String
    }

    struct Hosts {
        var places: [Place] = []
        var lastToken = -1
        /// A leader named with `of` inside the host phrase ("the visit of Vladimir Putin to ...").
        var ofLeader: Int?
    }

    /// Places after a movement trigger: directly, or after `to`, `in`, `into`, `at`, in a list.
    func movementHosts(_ a: SentenceAnalysis, after start: Int) -> Hosts {
        var hosts = Hosts()
        var t = start
        var listOpen = true  // right after the trigger or after a preposition, list separator or colon
        let end = min(a.tokenCount, start + Self.window)
        while t < end {
            if let entity = a.entity(at: t) {
                switch entity.value {
                case .leader(let index):
                    if a.sentence.isWord(t - 1, "of") || a.hasTag(in: (t - 2)..<t, { if case .title = $0 { return true }; return false }) && hosts.places.isEmpty {
                        hosts.ofLeader = hosts.ofLeader ?? index
                    }
                    t = entity.tokenEnd
                    continue
                case .country(let code), .city(_, let code):
                    if listOpen {
                        if !a.hasTag(in: (t - 2)..<t, { $0 == .notHostAfter }) {
                            var city = ""
                            if case .city(let name, _) = entity.value { city = name }
                            if !hosts.places.contains(where: { $0.country == code }) { hosts.places.append(Place(country: code, city: city)) }
                        }
                        hosts.lastToken = entity.tokenEnd - 1
                        listOpen = false
                    }
                    t = entity.tokenEnd
                    continue
                case .adjective(let code):
                    // "the Kyrgyz capital"
                    if listOpen, a.sentence.isWord(entity.tokenEnd, "capital") {
                        hosts.places.append(Place(country: code, city: knowledge.countries[code]?.capital ?? ""))
                        hosts.lastToken = entity.tokenEnd
                        listOpen = false
                        t = entity.tokenEnd + 1
                        continue
                    }
                case .organisation:
                    break
                }
            }
            let token = a.sentence.tokens[t]
            if token.kind == .punctuation {
                if a.isPunctuation(t, UInt8(ascii: ",")) || a.isPunctuation(t, UInt8(ascii: ":")) {
                    if !hosts.places.isEmpty || a.isPunctuation(t, UInt8(ascii: ":")) { listOpen = true }
                } else if a.isClauseBreak(t) {
                    break
                }
            } else if a.sentence.isWord(t, "to") || a.sentence.isWord(t, "in") || a.sentence.isWord(t, "into")
                        || a.sentence.isWord(t, "at") || a.sentence.isWord(t, "and") || a.sentence.isWord(t, "the") {
                listOpen = listOpen || !a.sentence.isWord(t, "the") || a.sentence.isWord(t - 1, "to") || a.sentence.isWord(t - 1, "in")
            } else if !hosts.places.isEmpty && !a.sentence.isWord(t, "on") {
                // The list of hosts is over at the first other word once a host is found.
                if !a.isPunctuation(t - 1, UInt8(ascii: ",")) { break }
            } else if a.hasTag(in: t..<(t + 1), { if case .visitMovement = $0 { return true }; return false }) {
                break
            }
            t += 1
        }
        return hosts
    }

    /// The place after `in` within a few words of a meeting trigger ("talks with X in Bishkek").
    func meetingHosts(_ a: SentenceAnalysis, after start: Int) -> Hosts {
        var hosts = Hosts()
        let end = min(a.tokenCount, start + 8)
        var t = start
        while t < end {
            if a.isClauseBreak(t) { break }
            if a.sentence.isWord(t, "in"), let entity = a.entity(at: t + 1) {
                switch entity.value {
                case .country(let code):
                    hosts.places.append(Place(country: code, city: ""))
                case .city(let name, let code):
                    hosts.places.append(Place(country: code, city: name))
                default:
                    break
                }
                if !hosts.places.isEmpty {
                    hosts.lastToken = entity.tokenEnd - 1
                    break
                }
            }
            t += 1
        }
        return hosts
    }

    struct Visitor {
        var name: String
        var country: String
        var rule: String
    }

    func visitor(_ a: SentenceAnalysis, trigger: Int, after: Int, hosts: Hosts, context: ArticleContext, mayUseMainLeader: Bool) -> Visitor? {
        let hostCountries = Set(hosts.places.map(\.country))
        func make(_ index: Int, _ rule: String) -> Visitor? {
            let country = leaderCountry(index, context: context)
            guard !hostCountries.contains(country) else { return nil }
            return Visitor(name: knowledge.leaders[index].name, country: country, rule: rule)
        }
        if let index = hosts.ofLeader, let visitor = make(index, "'of' after the trigger") { return visitor }
        // The nearest leader before the trigger who is not from the host country.
        var t = trigger - 1
        while t >= 0 {
            if let entity = a.entity(at: t) {
                if case .leader(let index) = entity.value, !isFormer(a, entity.tokenStart), let visitor = make(index, "leader before the trigger") {
                    return visitor
                }
                t = entity.tokenStart - 1
                continue
            }
            t -= 1
        }
        // "the Russian President('s visit)": an adjective and a title before the trigger.
        t = trigger - 1
        while t >= max(0, trigger - 6) {
            if let entity = a.entity(at: t), case .adjective(let code) = entity.value, !hostCountries.contains(code),
                a.hasTag(in: entity.tokenEnd..<(entity.tokenEnd + 2), { if case .title = $0 { return true }; return false }) {
                var name = ""
                if let date = context.referenceDate, let index = knowledge.leaders(of: code, during: date, role: "president").first {
                    name = knowledge.leaders[index].name
                }
                return Visitor(name: name, country: code, rule: "country adjective and title")
            }
            t -= 1
        }
        // A leader named after the trigger but outside the host phrase ("at his talks with Putin").
        for entity in a.entities where entity.tokenStart >= after {
            if case .leader(let index) = entity.value, !isFormer(a, entity.tokenStart), let visitor = make(index, "leader after the trigger") {
                return visitor
            }
        }
        if mayUseMainLeader, let main = context.mainLeader, let visitor = make(main, "the article's main leader") { return visitor }
        return nil
    }

    func isFormer(_ a: SentenceAnalysis, _ token: Int) -> Bool {
        a.isFormer(before: token)
    }

    /// The country a leader served at the article's time (their latest term otherwise).
    func leaderCountry(_ index: Int, context: ArticleContext) -> String {
        let leader = knowledge.leaders[index]
        if let date = context.referenceDate, let term = leader.terms.first(where: { $0.covers(date) }) { return term.country }
        return leader.country
    }

    /// The date nearest the trigger that is not habitual.
    func visitDate(_ a: SentenceAnalysis, trigger: Int, context: ArticleContext) -> DateMention? {
        // "since January 2023, he has visited ..." and "his first trip since 2019" date a period, not the visit.
        let mentions = context.dates.dates(in: a.sentence).filter { mention in
            let first = a.sentence.tokenIndex(atByte: mention.range.lowerBound)
            return !mention.isHabitual && mention.span != nil && !a.sentence.isWord(first, "since") && !a.sentence.isWord(first - 1, "since")
        }
        let triggerByte = a.sentence.tokens[trigger].start
        return mentions.min(by: { abs($0.range.lowerBound - triggerByte) < abs($1.range.lowerBound - triggerByte) })
    }

    /// The first visit type the sentence names ("state visit", "summit").
    func visitType(_ a: SentenceAnalysis) -> VisitType? {
        for match in a.tags {
            for tag in match.value {
                if case .visitType(let type) = tag { return type }
            }
        }
        return nil
    }

    /// "the Eurasian Economic Union summit": an organisation right before an event word.
    func occasion(_ a: SentenceAnalysis) -> String {
        for entity in a.entities {
            guard case .organisation(let acronym) = entity.value else { continue }
            if let next = a.tagMatch(at: entity.tokenEnd), next.value.contains(where: { $0 == .event || $0 == .visitType(.summit) || $0 == .visitMeeting }) {
                return acronym + " " + a.sentence.text(next.tokenStart..<next.tokenEnd).lowercased()
            }
        }
        return ""
    }
}
