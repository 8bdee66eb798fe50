import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
/// Reads visits: a leader travelling to a country, or leaders meeting in a named place.
///
/// For a movement trigger (`visited`, `trip`, `arrived in`) the hosts are the places right after
/// it ("visited Kazakhstan, Tajikistan and Kyrgyzstan" gives three), reached directly or through
/// `to`/`in`; for a meeting trigger (`talks`, `summit`) the host is the place after `in` close to it.
/// The visitor is the leader named by `of` after the trigger, else the nearest leader before it,
/// else a "Russian President"-style title, else the leader the article is about. At a meeting,
/// leaders joined to the visitor before it ("A and B held talks in C") visit the place too.
package struct VisitExtractor: Sendable {
    package var knowledge: Knowledge
    /// An article's two mentions of one visit may lie this many days apart.
    package var mergeWithinDays = VisitExtractor.defaultMergeWithinDays

    package init(knowledge: Knowledge) { self.knowledge = knowledge }

    static let window = 14

    /// The visits a sentence reports. `meetingPlace` is the place of the previous sentence's
    /// meeting that named no participant ("A meeting of the council took place in Minsk."); a
    /// meeting word of this sentence with no place of its own takes it ("A and B held a meeting
    /// in a narrow format."), and this sentence's own such place replaces it. `previousVisitor` is
    /// the traveller of the visit reported last, at most `pronounReach` sentences before: "He"
    /// opening this sentence may be that person. `dates` gives the sentence's dates, parsed once
    /// for every extractor that reads them.
    package func mentions(in analysis: SentenceAnalysis, context: ArticleContext, dates: () -> [DateMention], meetingPlace: inout Hosts?,
                          previousVisitor: Visitor? = nil) -> [VisitMention] {
        let previousMeetingPlace = meetingPlace
        meetingPlace = nil
        var found: [VisitMention] = []
        // The sentence's visit a meeting word reported ("A met B in C"), by index into `found`.
        var metAt: Int?
        var consumedUntil = -1
        // Each pass over the tags runs only when the sentence has a tag of its kind.
        let kinds = analysis.tagKinds
        let hostingTags = kinds.contains(.visitHosting) ? analysis.tags : []
        for match in hostingTags where match.tokenStart > consumedUntil && match.value.contains(.visitHosting) {
            // "X received a ceremonial welcome by Y": the passive phrase after it names the host.
            if analysis.tags.contains(where: { $0.value.contains(.visitHostedBy) && $0.tokenStart > match.tokenStart && $0.tokenStart <= match.tokenEnd + 4 }) {
                continue
            }
            // "X was welcomed to the capital on Monday by Y": a hosting verb in the passive, with "by"
            // after it, is said from the visitor's side.
            if analysis.isWord(match.tokenStart - 1, .passiveAuxiliary, knowledge) {
                if analysis.tokens(from: match.tokenEnd, upTo: match.tokenEnd + Self.hostAfterWindow).contains(where: { analysis.sentence.isWord($0, "by") }) {
                    found += hostedByVisits(analysis, trigger: match, context: context, dates: dates)
                }
                // "X was received with honors at the Great Hall": with no "by", the subject is the
                // guest, never a host of the leaders named after it.
                continue
            }
            let hosted = hostedVisits(analysis, trigger: match, context: context, dates: dates, previousPlace: previousMeetingPlace)
            found += hosted.visits
            // "Xi hosted a banquet in Tianjin." names the place of the guests the next sentence lists.
            if hosted.visits.isEmpty, let place = hosted.place { meetingPlace = Hosts(places: [place]) }
        }
        let hostedByTags = kinds.contains(.visitHostedBy) ? analysis.tags : []
        for match in hostedByTags where match.value.contains(.visitHostedBy) {
            found += hostedByVisits(analysis, trigger: match, context: context, dates: dates)
        }
        guard !kinds.isDisjoint(with: [.visitMovement, .visitMeeting, .visitType]) else { return found }
        for match in analysis.tags where match.tokenStart > consumedUntil {
            let isMovement = match.value.contains { if case .visitMovement = $0 { return true }; if case .visitType(let type) = $0 { return type != .summit }; return false }
            let isMeeting = match.value.contains { if case .visitMeeting = $0 { return true }; if case .visitType(.summit) = $0 { return true }; return false }
            guard isMovement || isMeeting else { continue }
            let trigger = match.tokenStart
            if analysis.hasTag(in: (trigger - 3)..<trigger, .negation) { continue }
            // "... a meeting in Dushanbe in August, but that trip was called off".
            if analysis.hasTag(in: match.tokenEnd..<(match.tokenEnd + 12), .negationAfter) { continue }
            // "his China visit": a place right before the trigger is the host.
            // "the Geneva talks" meet in a city; "Syria talks" are about a country.
            let citiesOnly = !isMovement && !match.value.contains(.visitType(.summit))
            // "Xi's Southeast Asia Tour: Response to U.S. Tariffs": a region right before a movement
            // word is where it goes, no country ("the China-Central Asia summit in Xi'an" meets in a place).
            if isMovement, trigger > 0, let before = analysis.entity(at: trigger - 1), case .region = before.value { continue }
            var hosts = hostsBefore(analysis, trigger: trigger, adjacentOnly: true, citiesOnly: citiesOnly)
            // "as visiting Emir of Qatar Tamim held talks with Modi here": a title right after the
            // movement word names the traveller and his country, not the place he went to.
            if hosts.places.isEmpty, isMovement, let titled = titledTravellerHosts(analysis, movement: match, context: context) { hosts = titled }
            if hosts.places.isEmpty { hosts = isMovement ? movementHosts(analysis, after: match.tokenEnd) : meetingHosts(analysis, after: match.tokenEnd) }
            // "Tashkent (AFP) - Moon ... during a week-long tour of Central Asia": a trip to a region
            // is, that day, where the story was filed (not a place named before the trip).
            var regionByDateline = false
            if hosts.places.isEmpty, isMovement, namesRegionAfter(analysis, movement: match),
               let dateline = datelineHosts(analysis, meeting: match, context: context) {
                hosts = dateline
                regionByDateline = true
            }
            let visitorPhrase = hosts
            if hosts.places.isEmpty { hosts = hostsBefore(analysis, trigger: trigger, citiesOnly: citiesOnly) }
            if hosts.places.isEmpty, match.value.contains(where: { if case .visitType = $0 { return true }; return false }) {
                hosts = subjectHost(analysis, trigger: trigger, match: match, context: context)
            }
            if hosts.places.isEmpty, isMovement, visitorPhrase.ofLeader != nil || visitorPhrase.visitorCountryToken != nil {
                hosts = placeBefore(analysis, trigger: trigger, visitorPhrase: visitorPhrase, context: context)
                if hosts.places.isEmpty { hosts = placeHeldAfter(analysis, trigger: trigger, visitorPhrase: visitorPhrase, context: context) }
            }
            if hosts.places.isEmpty, isMovement, namesPlaceBefore(analysis, after: match.tokenEnd) {
                hosts = anaphoricPlace(analysis, trigger: trigger, context: context)
            }
            // "when X comes here on a state visit": "here" is where the story was filed.
            var placedHere = false
            if hosts.places.isEmpty, isMovement, saysHere(analysis, trigger: trigger, end: match.tokenEnd),
               let dateline = context.datelineCity, case .city(let name, let code) = dateline {
                hosts = Hosts(places: [Place(country: code, city: name)], lastToken: match.tokenEnd - 1)
                placedHere = true
            }
            // "During his visit to India, X held talks with Y": a meeting of a sentence that already
            // reported a held visit is held at that visit's place.
            var placedByDateline = regionByDateline
            if hosts.places.isEmpty, isMeeting, let earlier = found.last, earlier.status == .held {
                hosts.places = [Place(country: earlier.hostCountry, city: earlier.city)]
                hosts.lastToken = match.tokenEnd - 1
                placedByDateline = earlier.placedByDateline
            }
            if hosts.places.isEmpty, isMeeting, let previousMeetingPlace { hosts = previousMeetingPlace }
            if hosts.places.isEmpty, isMeeting, let dateline = datelineHosts(analysis, meeting: match, context: context) {
                hosts = dateline
                placedByDateline = true
            }
            var meeting: Int?
            if hosts.places.isEmpty, isMovement, let counterpart = counterpartHosts(analysis, trigger: trigger, context: context) {
                (hosts, meeting) = counterpart
            }
            if hosts.places.isEmpty, isMovement, let attributive = attributiveHosts(analysis, movement: match, context: context) {
                hosts = attributive
            }
            // "TASHKENT, March 7 -- ..., said visiting Kazakh President Tokayev": a movement word
            // used of the traveller it stands before, with no place of its own, goes to where the
            // story was filed.
            if hosts.places.isEmpty, isMovement, isAttributive(analysis, movement: match),
               let dateline = datelineHosts(analysis, meeting: match, context: context) {
                hosts = dateline
                placedByDateline = true
            }
            guard !hosts.places.isEmpty else { continue }
            consumedUntil = hosts.lastToken
            // "A left for X, where he spent six days, and then he visited Y": a pronoun right before a
            // later trigger of the sentence is the traveller of the sentence's visit before it.
            let earlierTraveller = found.last.flatMap { earlier -> Visitor? in
                guard !earlier.visitor.isEmpty, hosts.places.contains(where: { $0.country != earlier.visitorCountry }),
                      ((trigger - Self.pronounGap)..<trigger).contains(where: { analysis.isWord($0, .personalSubject, knowledge) }) else { return nil }
                return Visitor(name: earlier.visitor, country: earlier.visitorCountry, rule: "the pronoun for the sentence's earlier traveller")
            }
            // A meeting needs a participant named in the sentence ("the next summit will be held in X" has none).
            guard var visitor = earlierTraveller ?? visitor(analysis, trigger: trigger, after: match.tokenEnd, hosts: hosts, context: context,
                                                            mayUseMainLeader: isMovement, previousVisitor: previousVisitor) else {
                if isMeeting { meetingPlace = hosts }
                continue
            }
            // "A met B in C on a tour that will end with a stop in D": a leader of the country the
            // sentence's earlier visit went to is the one met there; a later trip of the sentence is
            // that visit's traveller's.
            if earlierTraveller == nil, isMovement, let met = metAt, case let earlier = found[met], !earlier.visitor.isEmpty, earlier.hostCountry == visitor.country,
               earlier.visitorCountry != visitor.country, hosts.places.allSatisfy({ $0.country != earlier.visitorCountry && $0.country != earlier.hostCountry }) {
                visitor = Visitor(name: earlier.visitor, country: earlier.visitorCountry, rule: "the traveller of the sentence's earlier visit, not the leader met there")
            }
            // "Putin to visit Kyrgyzstan": an infinitive after `to` is a plan.
            let planned = analysis.hasTag(in: (trigger - 3)..<trigger, .planned)
                || (opensInfinitiveOfPlan(analysis, at: trigger - 1) && match.value.contains(.visitInfinitive))
                || plannedByInfinitive(analysis, trigger: trigger)
                || plannedDuring(analysis, trigger: trigger)
                || plannedInClause(analysis, trigger: trigger)
                // "his first stop will be Uzbekistan": a future auxiliary right after the trigger.
                || analysis.isWord(match.tokenEnd, .futureAuxiliary, knowledge)
                || meeting.map { start in analysis.hasTag(in: (start - 3)..<start, .planned) } ?? false
            let date = visitDate(analysis, trigger: trigger, context: context, dates: dates(), placesEnd: hosts.lastToken, meeting: isMeeting)
            // "X, who lands in Mumbai Monday": a present-tense movement with a weekday of the days
            // before the article is scheduled for the next such day.
            // So is "when X comes here on a state visit Sunday": the present-tense verb a few words before the trigger.
            let presentMovement = ((trigger - Self.presentMovementReach)...trigger).contains { $0 >= 0 && analysis.isWord($0, .presentMovement, knowledge) }
            let scheduled = presentMovement && Self.ahead(date, dct: context.dct).map { $0 != date?.span } == true
            // "The previous visit to Ulaanbaatar was historic": an earlier visit the sentence does not
            // date is none the article reports.
            if date == nil, ((trigger - Self.earlierVisitReach)..<trigger).contains(where: { analysis.isWord($0, .earlierVisit, knowledge) }) { continue }
            let type = visitType(analysis)
            // Leaders meeting in a third country all visit it ("A and B held talks in C"); leaders
            // named together before a movement all travel ("A and B arrived in C").
            let visitors = [visitor] + coVisitors(analysis, of: visitor, hosts: hosts, context: context, meeting: !isMovement)
            for visitor in visitors {
                for (stop, place) in hosts.places.enumerated() where place.country != visitor.country {
                    var mention = VisitMention(visitorCountry: visitor.country, hostCountry: place.country, sourceID: context.sourceID,
                                               evidence: analysis.sentence.text, sentenceIndex: analysis.sentence.index)
                    mention.visitor = visitor.name
                    mention.city = place.city
                    mention.status = planned || scheduled || (date?.isFuture ?? false) ? .planned : .held
                    mention.dates = planned || scheduled ? Self.ahead(date, dct: context.dct) : date?.span
                    // "started a tour on Monday from A, followed by B and C": the sentence's day is the first stop's.
                    // ("... and finally to C on July 19": a date after the last stop is that stop's.)
                    if let later = hosts.laterStops, stop >= later,
                       !(date.map { analysis.sentence.tokenIndex(atByte: $0.range.lowerBound) > hosts.lastToken } ?? false) {
                        // A later stop is on a day the sentence does not give: its month at most.
                        mention.dates = mention.dates.flatMap { span in
                            span.start.month.map { DateSpan(start: PartialDate(year: span.start.year, month: $0)) }
                        }
                        mention.laterStop = true
                    }
                    // "continues a state visit on Wednesday": the day is one of the visit's days, which
                    // the article's sentences about it give (`visitDays`), not its first.
                    if context.dct != nil, ((trigger - Self.continuationReach)..<trigger).contains(where: { analysis.isWord($0, .visitContinues, knowledge) }) {
                        mention.dates = nil
                    }
                    mention.visitType = type
                    mention.occasion = occasion(analysis)
                    mention.placedByDateline = placedByDateline || placedHere
                    mention.placedByMeeting = !isMovement
                    if context.recordsRules {
                        mention.rule = (meeting != nil ? "visit: movement trigger placed by the leader met" : isMovement ? "visit: movement trigger" : "visit: meeting trigger with place") + " '\(analysis.sentence.text(trigger..<match.tokenEnd))', visitor by \(visitor.rule)"
                    }
                    // "X arrived in Uzbekistan on Wednesday for a state visit, during which he will meet
                    // ...": a later trigger of the sentence with the same traveller and host is the
                    // visit the sentence already reports, whatever its tense.
                    if found.contains(where: { $0.visitorCountry == mention.visitorCountry && $0.hostCountry == mention.hostCountry && $0.status == .held }),
                       mention.status == .planned {
                        continue
                    }
                    found.append(mention)
                    if isMeeting { metAt = found.count - 1 }
                }
            }
        }
        return found
    }

    /// True when the dash (or run of dashes) at `dash` follows a `place_group` noun ("three African
    /// countries -- ...").
    func opensPlaceList(_ analysis: SentenceAnalysis, dash: Int) -> Bool {
        var before = dash - 1
        while before >= 0, analysis.isPunctuation(before, UInt8(ascii: "-")) { before -= 1 }
        return analysis.isWord(before, .placeGroup, knowledge)
    }

    /// Tokens before a hosting trigger within which its host is named ("Xi, along with his wife
    /// Peng Liyuan, welcomed ...").
    static let hostBeforeWindow = 12
    /// Tokens after a hosting trigger within which its guests are listed (four leaders with titles).
    static let guestsAfterWindow = 40

    /// "Xi Jinping hosted the leaders of Kazakhstan, ... in Xi'an", "Tokayev received Putin":
    /// the host is the leader before the trigger, the visitors the leaders or countries after it.
    /// With no city of its own, the visits take the host's city that `previousPlace` (the previous
    /// sentence's meeting or hosting) names; with no guest, the city it names is returned as the
    /// place for the next sentence.
    func hostedVisits(_ analysis: SentenceAnalysis, trigger match: PhraseMatch<[LexiconTag]>, context: ArticleContext,
                      dates: () -> [DateMention], previousPlace: Hosts? = nil) -> (visits: [VisitMention], place: Place?) {
        let trigger = match.tokenStart
        if analysis.hasTag(in: (trigger - 3)..<trigger, .negation) { return ([], nil) }
        // "A and his host B", "a warm welcome": after an article or a possessive the word is a noun.
        if analysis.isWord(trigger - 1, .possessivePronoun, knowledge) || analysis.isWord(trigger - 1, .definite, knowledge)
            || analysis.isWord(trigger - 1, .indefinite, knowledge) {
            return ([], nil)
        }
        var hostLeader: Int?
        var before = trigger - 1
        while before >= max(0, trigger - Self.hostBeforeWindow), hostLeader == nil {
            if let entity = analysis.entity(at: before), case .leader(let index) = entity.value, !isFormer(analysis, entity.tokenStart) { hostLeader = index }
            before -= 1
        }
        let host: String
        let hostLeaderName: String
        var hostRule = "the leader before it"
        if let hostLeader {
            host = leaderCountry(hostLeader, context: context)
            hostLeaderName = knowledge.leaders[hostLeader].name
        } else if let subject = subjectCountry(analysis, before: trigger) {
            // "India has rolled out the red carpet for Putin": a country as the sentence's subject hosts.
            host = subject
            hostLeaderName = leaderName(of: subject, context: context)
            hostRule = "the subject country"
        } else if analysis.isWord(trigger, .welcomeVerb, knowledge), let place = welcomedTo(analysis, after: match.tokenEnd) {
            // "We are delighted to welcome the President of Mongolia to Moscow": the place the guest
            // is welcomed to hosts.
            host = place.country
            hostLeaderName = leaderName(of: place.country, context: context)
            hostRule = "the place welcomed to"
        } else {
            return ([], nil)
        }
        let date = visitDate(analysis, trigger: trigger, context: context, dates: dates())
        var visitors: [(name: String, country: String)] = []
        var city = ""
        var leadersOf = false
        var position = match.tokenEnd
        let end = min(analysis.tokenCount, match.tokenEnd + Self.guestsAfterWindow)
        while position < end, !analysis.isClauseBreak(position) || analysis.isPunctuation(position, UInt8(ascii: "-")) || isHonorificStop(analysis, position) {
            if analysis.isWord(position, .leaderNoun, knowledge) { leadersOf = true }
            if let entity = analysis.entity(at: position) {
                switch entity.value {
                case .leader(let index):
                    let country = leaderCountry(index, context: context)
                    if country != host, !visitors.contains(where: { $0.country == country }) { visitors.append((knowledge.leaders[index].name, country)) }
                case .country(let code) where leadersOf && code != host:
                    if !visitors.contains(where: { $0.country == code }) { visitors.append((leaderName(of: code, context: context), code)) }
                case .country(let code) where code != host && analysis.sentence.isWord(entity.tokenStart - 1, "of")
                        && titleRole(analysis, in: (entity.tokenStart - 2)..<(entity.tokenStart - 1)) != nil:
                    // "the President of Mongolia": the holder of the title.
                    let role = titleRole(analysis, in: (entity.tokenStart - 2)..<(entity.tokenStart - 1)) ?? nil
                    let name = context.referenceDate.map { titleHolder(of: code, title: role, during: $0, context: context) } ?? ""
                    if !visitors.contains(where: { $0.country == code }) { visitors.append((name, code)) }
                case .city(let name, let code) where code == host && !analysis.isAttribute(endingAt: entity.tokenEnd, knowledge: knowledge):
                    city = name
                default:
                    break
                }
                position = entity.tokenEnd
                continue
            }
            position += 1
        }
        guard !visitors.isEmpty else { return ([], city.isEmpty ? nil : Place(country: host, city: city)) }
        if city.isEmpty, let earlier = previousPlace?.places.first(where: { $0.country == host }) { city = earlier.city }
        let planned = analysis.hasTag(in: (trigger - 3)..<trigger, .planned) || (date?.isFuture ?? false)
        let visits = visitors.map { visitor in
            hostedMention(analysis, visitor: visitor, host: host, hostLeader: hostLeaderName, city: city, date: date, planned: planned, context: context,
                          rule: "visit: hosting trigger '\(analysis.sentence.text(trigger..<match.tokenEnd))', host by " + hostRule)
        }
        return (visits, nil)
    }

    /// True when token `position` is the full stop of an abbreviated title before a name ("Hon.").
    func isHonorificStop(_ analysis: SentenceAnalysis, _ position: Int) -> Bool {
        analysis.isPunctuation(position, UInt8(ascii: ".")) && analysis.isWord(position - 1, .honorific, knowledge)
            && analysis.sentence.tokens[position].start == analysis.sentence.tokens[position - 1].end
    }

    /// The country that opens the sentence as its subject ("India, the world's top buyer of ...,
    /// has ..."; "The UAE has ..."; "China hosted ..."), when it stands before `trigger` (or right
    /// before it) and no other place does.
    func subjectCountry(_ analysis: SentenceAnalysis, before trigger: Int) -> String? {
        let first = analysis.isWord(0, .definite, knowledge) ? 1 : 0
        guard let entity = analysis.entity(at: first), entity.tokenStart == first, case .country(let code) = entity.value,
              !analysis.isPossessive(at: entity.tokenEnd), entity.tokenEnd <= trigger else { return nil }
        let otherPlace = analysis.entities.contains { other in
            guard other.tokenStart >= entity.tokenEnd, other.tokenStart < trigger else { return false }
            if case .country = other.value { return true }
            if case .city = other.value { return true }
            return false
        }
        return otherPlace ? nil : code
    }

    /// A visit whose host leader the sentence names (a hosting trigger, a hosted-by phrase).
    func hostedMention(_ analysis: SentenceAnalysis, visitor: (name: String, country: String), host: String, hostLeader: String, city: String,
                       date: DateMention?, planned: Bool, context: ArticleContext, rule: @autoclosure () -> String) -> VisitMention {
        var mention = VisitMention(visitorCountry: visitor.country, hostCountry: host, sourceID: context.sourceID,
                                   evidence: analysis.sentence.text, sentenceIndex: analysis.sentence.index)
        mention.visitor = visitor.name
        mention.city = city
        mention.dates = planned ? Self.ahead(date, dct: context.dct) : date?.span
        mention.status = planned ? .planned : .held
        mention.visitType = visitType(analysis)
        mention.hostLeader = hostLeader
        mention.placedByHostLeader = city.isEmpty
        mention.occasion = occasion(analysis)
        mention.rule = context.recordsRules ? rule() : ""
        return mention
    }

    /// The place after "to" in a hosting phrase's guest list ("welcome the President of Mongolia to
    /// Moscow"), before any clause break.
    func welcomedTo(_ analysis: SentenceAnalysis, after start: Int) -> Place? {
        var position = start
        while position < min(analysis.tokenCount, start + Self.guestsAfterWindow), !analysis.isClauseBreak(position) {
            if analysis.sentence.isWord(position, "to"), let entity = analysis.entity(at: position + 1), !analysis.isPossessive(at: entity.tokenEnd),
               let place = Place(entity.value) {
                return place
            }
            position += 1
        }
        return nil
    }

    /// The head of state of `country` at the article's time: the one the article names, else the
    /// only one in office.
    /// A head of government the article names stands for a country whose head of state it does
    /// not name ("the leaders of ASEAN ... Vietnam Prime Minister Nguyen Xuan Phuc").
    func leaderName(of country: String, context: ArticleContext) -> String {
        guard let date = context.referenceDate else { return "" }
        let inOffice = knowledge.leaders(of: country, during: date, office: .headOfState)
        let named = inOffice.filter { index in
            context.entities.names(leader: index)
        }
        let namedHeadsOfGovernment = knowledge.leaders(of: country, during: date, office: .headOfGovernment).filter { context.entities.names(leader: $0) }
        for candidates in [named, named.isEmpty ? namedHeadsOfGovernment : []] where candidates.count == 1 {
            return knowledge.leaders[candidates[0]].name
        }
        // "Singapore Prime Minister Lee Hsein Loong", a name spelled otherwise: the holder of the
        // title the article gives the country's leader.
        if named.isEmpty, namedHeadsOfGovernment.isEmpty, let role = titleOfCountry(country, context: context) {
            let holder = titleHolder(of: country, title: role, during: date, context: context)
            if !holder.isEmpty { return holder }
        }
        return inOffice.count == 1 ? knowledge.leaders[inOffice[0]].name : ""
    }

    /// The title the article puts right after the country's name or adjective ("Singapore Prime
    /// Minister", "Myanmar state counsellor"), when it is a role of the leaders table.
    func titleOfCountry(_ country: String, context: ArticleContext) -> LeaderRole? {
        for analysis in context.analyses {
            for entity in analysis.entities where knowledge.country(of: entity.value) == country {
                if case .leader = entity.value { continue }
                if let role = titleRole(analysis, in: entity.tokenEnd..<(entity.tokenEnd + 1)), let role { return role }
            }
        }
        return nil
    }

    /// The holder of the office a title names ("the Russian President", "the Indian Prime
    /// Minister") in `country` during `date`: a term under that title, else the head of state.
    /// A word for any head ("the Kazakh leader") is the one head of state or government the
    /// article names, else the head of state, else the head of government (a country whose head
    /// of state the knowledge does not list).
    func titleHolder(of country: String, title: LeaderRole?, during date: DateSpan, context: ArticleContext) -> String {
        let inOffice = knowledge.leaders(of: country, during: date)
        let titled = inOffice.filter { index in
            knowledge.leaders[index].terms.contains { $0.country == country && $0.role == title && $0.covers(date) }
        }
        let heads = inOffice.filter { knowledge.holds($0, .headOfState, of: country, during: date) }
        guard title == nil else { return (titled.first ?? heads.first).map { knowledge.leaders[$0].name } ?? "" }
        let governmentHeads = inOffice.filter { knowledge.holds($0, .headOfGovernment, of: country, during: date) }
        let named = (heads + governmentHeads).filter { context.entities.names(leader: $0) }
        let holder = Set(named).count == 1 ? named.first : heads.first ?? governmentHeads.first
        return holder.map { knowledge.leaders[$0].name } ?? ""
    }

    struct Place: Sendable {
        var country: String
        var city: String

        init(country: String, city: String) {
            self.country = country
            self.city = city
        }

        /// The place a country or city names; nil for any other entity.
        init?(_ entity: EntityRef) {
            switch entity {
            case .country(let code): self.init(country: code, city: "")
            case .city(let name, let code): self.init(country: code, city: name)
            default: return nil
            }
        }
    }

    package struct Hosts: Sendable {
        var places: [Place] = []
        var lastToken = -1
        /// A leader named with `of` inside the host phrase ("the visit of Vladimir Putin to ...").
        var ofLeader: Int?
        /// The index in `places` of the first stop a sequence adverb orders after the others ("A,
        /// followed by B and then C"): a later stop, on a day the sentence does not give.
        var laterStops: Int?
        /// The first token of a country (name or adjective) named in the visitor phrase after the
        /// trigger ("the visit of the delegation from Uzbekistan", "the visit of the Kenyan President").
        var visitorCountryToken: Int?
    }

    /// Words other than prepositions and articles a movement trigger may be followed by before its place.
    static let wordsBeforeHost = 3

    /// Tokens a visitor phrase after the trigger may add to the window its place comes in.
    static let visitorPhraseReach = 12

    /// Tokens after a host within which the next item of its list may start (", and to").
    static let listItemGap = 4

    /// Places after a movement trigger: directly, or after `to`, `in`, `into`, `at`, in a list.
    func movementHosts(_ analysis: SentenceAnalysis, after start: Int) -> Hosts {
        var hosts = Hosts()
        var otherWords = 0
        var position = start
        var listOpen = true  // right after the trigger or after a preposition, list separator or colon
        var inVisitorPhrase = false  // after "of"/"by", until a preposition of place
        var visitorNamed = false  // a title or a leader seen in the visitor phrase
        // A list of places goes on past the window while its items follow one another.
        var limit = min(analysis.tokenCount, start + Self.window)
        while position < limit {
            // The visitor's phrase ("of the President of the People's Republic of China Xi Jinping")
            // does not use up the window its place may come in.
            if inVisitorPhrase {
                // "a tour by Xi that showcased ...": a relative pronoun ends the visitor's phrase and the trigger's.
                if analysis.isWord(position, .pronounSubject, knowledge) { break }
                limit = min(analysis.tokenCount, start + Self.window + Self.visitorPhraseReach, limit + 1)
            }
            if let entity = analysis.entity(at: position) {
                switch entity.value {
                case .leader(let index):
                    if inVisitorPhrase { visitorNamed = true }
                    if inVisitorPhrase || analysis.sentence.isWord(position - 1, "of") || analysis.hasTag(in: (position - 2)..<position, { if case .title = $0 { return true }; return false }) && hosts.places.isEmpty {
                        hosts.ofLeader = hosts.ofLeader ?? index
                    }
                    position = entity.tokenEnd
                    continue
                case .country(var code), .city(_, var code):
                    var end = entity.tokenEnd
                    // "to this traditional U.S. ally", "the Beijing-based agency": a place that
                    // describes something else is no host.
                    if analysis.isAttribute(endingAt: end, knowledge: knowledge) {
                        position = end
                        continue
                    }
                    // "a tour of Indonesia on Monday": a place right after "of" with no title or name after
                    // it is where the trip goes; "the visit of Kenya's President" names the visitor.
                    let rightAfterOf = analysis.sentence.isWord(position - 1, "of")
                        || analysis.sentence.isWord(position - 1, "the") && analysis.sentence.isWord(position - 2, "of")
                    if inVisitorPhrase, !visitorNamed, rightAfterOf, !namesAPerson(analysis, after: end) {
                        inVisitorPhrase = false
                        listOpen = true
                    }
                    if inVisitorPhrase, hosts.visitorCountryToken == nil, case .country = entity.value { hosts.visitorCountryToken = position }
                    if listOpen {
                        var city = ""
                        if case .city(let name, _) = entity.value { city = name }
                        // "to Kenya's neighbour, Uganda": the place the possessive leads to is the host.
                        // "with New Delhi's talks": a place that owns something else is no host.
                        if analysis.isPossessive(at: end) {
                            guard let possessed = possessedPlace(analysis, from: end + 2) else { position = end + 2; continue }
                            (code, city, end) = (possessed.place.country, possessed.place.city, possessed.end)
                        }
                        if !analysis.hasTag(in: (position - 3)..<position, .notHostAfter) {
                            if !hosts.places.contains(where: { $0.country == code }) { hosts.places.append(Place(country: code, city: city)) }
                        }
                        hosts.lastToken = end - 1
                        listOpen = false
                    }
                    position = end
                    if !hosts.places.isEmpty { limit = max(limit, min(analysis.tokenCount, position + Self.listItemGap)) }
                    continue
                case .adjective(let code):
                    if inVisitorPhrase, hosts.visitorCountryToken == nil {
                        hosts.visitorCountryToken = position
                        visitorNamed = true
                    }
                    // "the Kyrgyz capital"
                    if listOpen, analysis.isWord(entity.tokenEnd, .capitalNoun, knowledge) {
                        hosts.places.append(Place(country: code, city: knowledge.countries[code]?.capital ?? ""))
                        hosts.lastToken = entity.tokenEnd
                        listOpen = false
                        position = entity.tokenEnd + 1
                        continue
                    }
                case .organisation, .region:
                    break
                }
            }
            let token = analysis.sentence.tokens[position]
            if token.kind == .punctuation {
                if analysis.isPunctuation(position, UInt8(ascii: ",")) || analysis.isPunctuation(position, UInt8(ascii: ":")) {
                    if !hosts.places.isEmpty || analysis.isPunctuation(position, UInt8(ascii: ":")) { listOpen = true }
                    // "on the eve of the leader's visit, noted that China ...": a comma before any place
                    // ends the trigger's phrase (a visitor phrase's aside does not).
                    if hosts.places.isEmpty, !inVisitorPhrase, analysis.isPunctuation(position, UInt8(ascii: ",")) { break }
                } else if hosts.places.isEmpty, analysis.isPunctuation(position, UInt8(ascii: "-")), opensPlaceList(analysis, dash: position) {
                    // "visiting three African countries -- A, B and C": a dash after a group noun of
                    // places opens their list, as a colon does.
                    listOpen = true
                } else if analysis.isClauseBreak(position) {
                    break
                }
            } else if hosts.places.isEmpty, analysis.isWord(position, .placeGroup, knowledge), analysis.sentence.isWord(position + 1, "of") {
                // "a tour that will take him to the five Central Asian countries of A, B and C": the
                // countries after "of" are the hosts, whatever the words before the group noun.
                otherWords = 0
                listOpen = true
                position += 2
                continue
            } else if analysis.sentence.isWord(position, "to") || analysis.sentence.isWord(position, "in") || analysis.sentence.isWord(position, "into")
                        || analysis.sentence.isWord(position, "at") || analysis.sentence.isWord(position, "and") || analysis.sentence.isWord(position, "the") {
                if !analysis.sentence.isWord(position, "the") && !analysis.sentence.isWord(position, "and") { inVisitorPhrase = false }
                if !inVisitorPhrase {
                    listOpen = listOpen || !analysis.sentence.isWord(position, "the") || analysis.sentence.isWord(position - 1, "to") || analysis.sentence.isWord(position - 1, "in")
                }
            } else if !hosts.places.isEmpty && !analysis.sentence.isWord(position, "on") {
                // "to A and finally to B": a word ordering the next stop keeps the list open.
                if analysis.isWord(position, .sequenceAdverb, knowledge),
                   analysis.sentence.isWord(position - 1, "and") || analysis.isPunctuation(position - 1, UInt8(ascii: ",")) {
                    listOpen = true
                    if hosts.laterStops == nil { hosts.laterStops = hosts.places.count }
                    // "A, followed by B": the "by" of the adverb is part of it.
                    if analysis.sentence.isWord(position + 1, "by") { position += 1 }
                    limit = max(limit, min(analysis.tokenCount, position + Self.listItemGap))
                    position += 1
                    continue
                }
                // The list of hosts is over at the first other word once a host is found.
                if !analysis.isPunctuation(position - 1, UInt8(ascii: ",")) { break }
            } else if analysis.hasTag(in: position..<(position + 1), { if case .visitMovement = $0 { return true }; return false }) {
                break
            } else if hosts.places.isEmpty, analysis.isWord(position, .sequel, knowledge) {
                // "the trip comes shortly after X and Y signed": what follows is another event.
                break
            } else if hosts.places.isEmpty, position == start, analysis.isWord(position, .visitorMarker, knowledge) {
                // "the visit of the Kenyan President to Japan": who travels comes first, then where;
                // the visitor's words do not count against the place ("toured parts of X" is no such phrase).
                listOpen = false
                inVisitorPhrase = true
            } else if hosts.places.isEmpty, !analysis.sentence.isWord(position, "on") {
                // "visit to neighbouring X" reaches its place; "visit sees trade deals, Syria talks"
                // and "the trip comes shortly after X signed" have said something else first.
                if !inVisitorPhrase { otherWords += 1 }
                if inVisitorPhrase, titleRole(analysis, in: position..<(position + 1)) != nil { visitorNamed = true }
                if otherWords > Self.wordsBeforeHost { break }
            }
            position += 1
        }
        return hosts
    }

    /// "The forum was held in Nairobi on the eve of the visit of the President of Uganda": a visit
    /// whose visitor the phrase after the trigger names, with no place after it, is to the one
    /// country the sentence names before the trigger other than the visitor's (its city when named).
    func placeBefore(_ analysis: SentenceAnalysis, trigger: Int, visitorPhrase: Hosts, context: ArticleContext) -> Hosts {
        guard let visitorCountry = visitorCountry(of: visitorPhrase, analysis, context: context),
              let place = solePlace(analysis, before: trigger, excluding: [visitorCountry]) else { return visitorPhrase }
        var hosts = visitorPhrase
        hosts.places = [place]
        hosts.lastToken = trigger
        return hosts
    }

    /// Tokens before a movement word within which "here" stands for its place ("comes here on a state visit").
    static let hereReach = 5

    /// Tokens before a visit word within which a present-tense verb of movement schedules it
    /// ("comes here on a state visit on Sunday").
    static let presentMovementReach = 7
    /// Tokens before a visit word within which a continuation verb stands ("continues a state visit").
    static let continuationReach = 4

    /// True when a `place_here` word stands right after the trigger or a few words before it, in its clause.
    func saysHere(_ analysis: SentenceAnalysis, trigger: Int, end: Int) -> Bool {
        if analysis.isWord(end, .placeHere, knowledge) { return true }
        var position = trigger - 1
        while position >= max(0, trigger - Self.hereReach), !analysis.isClauseBreak(position) {
            if analysis.isWord(position, .placeHere, knowledge) { return true }
            position -= 1
        }
        return false
    }

    /// True when "to the country" or "to that country" (a `place_anaphor` word) follows the
    /// trigger, or follows it after up to two plain words ("the first visit ever made to that country").
    func namesPlaceBefore(_ analysis: SentenceAnalysis, after end: Int) -> Bool {
        for to in end...(end + Self.anaphorGap) {
            if analysis.sentence.isWord(to, "to") {
                return (analysis.sentence.isWord(to + 1, "the") || analysis.isWord(to + 1, .demonstrative, knowledge)) && analysis.isWord(to + 2, .placeAnaphor, knowledge)
            }
            guard to < analysis.tokenCount, analysis.sentence.tokens[to].kind == .word, analysis.entity(at: to) == nil, analysis.tagMatch(at: to) == nil else { return false }
        }
        return false
    }

    /// Plain words between a trigger and "to the country" ("ever made").
    static let anaphorGap = 2

    /// "Agreements were signed in Tashkent during the Kazakh President's visit to the country": the
    /// one country the sentence names before the trigger, other than those of the leaders and
    /// nationalities it names (its city when named), is where "the country" is.
    func anaphoricPlace(_ analysis: SentenceAnalysis, trigger: Int, context: ArticleContext) -> Hosts {
        var travellers: Set<String> = []
        for entity in analysis.entities {
            switch entity.value {
            case .leader(let index): travellers.insert(leaderCountry(index, context: context))
            case .adjective(let code): travellers.insert(code)
            default: continue
            }
        }
        guard let place = solePlace(analysis, before: trigger, excluding: travellers) else { return Hosts() }
        return Hosts(places: [place], lastToken: trigger + 2)
    }

    /// The one country the sentence names before `trigger` other than those `excluded` (its city
    /// when named); nil when it names none or two.
    func solePlace(_ analysis: SentenceAnalysis, before trigger: Int, excluding excluded: Set<String>) -> Place? {
        var place: Place?
        for entity in analysis.entities where entity.tokenEnd <= trigger {
            guard let named = Place(entity.value), !excluded.contains(named.country) else { continue }
            guard place == nil || place?.country == named.country else { return nil }
            if place?.city.isEmpty ?? true { place = named }
        }
        return place
    }

    /// The country of the visitor a phrase after the trigger names: its leader's, else its country's.
    func visitorCountry(of visitorPhrase: Hosts, _ analysis: SentenceAnalysis, context: ArticleContext) -> String? {
        if let index = visitorPhrase.ofLeader { return leaderCountry(index, context: context) }
        guard let token = visitorPhrase.visitorCountryToken, let entity = analysis.entity(at: token) else { return nil }
        return knowledge.country(of: entity.value)
    }

    /// "As part of the state visit of the President of Kazakhstan X, a forum was held in Dushanbe":
    /// a visit whose visitor the phrase after the trigger names, with no place before or in it,
    /// is to the first place after "in" later in the sentence that is not the visitor's.
    func placeHeldAfter(_ analysis: SentenceAnalysis, trigger: Int, visitorPhrase: Hosts, context: ArticleContext) -> Hosts {
        guard let visitorCountry = visitorCountry(of: visitorPhrase, analysis, context: context) else { return visitorPhrase }
        // Not past a relative pronoun: "a tour by X that showcased ... in Washington".
        let end = ((trigger + 1)..<analysis.tokenCount).first { analysis.isWord($0, .pronounSubject, knowledge) } ?? analysis.tokenCount
        for entity in analysis.entities where entity.tokenStart > trigger && entity.tokenStart < end && analysis.sentence.isWord(entity.tokenStart - 1, "in") {
            guard let place = Place(entity.value), place.country != visitorCountry,
                  !analysis.isAttribute(endingAt: entity.tokenEnd, knowledge: knowledge) else { continue }
            var hosts = visitorPhrase
            hosts.places = [place]
            hosts.lastToken = trigger
            return hosts
        }
        return visitorPhrase
    }

    /// True when a possessive, a title or a leader's name follows the place ending at `end`
    /// ("Kenya's President", "Kenya President William Ruto").
    func namesAPerson(_ analysis: SentenceAnalysis, after end: Int) -> Bool {
        if analysis.isPossessive(at: end) || titleRole(analysis, in: end..<(end + 2)) != nil { return true }
        if let next = analysis.entity(at: end), case .leader = next.value { return true }
        return false
    }

    /// Tokens after a possessive place within which the place it leads to may be named.
    static let possessedWindow = 6

    /// The place named a few words after a possessive, in the same phrase: "Kenya's neighbour,
    /// Uganda" names Uganda, "China's southern city of Guangzhou" Guangzhou. A coordinator, another
    /// name or the clause's end closes the phrase.
    func possessedPlace(_ analysis: SentenceAnalysis, from start: Int) -> (place: Place, end: Int)? {
        var position = start
        while position < min(analysis.tokenCount, start + Self.possessedWindow), !analysis.isClauseBreak(position), !analysis.isWord(position, .coordinator, knowledge) {
            // "New Delhi's talks with the U.S.": the possessive owns an event, not a place.
            if analysis.hasTag(in: position..<(position + 1), { $0 == .visitMeeting || $0 == .visitMovement }) { return nil }
            if let entity = analysis.entity(at: position) {
                switch entity.value {
                case .country(let code): return (Place(country: code, city: ""), entity.tokenEnd)
                case .city(let name, let code): return (Place(country: code, city: name), entity.tokenEnd)
                default: return nil
                }
            }
            position += 1
        }
        return nil
    }

    /// Linking words a place after `in` may stand before the trigger ("in New Delhi yesterday on a
    /// historic four-day visit").
    static let visitLinkReach = 7

    /// The place right before the trigger ("his China visit"), or after `in` a few linking
    /// words before it ("who was in Tashkent on a state visit"), for a trigger with no place after
    /// it. With `citiesOnly`, a country right before the trigger is none ("Syria talks" are about it).
    func hostsBefore(_ analysis: SentenceAnalysis, trigger: Int, adjacentOnly: Bool = false, citiesOnly: Bool = false) -> Hosts {
        var hosts = Hosts()
        var position = trigger - 1
        var linking = 0
        while !adjacentOnly, position >= 0, linking < Self.visitLinkReach, analysis.entity(at: position) == nil, analysis.isWord(position, .visitLink, knowledge) {
            position -= 1
            linking += 1
        }
        // "signed in Dar es Salaam ... X, who was in the country for a state visit": "in the
        // country" is the place the sentence put something in before it.
        if linking > 0, analysis.isWord(position, .placeAnaphor, knowledge), analysis.sentence.isWord(position - 2, "in"),
           analysis.sentence.isWord(position - 1, "the") || analysis.isWord(position - 1, .demonstrative, knowledge),
           let place = locativePlace(analysis, before: position - 2) {
            hosts.places = [place]
            hosts.lastToken = trigger
            return hosts
        }
        // "who is here in the Tajik capital on a state visit": the capital of the adjective's country.
        if linking > 0, analysis.isWord(position, .capitalNoun, knowledge), let adjective = analysis.entity(at: position - 1),
           case .adjective(let code) = adjective.value, analysis.sentence.isWord(adjective.tokenStart - 1, "the"),
           analysis.sentence.isWord(adjective.tokenStart - 2, "in") {
            hosts.places = [Place(country: code, city: knowledge.countries[code]?.capital ?? "")]
            hosts.lastToken = trigger
            return hosts
        }
        guard position >= 0, let entity = analysis.entity(at: position), linking == 0 || analysis.sentence.isWord(entity.tokenStart - 1, "in") else { return hosts }
        // "the Japan-Sri Lanka Summit Meeting": the second of a hyphenated pair of places names a
        // party of the meeting, not where it is.
        let start = analysis.sentence.tokens[entity.tokenStart].start
        if start > 0, analysis.sentence.utf8[start - 1] == UInt8(ascii: "-"), entity.tokenStart > 0,
           let paired = analysis.entity(at: entity.tokenStart - 1), Place(paired.value) != nil {
            return hosts
        }
        // "the Sultan of Oman came to India", "King Abdullah of Jordan arrived in": a place after
        // "of" and a person or a title is the visitor's country, not where the visit goes.
        let of = entity.tokenStart - 1
        if analysis.means(of, .of, values: knowledge.lexicon.values),
           analysis.entity(at: of - 1).map({ if case .leader = $0.value { return true }; return false }) ?? false
            || analysis.tagMatch(endingAt: of, .title) != nil {
            return hosts
        }
        switch entity.value {
        case .country(let code):
            if citiesOnly, linking == 0 { return hosts }
            hosts.places = [Place(country: code, city: "")]
        case .city(let name, let code): hosts.places = [Place(country: code, city: name)]
        default: return hosts
        }
        if analysis.hasTag(in: (entity.tokenStart - 3)..<entity.tokenStart, .notHostAfter) { return Hosts() }
        hosts.lastToken = trigger
        return hosts
    }

    /// The last place the sentence names right after "in" before token `end` ("signed in Tashkent").
    func locativePlace(_ analysis: SentenceAnalysis, before end: Int) -> Place? {
        analysis.entities.last { $0.tokenEnd <= end && analysis.sentence.isWord($0.tokenStart - 1, "in") && Place($0.value) != nil }
            .flatMap { Place($0.value) }
    }

    /// "Russia and Kazakhstan wrapped up Putin's state visit": with no place near a leader's
    /// visit-type trigger, the one country named before it that is not the visitor's is the host.
    func subjectHost(_ analysis: SentenceAnalysis, trigger: Int, match: PhraseMatch<[LexiconTag]>, context: ArticleContext) -> Hosts {
        // Only a visit named as a leader's ("Putin's two-day state visit").
        guard ((trigger - 3)..<trigger).contains(where: { position in
            analysis.sentence.isWord(position, "s") && analysis.isPunctuation(position - 1, UInt8(ascii: "'")) || analysis.sentence.isWord(position, "s") && analysis.entity(at: position - 2) != nil
        }) else { return Hosts() }
        var countries: [String] = []
        for entity in analysis.entities where entity.tokenEnd <= trigger {
            if case .country(let code) = entity.value, !countries.contains(code) { countries.append(code) }
        }
        guard countries.count <= 2 else { return Hosts() }
        for code in countries {
            var hosts = Hosts()
            hosts.places = [Place(country: code, city: "")]
            hosts.lastToken = match.tokenEnd - 1
            guard let visitor = visitor(analysis, trigger: trigger, after: match.tokenEnd, hosts: hosts, context: context, mayUseMainLeader: false),
                  countries.allSatisfy({ $0 == code || $0 == visitor.country }) else { continue }
            return hosts
        }
        return Hosts()
    }

    /// Tokens after a meeting trigger within which its place may follow ("met with the President of
    /// the Russian Federation, Vladimir Putin, in the city of Kazan").
    static let meetingWindow = 24

    /// The place after `in` within a few words of a meeting trigger ("talks with X in Bishkek").
    func meetingHosts(_ analysis: SentenceAnalysis, after start: Int) -> Hosts {
        var hosts = Hosts()
        let end = min(analysis.tokenCount, start + Self.meetingWindow)
        var position = start
        while position < end {
            if analysis.isClauseBreak(position) { break }
            // "talks on regional issues, including the offensive in the Gaza Strip": a list lead
            // goes on with what was discussed, not where.
            if analysis.isWord(position, .listLead, knowledge) { break }
            // "in the city of Kazan", "in the capital Astana": the place after its common noun.
            var place = position + 1
            if analysis.sentence.isWord(position, "in") {
                while place < min(analysis.tokenCount, position + 5), analysis.entity(at: place) == nil,
                      analysis.isWord(place, .placeNoun, knowledge) { place += 1 }
            }
            if analysis.sentence.isWord(position, "in"), let entity = analysis.entity(at: place) {
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
            position += 1
        }
        return hosts
    }

    package struct Visitor {
        var name: String
        var country: String
        var rule: String
        /// The first token of the leader's name when the sentence names the visitor before the trigger.
        var nameStart: Int?
    }

    func visitor(_ analysis: SentenceAnalysis, trigger: Int, after: Int, hosts: Hosts, context: ArticleContext, mayUseMainLeader: Bool,
                 previousVisitor: Visitor? = nil) -> Visitor? {
        // A list, not a `Set`: a visit has one to three hosts, and only membership is asked.
        let hostCountries = hosts.places.map(\.country)
        func make(_ index: Int, _ rule: String) -> Visitor? {
            let country = leaderCountry(index, context: context)
            guard !hostCountries.contains(country) else { return nil }
            return Visitor(name: knowledge.leaders[index].name, country: country, rule: rule)
        }
        if let index = hosts.ofLeader, let visitor = make(index, "'of' after the trigger") { return visitor }
        if let token = hosts.visitorCountryToken, let entity = analysis.entity(at: token), let code = knowledge.country(of: entity.value), !hostCountries.contains(code) {
            // "the visit of the Kenyan President": the holder of the title; "of the delegation from Kenya": the country alone.
            let title = titleRole(analysis, in: entity.tokenEnd..<(entity.tokenEnd + 2))
            let name = title.flatMap { role in context.referenceDate.map { titleHolder(of: code, title: role, during: $0, context: context) } } ?? ""
            return Visitor(name: name, country: code, rule: "country in the phrase after the trigger")
        }
        // The nearest leader before the trigger who is not from the host country.
        var position = trigger - 1
        while position >= 0 {
            if let entity = analysis.entity(at: position) {
                if case .leader(let index) = entity.value, !isFormer(analysis, entity.tokenStart), var visitor = make(index, "leader before the trigger") {
                    visitor.nameStart = entity.tokenStart
                    return visitor
                }
                position = entity.tokenStart - 1
                continue
            }
            position -= 1
        }
        // "the Russian President('s visit)": an adjective and a title before the trigger.
        position = trigger - 1
        while position >= max(0, trigger - 6) {
            if let entity = analysis.entity(at: position), case .adjective(let code) = entity.value, !hostCountries.contains(code),
                let title = titleRole(analysis, in: entity.tokenEnd..<(entity.tokenEnd + 2)) {
                let name = context.referenceDate.map { titleHolder(of: code, title: title, during: $0, context: context) } ?? ""
                return Visitor(name: name, country: code, rule: "country adjective and title")
            }
            position -= 1
        }
        // "The Turkish leader was visiting X after travelling to Y": the sentence's subject, an
        // adjective and a title at its start, however far the trigger.
        for entity in analysis.entities where entity.tokenStart < Self.subjectStart && entity.tokenEnd <= trigger {
            if case .adjective(let code) = entity.value, !hostCountries.contains(code), let title = titleRole(analysis, in: entity.tokenEnd..<(entity.tokenEnd + 2)) {
                let name = context.referenceDate.map { titleHolder(of: code, title: title, during: $0, context: context) } ?? ""
                return Visitor(name: name, country: code, rule: "the subject's country adjective and title")
            }
        }
        // "A arrived in X on Monday. He will also travel on to Y": a personal pronoun opening the
        // sentence is the traveller of the visit reported just before.
        if let previousVisitor, analysis.isWord(0, .personalSubject, knowledge), !hostCountries.contains(previousVisitor.country) {
            return Visitor(name: previousVisitor.name, country: previousVisitor.country, rule: "the pronoun for the previous visit's traveller")
        }
        // A leader named after the trigger but outside the host phrase ("at his talks with Putin").
        for entity in analysis.entities where entity.tokenStart >= after {
            if case .leader(let index) = entity.value, !isFormer(analysis, entity.tokenStart), let visitor = make(index, "leader after the trigger") {
                return visitor
            }
        }
        // "A delegation of Kenyan manufacturers arrived in Japan": a group, not a leader, travels.
        // "both former presidents A and B visited X": people the knowledge base does not hold
        // as office holders then travel, not the article's leader.
        let groupTravels = analysis.hasTag(in: 0..<trigger) { tag in
            if tag == .delegationGroup || tag == .former { return true }
            if case .delegation = tag { return true }
            return false
        }
        // "ISLAMABAD: ... The prime minister hoped that upon his November visit to Azerbaijan": a
        // title with no country opening the sentence is its holder where the story was filed.
        if !groupTravels, let dateline = context.datelineCity, case .city(_, let code) = dateline, !hostCountries.contains(code),
           let date = context.referenceDate, analysis.sentence.isWord(0, "the"), let title = titleRole(analysis, in: 1..<2), let role = title {
            let name = titleHolder(of: code, title: role, during: date, context: context)
            if !name.isEmpty { return Visitor(name: name, country: code, rule: "a title with no country where the story was filed") }
        }
        if mayUseMainLeader, !groupTravels, let main = context.mainLeader, let visitor = make(main, "the article's main leader") { return visitor }
        return nil
    }

    /// Tokens from a sentence's start within which its subject's adjective stands ("The Turkish leader").
    static let subjectStart = 3

    /// Tokens before a trigger within which a personal pronoun is its subject ("then he visited").
    static let pronounGap = 2

    /// Tokens after a movement word within which the region it goes to stands ("tour of Central Asia").
    static let regionAfterReach = 3

    /// True when a region follows the movement word within a few tokens, past "of" or "to" ("a tour
    /// of Central Asia", "a trip to Southeast Asia").
    func namesRegionAfter(_ analysis: SentenceAnalysis, movement match: PhraseMatch<[LexiconTag]>) -> Bool {
        analysis.tokens(from: match.tokenEnd, upTo: match.tokenEnd + Self.regionAfterReach).contains { position in
            guard let entity = analysis.entity(at: position), entity.tokenStart == position, case .region = entity.value else { return false }
            return position > match.tokenEnd && (analysis.sentence.isWord(position - 1, "of") || analysis.sentence.isWord(position - 1, "to")
                || analysis.sentence.isWord(position - 1, "the"))
        }
    }

    /// True when a leader or a country adjective follows the movement word right after it
    /// ("visiting Kazakh President ...", "the visiting Tokayev").
    func isAttributive(_ analysis: SentenceAnalysis, movement match: PhraseMatch<[LexiconTag]>) -> Bool {
        guard let entity = analysis.entity(at: match.tokenEnd), entity.tokenStart == match.tokenEnd else { return false }
        switch entity.value {
        case .leader, .adjective: return true
        default: return false
        }
    }

    func isFormer(_ analysis: SentenceAnalysis, _ token: Int) -> Bool {
        analysis.isFormer(before: token)
    }

    /// The country a leader served at the article's time (their latest term otherwise).
    func leaderCountry(_ index: Int, context: ArticleContext) -> String {
        let leader = knowledge.leaders[index]
        return context.referenceDate.flatMap { leader.country(during: $0) } ?? leader.country
    }

    /// The office a title tag in `range` names (`president` in "the Russian President"); nil
    /// without a title, `.some(nil)` for a title that is no role of the leaders table or a word
    /// for any head ("the Turkish leader").
    func titleRole(_ analysis: SentenceAnalysis, in range: Range<Int>) -> LeaderRole?? {
        for position in range {
            // "the Turkish leader": a word for any head names the head of state.
            if analysis.isWord(position, .headNoun, knowledge) { return .some(nil) }
            guard let match = analysis.tagMatch(at: position) else { continue }
            for tag in match.value {
                if case .title(let role) = tag { return .some(LeaderRole(rawValue: role)) }
            }
        }
        return nil
    }

    /// True when a quotation mark or a spaced dash stands between tokens `one` and `other`: the two
    /// belong to different voices or to an aside (a hyphen inside a word is no token).
    static func voiceBreakBetween(_ analysis: SentenceAnalysis, _ one: Int, _ other: Int) -> Bool {
        (min(one, other)..<max(one, other)).contains { analysis.isPunctuation($0, UInt8(ascii: "\"")) || analysis.isPunctuation($0, UInt8(ascii: "-")) }
    }

    /// "to pay an official visit", "to make a state visit": an infinitive verb after `to`, at most
    /// three words before the trigger, makes the visit a plan.
    func plannedByInfinitive(_ analysis: SentenceAnalysis, trigger: Int) -> Bool {
        ((trigger - 3)..<trigger).contains { verb in
            opensInfinitiveOfPlan(analysis, at: verb - 1) && analysis.hasTag(in: verb..<(verb + 1), .visitInfinitive)
        }
    }

    /// Tokens before "to" within which an ordinal makes its infinitive a description ("the first
    /// Kazakh leader to visit").
    static let ordinalInfinitiveReach = 4

    /// True when token `index` is the "to" of an infinitive of plans: not after a word of feeling
    /// ("pleased to visit" speaks of a visit under way), nor after an ordinal of its noun phrase
    /// ("the first Kazakh leader to visit Uzbekistan in 20 years" describes the visitor).
    func opensInfinitiveOfPlan(_ analysis: SentenceAnalysis, at index: Int) -> Bool {
        guard analysis.sentence.isWord(index, "to"), !analysis.isWord(index - 1, .emotive, knowledge) else { return false }
        var position = index - 1
        while position >= max(0, index - Self.ordinalInfinitiveReach), analysis.sentence.tokens[position].kind == .word {
            if analysis.isWord(position, .ordinalWord, knowledge) { return false }
            position -= 1
        }
        return true
    }

    /// Tokens after the trip's last place within which a date is the trip's ("Kyrgyzstan in 2016").
    static let placeDateGap = 2

    /// Words before a date within which an end word ("until", "will end") makes it the visit's last day.
    static let endMarkerWindow = 3

    /// The date of `dates` (the sentence's, none inside a person's name) nearest the trigger that is
    /// not habitual, nor a period's start, nor the visit's last day.
    /// `meeting`: the trigger is a meeting word, whose date is never a deadline ("trade of $50 billion
    /// by 2010, X said at a meeting in Beijing").
    func visitDate(_ analysis: SentenceAnalysis, trigger: Int, context: ArticleContext, dates: [DateMention], placesEnd: Int? = nil, meeting: Bool = false) -> DateMention? {
        // "since January 2023, he has visited ..." and "his first trip since 2019" date a period, not the visit.
        // A date in parentheses restates one outside them, kept or not ("said today (7 July)").
        let mentions = withoutRestatements(dates, in: analysis).filter { mention in
            let first = analysis.sentence.tokenIndex(atByte: mention.range.lowerBound)
            // "since January 2009, when A signed ... during the visit of B": a date right before
            // "when" dates the clause it opens, whatever word stands before it.
            let datesClause = datesWhenClause(analysis, mention, trigger: trigger)
            return !mention.isHabitual && mention.span != nil && (datesClause || !startsPeriod(analysis, dateToken: first))
                && !datesStatement(analysis, mention)
                && (datesClause || !datesAnEarlierEvent(analysis, mention, first: first, trigger: trigger, context: context))
                // "The leader, who took office in December, will visit ...": a relative clause set
                // off before the trigger is about the person, not the visit.
                && !inAsideBefore(analysis, dateToken: first, trigger: trigger)
                // "arrived on his first visit since being re-elected last week": a date after a sequel word
                // that follows the trigger dates that other event.
                // "came to X to explore trade, because it was only $900 million last year": nor one in a
                // clause another conjunction opens after the trigger.
                // "the visit, which starts tomorrow": a clause whose verb times the visit is the visit's.
                && !(first > trigger && ((trigger + 1)..<first).contains { position in
                    analysis.isWord(position, .sequel, knowledge)
                        || analysis.isWord(position, .clauseOpener, knowledge) && !((position + 1)...(position + 2)).contains { analysis.isWord($0, .visitSpan, knowledge) }
                })
                // '"Trade grew over the past year," A said, who arrived on a visit' (a quotation mark) and
                // "his third visit to China - the first in 2004 -" (an aside after a dash): other voices.
                && !Self.voiceBreakBetween(analysis, first, trigger)
                // "the visit that will end on Saturday": the last day, which the visit's other sentences complete.
                && !((first - Self.endMarkerWindow)..<first).contains { analysis.isWord($0, .visitEnd, knowledge) }
                && !isAttributiveYear(analysis, mention)
                && !(meeting && mention.isFuture && analysis.means(first, .by, values: knowledge.lexicon.values))
        }
        // "the visit of X to Y, which took place on July 4-6": a date in a clause that times the
        // visit itself is its date, nearer dates of the sentence aside.
        if let timed = mentions.first(where: { mention in
            let first = analysis.sentence.tokenIndex(atByte: mention.range.lowerBound)
            return first > trigger && ((first - 4)..<first).contains { position in
                analysis.isWord(position, .clauseOpener, knowledge) && ((position + 1)...(position + 2)).contains { analysis.isWord($0, .visitSpan, knowledge) }
            }
        }) {
            return timed
        }
        // "visited A in 2015, followed by a tour of B, C and D in 2016": a date right after the
        // trip's places (past a preposition) is the trip's, a nearer one before the trigger aside.
        if let placesEnd, placesEnd > trigger, let after = mentions.first(where: { mention in
            let first = analysis.sentence.tokenIndex(atByte: mention.range.lowerBound)
            return first > placesEnd && first <= placesEnd + Self.placeDateGap
        }) {
            return after
        }
        let triggerByte = analysis.sentence.tokens[trigger].start
        // "A visited B last year, while C came to D a month ago": a date of the trigger's own
        // clause comes before a nearer one across a clause opener.
        let ownClause = mentions.filter { mention in
            let first = analysis.sentence.tokenIndex(atByte: mention.range.lowerBound)
            return first > trigger || !(first..<trigger).contains { analysis.isWord($0, .clauseOpener, knowledge) }
        }
        return (ownClause.isEmpty ? mentions : ownClause).min(by: { abs($0.range.lowerBound - triggerByte) < abs($1.range.lowerBound - triggerByte) })
    }

    /// Words after an attributive year within which a visit word makes it the visit's ("the 2019 state visit").
    static let attributiveNounReach = 3

    /// True when a year stands between a definite word and a noun phrase with no visit word ("the
    /// 2021 parliamentary elections", "the 2022 census"): it dates that other thing.
    func isAttributiveYear(_ analysis: SentenceAnalysis, _ mention: DateMention) -> Bool {
        guard let span = mention.span, span.end == nil, span.start.month == nil else { return false }
        let first = analysis.sentence.tokenIndex(atByte: mention.range.lowerBound)
        let after = analysis.sentence.tokenIndex(atByte: mention.range.upperBound)
        guard analysis.isWord(first - 1, .definite, knowledge), after < analysis.tokenCount, analysis.sentence.tokens[after].kind == .word else { return false }
        return !analysis.hasTag(in: after..<(after + Self.attributiveNounReach)) { tag in
            switch tag {
            case .visitMovement, .visitMeeting, .visitType, .visitAttendance, .event: true
            default: false
            }
        }
    }

    /// True when a verb of saying stands right before or after the date ("on Monday said", "said
    /// on Monday"): it dates the statement.
    func datesStatement(_ analysis: SentenceAnalysis, _ mention: DateMention) -> Bool {
        let first = analysis.sentence.tokenIndex(atByte: mention.range.lowerBound)
        let after = analysis.sentence.tokenIndex(atByte: mention.range.upperBound)
        // The preposition may open the date or stand before it ("said on Monday").
        let before = analysis.isWord(first - 1, .datePreposition, knowledge) ? first - 2 : first - 1
        return analysis.isWord(after, .reportVerb, knowledge) || analysis.isWord(before, .reportVerb, knowledge)
    }

    /// True when a `period_start` word opens the date's clause before it ("since 2019", "since
    /// sanctions were lifted on 16 January"): the date starts a period.
    func startsPeriod(_ analysis: SentenceAnalysis, dateToken: Int) -> Bool {
        var position = dateToken
        while position >= 0, !analysis.isClauseBreak(position), !analysis.isPunctuation(position, UInt8(ascii: ",")) {
            if analysis.isWord(position, .periodStart, knowledge) { return true }
            position -= 1
        }
        return false
    }

    /// Tokens before a trigger within which a word for an earlier visit stands ("his previous state visit").
    static let earlierVisitReach = 3

    /// Tokens before a trigger within which a word of plan of its own clause makes it a plan.
    static let planReach = 10

    /// "Rouhani will spend two days in Rome before flying to France": a word of plan earlier in the
    /// trigger's clause (no punctuation between them) governs it.
    func plannedInClause(_ analysis: SentenceAnalysis, trigger: Int) -> Bool {
        var position = trigger - 1
        // Hyphens and apostrophes inside the clause's words ("the Australia-India Leaders' Summit") go on.
        while position >= max(0, trigger - Self.planReach),
              analysis.sentence.tokens[position].kind != .punctuation || analysis.isPunctuation(position, UInt8(ascii: "-")) || analysis.isPunctuation(position, UInt8(ascii: "'")) {
            if analysis.hasTag(in: position..<(position + 1), .planned) { return true }
            position -= 1
        }
        return false
    }

    /// Tokens between "during" and the visit noun it governs ("during Prime Minister X's five-day visit").
    static let duringReach = 10
    /// Tokens before a word of plans within which a verb of saying makes them news ("announced on
    /// Tuesday plans").
    static let announcedPlanReach = 4

    /// "Malaysia is expected to sign 13 MoUs during the Prime Minister's visit": a visit named
    /// after "during" takes the tense of what is planned for it.
    func plannedDuring(_ analysis: SentenceAnalysis, trigger: Int) -> Bool {
        guard let during = (max(0, trigger - Self.duringReach)..<trigger).last(where: { analysis.sentence.isWord($0, "during") }),
              !(during..<trigger).contains(where: { analysis.isClauseBreak($0) }) else { return false }
        // The last word of plan or status before "during" says it: "documents were signed ... during
        // the visit" (after "at the invitation of") is no plan.
        for position in stride(from: during - 1, through: 0, by: -1) {
            guard let tags = analysis.tagMatch(at: position)?.value else { continue }
            if tags.contains(where: { $0 == .planned || $0 == .docStatus(.planned) }) {
                // "announced on Tuesday plans of investing $5 billion ... during his visit": plans
                // a verb of saying just made public were news of the visit, which was held.
                return !((position - Self.announcedPlanReach)..<position).contains { analysis.isWord($0, .reportVerb, knowledge) }
            }
            if tags.contains(where: { if case .docStatus = $0 { return true }; return false }) { return false }
        }
        return false
    }

    /// "his first trip after his inauguration on March 19", "his second trip since he launched ...
    /// in 2022": a date well before the article's, in a phrase opened by `after`, `following` or
    /// `since`, dates another event. A sequel word before the trigger opens the phrase of the visit
    /// itself ("a return visit following X's visit to China in October 2022" dates X's visit).
    func datesAnEarlierEvent(_ analysis: SentenceAnalysis, _ mention: DateMention, first: Int, trigger: Int, context: ArticleContext) -> Bool {
        guard let dct = context.dct?.dayNumber, let day = (mention.span?.end ?? mention.span?.start)?.lastDay.dayNumber,
              day < dct - Self.heldVisitWindow else { return false }
        let lowest = first > trigger ? max(trigger + 1, first - 12) : max(0, first - 12)
        return (lowest..<first).contains { analysis.isWord($0, .sequel, knowledge) }
    }

    /// "will travel to Bishkek on Tuesday": a weekday of a plan is the next one, not the last.
    static func ahead(_ date: DateMention?, dct: PartialDate?) -> DateSpan? {
        guard let date, let span = date.span else { return nil }
        guard let dctDay = dct?.dayNumber else { return span }
        if date.isRelative, span.end == nil, let day = span.start.dayNumber, day < dctDay, dctDay - day < 7 {
            return DateSpan(start: PartialDate.fromDayNumber(day + 7))
        }
        // "X, who took office on March 14, is to visit ...": a plan reported later than a day it
        // names is not dated by it.
        if let last = (span.end ?? span.start).lastDay.dayNumber, last < dctDay - 1 { return nil }
        return span
    }

    /// The first visit type the sentence names ("state visit", "summit").
    func visitType(_ analysis: SentenceAnalysis) -> VisitType? {
        for match in analysis.tags {
            for tag in match.value {
                // "will hold a summit with the Crown Prince": a summit with one leader is a
                // bilateral meeting, no summit visit.
                if case .visitType(.summit) = tag, analysis.sentence.isWord(match.tokenEnd, "with") { continue }
                if case .visitType(let type) = tag { return type }
            }
        }
        return nil
    }

    /// "the Eurasian Economic Union summit": an organisation right before an event word.
    func occasion(_ analysis: SentenceAnalysis) -> String {
        for entity in analysis.entities {
            guard case .organisation(let acronym) = entity.value else { continue }
            if let next = analysis.tagMatch(at: entity.tokenEnd), next.value.contains(where: { $0 == .event || $0 == .visitType(.summit) || $0 == .visitMeeting }) {
                return acronym + " " + analysis.sentence.text(next.tokenStart..<next.tokenEnd).lowercased()
            }
        }
        return namedEvent(analysis) ?? ""
    }

    /// A capitalised event's name: capitalised words (and places joined by hyphens) before a
    /// capitalised event noun, and a joiner with capitalised words after it: "the first-ever
    /// Korea-Africa Summit", "the Boao Forum for Asia". A determiner ends the name; the event noun
    /// alone is no name. With `summitsOnly`, only a summit's name.
    func namedEvent(_ analysis: SentenceAnalysis, summitsOnly: Bool = false) -> String? {
        for match in analysis.tags where match.value.contains(where: { $0 == .visitType(.summit) || !summitsOnly && $0 == .event }) {
            let tokens = analysis.sentence.tokens
            guard tokens[match.tokenStart].isCapitalized else { continue }
            var first = match.tokenStart
            var position = match.tokenStart - 1
            while position >= 0 {
                let token = tokens[position]
                if analysis.isWord(position, .definite, knowledge) || analysis.isWord(position, .indefinite, knowledge) { break }
                if token.kind == .word, token.isCapitalized || analysis.entity(at: position) != nil {
                    first = position
                } else if analysis.isPunctuation(position, UInt8(ascii: "-")), position > 0, tokens[position - 1].isCapitalized {
                    // "Korea-Africa": the hyphen between two names.
                } else {
                    break
                }
                position -= 1
            }
            guard first < match.tokenStart else { continue }
            var last = match.tokenEnd
            // "Forum for Asia": a joiner and capitalised words after the noun ("Summit in Seoul" is
            // where it is held).
            if analysis.isWord(last, .titleJoiner, knowledge), last + 1 < analysis.tokenCount, tokens[last + 1].isCapitalized,
               analysis.entity(at: last + 1).flatMap({ Place($0.value) }) == nil {
                last += 1
                while last < analysis.tokenCount, tokens[last].kind == .word, tokens[last].isCapitalized { last += 1 }
            }
            return analysis.sentence.text(first..<last)
        }
        return nil
    }
}
