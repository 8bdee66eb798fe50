import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// The visits extractor of the extract stage: every mention of a visit in the article, merged
/// into the article's visits, and for each sentence the visit it is about.
extension VisitExtractor: Extractor {
    package static let name = "visits"
    package static let tables = ["visits"]
    package static let after: [String] = []
    package static let optionKeys = ["merge_within_days"]
    package static let sentenceKinds: LexiconTagKinds = [.visitMovement, .visitMeeting, .visitType, .visitHosting, .visitHostedBy]


    /// Days before the article's date within which a dated mention is the visit an undated mention
    /// of the same visitor and host names ("his visit to X" ... "his visit to X on November 7" in a
    /// commentary of November 18; commentaries follow a visit by up to three weeks); an older one
    /// is another, earlier visit.
    static let undatedMergeWindow = 21

    /// Sentences after a visit's mention within which "He" opening a sentence may be its traveller.
    static let pronounReach = 2

    /// Mentions of one visit in one article may be this many days apart by default.
    static let defaultMergeWithinDays = 7

    package init(knowledge: Knowledge, options: StepOptions) throws(ConfigurationError) {
        self.init(knowledge: knowledge)
        if let days = try options.int("merge_within_days") {
            guard days >= 0 else { throw options.invalid("merge_within_days", "must be 0 or more days, not \(days)") }
            mergeWithinDays = days
        }
    }

    package func extract(_ work: inout ArticleWork) {
        let analyses = work.context.analyses
        var mentions: [VisitMention] = []
        var meetingPlace: Hosts?
        // "X hosted the summit in Y on July 3", "the summit, scheduled for May 18 and 19 in Y": the
        // event a later list of participants attends, and the days of visits to it that have none.
        var hostedEvent: VisitMention?
        for analysis in analyses {
            guard !analysis.tagKinds.isDisjoint(with: Self.sentenceKinds) else {
                meetingPlace = nil
                continue
            }
            // The traveller of the latest sentence with a visit: its first visit, the one its main
            // clause reports ("A met B in C, ... before a trip by D to E").
            let previousVisitor = mentions.last.flatMap { last -> Visitor? in
                guard analysis.sentence.index - last.sentenceIndex <= Self.pronounReach,
                      let first = mentions.first(where: { $0.sentenceIndex == last.sentenceIndex }), !first.visitor.isEmpty else { return nil }
                return Visitor(name: first.visitor, country: first.visitorCountry, rule: "")
            }
            let values = work.values
            let index = analysis.sentence.index
            mentions += self.mentions(in: analysis, context: work.context, dates: { values.dates(of: index) }, meetingPlace: &meetingPlace,
                                      previousVisitor: previousVisitor)
            // Tested by its case: `hostedEvent == nil` copied the optional mention for every
            // sentence with a visit word.
            if case .none = hostedEvent, let place = meetingPlace?.places.first {
                var event = VisitMention(visitorCountry: "", hostCountry: place.country, sourceID: work.context.sourceID,
                                         evidence: analysis.sentence.text, sentenceIndex: analysis.sentence.index)
                event.city = place.city
                event.dates = work.dates(of: analysis.sentence.index).first { !$0.isHabitual && $0.span != nil }?.span
                event.visitType = visitType(analysis)
                event.occasion = occasion(analysis)
                hostedEvent = event
            }
        }
        // "X arrived in Fiji ... X is also hosting meetings with the leaders of A and B": a leader
        // who hosts while on a visit the article reports hosts where that visit is.
        for index in mentions.indices where mentions[index].placedByHostLeader {
            let guest = mentions[index]
            guard let trip = mentions[..<index].last(where: { earlier in
                earlier.status == .held && !earlier.placedByHostLeader && earlier.visitorCountry == guest.hostCountry && earlier.hostCountry != guest.visitorCountry
            }) else { continue }
            mentions[index].hostCountry = trip.hostCountry
            mentions[index].city = trip.city
            mentions[index].hostLeader = ""
        }
        // "X visits India ... (TASHKENT) X and Y noted after the talks": a meeting placed only by the
        // dateline is not a visit the other way round to the place the story was filed from.
        // So is a meeting placed in the traveller's own country after the trip there was reported
        // ("X's visit to China ... During the bilateral meeting, X asked Xi to ... invest in X's country").
        let placedInText = mentions.filter { !$0.placedByDateline && $0.status == .held }
        let travelled = mentions.filter { !$0.placedByDateline && !$0.placedByMeeting && $0.status == .held }
        mentions.removeAll { mention in
            mention.placedByDateline && placedInText.contains {
                $0.visitorCountry == mention.hostCountry && $0.hostCountry == mention.visitorCountry
            } || mention.placedByMeeting && travelled.contains {
                $0.sentenceIndex < mention.sentenceIndex && $0.visitorCountry == mention.hostCountry && $0.hostCountry == mention.visitorCountry
            }
        }
        var (merged, mentionToVisit, typeVotes) = mergeVisits(mentions, context: work.context)
        // The visit a sentence is about: the last one reported up to it, or the one whose host it names.
        var current: Int? = merged.isEmpty ? nil : 0
        var next = 0
        for (index, analysis) in analyses.enumerated() {
            var reported = false
            while next < mentions.count, mentions[next].sentenceIndex <= index {
                current = mentionToVisit[next]
                reported = true
                next += 1
            }
            if !reported, !merged.isEmpty {
                if let host = soleHost(named: analysis, among: merged), let visit = merged.firstIndex(where: { $0.hostCountry == host }) { current = visit }
                // "The state visit is ...": a type said without a host is said of the current visit.
                if let current, analysis.tagKinds.contains(.visitType), let type = visitType(analysis) { typeVotes[current].append(type) }
            }
            work.visitAtSentence[index] = current
        }
        for index in merged.indices {
            merged[index].visitType = Self.majority(typeVotes[index])
            if merged[index].city.isEmpty { merged[index].city = work.context.entities.onlyCity(of: merged[index].hostCountry) }
            merged[index].dates = visitDays(of: index, visit: merged[index], work: &work)
        }
        for index in merged.indices { merged[index].dates = endedByLength(merged, at: index, work: work) }
        shareWithinGuestLists(&merged, typeVotes: typeVotes)
        // The other participants of the meetings the article reports.
        let values = work.values
        for (index, analysis) in analyses.enumerated() where !analysis.tagKinds.isDisjoint(with: [.visitAttendance, .visitParticipants]) {
            let current = work.visitAtSentence[index].map { merged[$0] } ?? hostedEvent
            // The current visit's own traveller taking part in its meetings is that visit ("Putin will
            // hold talks on Tuesday, then take part in negotiations").
            for mention in participantVisits(analysis, current: current, context: work.context, listItems: analyses[(index + 1)...],
                                             dates: { values.dates(of: index) })
            where !merged.contains(where: { sameVisit($0, mention, articleDay: work.context.dct?.dayNumber) })
                && !(current.map { $0.visitorCountry == mention.visitorCountry && $0.hostCountry == mention.hostCountry } ?? false) {
                merged.append(mention)
            }
        }
        // "... arrive for the first-ever Korea-Africa Summit ... have already arrived to the summit":
        // a summit visit whose sentences name no occasion attends the summit the article names
        // (a conference held during a visit is no occasion of it).
        if merged.contains(where: { $0.visitType == .summit && $0.occasion.isEmpty }),
           let named = analyses.lazy.filter({ $0.tagKinds.contains(.visitType) }).compactMap({ self.namedEvent($0, summitsOnly: true) }).first {
            for index in merged.indices where merged[index].visitType == .summit && merged[index].occasion.isEmpty { merged[index].occasion = named }
        }
        let counts = merged.isEmpty ? [:] : work.context.entities.leaderCounts()
        for index in merged.indices {
            if merged[index].dates == nil, let event = hostedEvent, let days = event.dates, event.hostCountry == merged[index].hostCountry,
               event.city.isEmpty || merged[index].city.isEmpty || event.city == merged[index].city {
                merged[index].dates = days
            }
            if merged[index].dates == nil, merged[index].status == .held, !merged[index].laterStop, let dct = work.context.dct {
                merged[index].dates = DateSpan(start: dct)
            }
            // Days that other sentences gave, after the article's last day: not made yet when it was
            // written ("during Hasina's visit" in an article of 7 July about a visit of 8-11 July).
            if merged[index].status == .held, let first = merged[index].dates?.start.firstDay.dayNumber,
               let last = work.context.dct?.lastDay.dayNumber, first > last {
                merged[index].status = .planned
            }
            merged[index].hostLeader = hostLeader(of: merged[index], counts: counts, context: work.context)
        }
        work.facts.visits = merged
        if let first = merged.first { work.context.pair = [first.visitorCountry, first.hostCountry] }
    }

    /// Guests a sentence lists together ("X welcomed A, B and C") attend one event: the later
    /// sentences, which the article's visit tracking gives to one of them ("The summit is held on
    /// Sunday and Monday"), give its type to those with none, and its days to those undated or
    /// dated to its first day only.
    func shareWithinGuestLists(_ visits: inout [VisitMention], typeVotes: [[VisitType]]) {
        for index in visits.indices {
            let guests = visits.indices.filter {
                $0 != index && visits[$0].sentenceIndex == visits[index].sentenceIndex
                    && visits[$0].hostCountry == visits[index].hostCountry && visits[$0].status == visits[index].status
            }
            guard !guests.isEmpty else { continue }
            if visits[index].visitType == nil {
                visits[index].visitType = Self.majority(guests.flatMap { typeVotes[$0] })
            }
            let own = visits[index].dates
            guard own?.end == nil else { continue }
            let longer = guests.compactMap { visits[$0].dates }.filter {
                (own == nil || $0.start.dayNumber != nil && $0.start.dayNumber == own?.start.dayNumber) && $0.end?.dayNumber != nil
            }
            if let widest = longer.max(by: { $0.end!.dayNumber! < $1.end!.dayNumber! }) { visits[index].dates = widest }
        }
    }

    /// The one host country of `visits` that the sentence names, or nil when it names none or several.
    func soleHost(named analysis: SentenceAnalysis, among visits: [VisitMention]) -> String? {
        var found: String?
        for entity in analysis.entities {
            guard let code = knowledge.country(of: entity.value), code != found, visits.contains(where: { $0.hostCountry == code }) else { continue }
            if found != nil { return nil }
            found = code
        }
        return found
    }

    /// Merges one article's mentions of the same visit: same visitor country, host and status,
    /// no conflicting visitor names, and dates that overlap or are missing on one side. Dates
    /// the mentions do not give, and host leaders, are found once every sentence has its visit.
    func mergeVisits(_ mentions: [VisitMention], context: ArticleContext) -> ([VisitMention], [Int], [[VisitType]]) {
        var merged: [MergedMention] = []
        var typeVotes: [[VisitType]] = []
        var map: [Int] = []
        let articleDay = context.dct?.dayNumber
        for mention in mentions {
            if let index = merged.firstIndex(where: { sameVisit($0.visit, mention, articleDay: articleDay) }) {
                var visit = merged[index].visit
                if visit.visitor.isEmpty { visit.visitor = mention.visitor }
                if visit.city.isEmpty { visit.city = mention.city }
                if visit.occasion.isEmpty { visit.occasion = mention.occasion }
                if mention.status == .held { visit.status = .held }
                if !mention.laterStop { visit.laterStop = false }
                visit.dates = Self.containing(visit.dates, mention.dates)
                merged[index] = MergedMention(visit)
                if let type = mention.visitType { typeVotes[index].append(type) }
                map.append(index)
            } else {
                merged.append(MergedMention(mention))
                typeVotes.append(mention.visitType.map { [$0] } ?? [])
                map.append(merged.count - 1)
            }
        }
        return (merged.map(\.visit), map, typeVotes)
    }

    /// The most frequent vote; ties go to the one said first.
    static func majority(_ votes: [VisitType]) -> VisitType? {
        var counts: [VisitType: Int] = [:]
        for vote in votes { counts[vote, default: 0] += 1 }
        return votes.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && votes.firstIndex(of: $0)! > votes.firstIndex(of: $1)!) }
    }

    /// One article's two mentions are one visit when visitor country and host agree, the visitors
    /// do not conflict, and the dates overlap (a held and a planned mention then make one held
    /// visit) or lie at most `mergeWithinDays` apart (status must agree), or one side is undated, unless the dated side lies long before the article's
    /// day: "Putin arrives in Uzbekistan" is not "his last visit to Uzbekistan in June 2016".
    func sameVisit(_ first: VisitMention, _ second: VisitMention, articleDay: Int?) -> Bool {
        guard first.visitorCountry == second.visitorCountry, first.hostCountry == second.hostCountry else { return false }
        if !first.visitor.isEmpty, !second.visitor.isEmpty, first.visitor != second.visitor { return false }
        guard let x = first.dates, let y = second.dates else {
            guard let articleDay, let dated = first.dates ?? second.dates, let last = (dated.end ?? dated.start).lastDay.dayNumber else { return true }
            // "on the first day of his visit ... trade of $50 billion by 2010, X said at a meeting in
            // Beijing": a plan dated long after the article is no part of a visit the article reports held.
            let datedSide = first.dates == nil ? second : first
            let undatedSide = first.dates == nil ? first : second
            if datedSide.status == .planned, undatedSide.status == .held, let firstDay = dated.start.firstDay.dayNumber,
               firstDay > articleDay + Self.undatedMergeWindow {
                return false
            }
            return last >= articleDay - Self.undatedMergeWindow
        }
        // "arrived in X on Thursday ... is scheduled to hold talks on Friday": a plan inside a visit's
        // days, or in the days right after its start, is part of it; otherwise the statuses must agree.
        let (held, plan) = first.status == .held ? (x, y) : (y, x)
        if first.status != second.status, let heldStart = held.start.dayNumber, let planStart = plan.start.dayNumber,
           planStart >= heldStart, planStart - heldStart <= Self.visitDaysSpan {
            return true
        }
        return DateSpan.overlaps(x, y) || first.status == second.status && (Self.daysApart(x, y).map { $0 <= mergeWithinDays } ?? false)
    }

    /// Days between two day-precision dates or spans that do not overlap.
    static func daysApart(_ x: DateSpan, _ y: DateSpan) -> Int? {
        guard let xFirst = x.start.dayNumber, let xLast = (x.end ?? x.start).dayNumber,
            let yFirst = y.start.dayNumber, let yLast = (y.end ?? y.start).dayNumber else { return nil }
        return max(yFirst - xLast, xFirst - yLast)
    }

    /// Within one article, the span that contains the other is the visit; a day inside it is an
    /// event of the visit. When neither contains the other, the first said wins.
    static func containing(_ x: DateSpan?, _ y: DateSpan?) -> DateSpan? {
        guard let x else { return y }
        guard let y else { return x }
        // "began the trip on June 4 ... wrapped up the visit on Saturday": the days of one visit.
        if !DateSpan.overlaps(x, y), let xStart = x.start.dayNumber, let yStart = y.start.dayNumber {
            let first = xStart <= yStart ? x.start : y.start
            let last = max((x.end ?? x.start), (y.end ?? y.start))
            return DateSpan(start: first, end: last)
        }
        let xFirst = x.start.firstDay, xLast = (x.end ?? x.start).lastDay
        let yFirst = y.start.firstDay, yLast = (y.end ?? y.start).lastDay
        if yFirst <= xFirst && yLast >= xLast && (yFirst < xFirst || yLast > xLast) && y.start.day != nil && x.start.day != nil { return y }
        return x
    }

    /// The host's leader the article names, in office at the visit: its head of state, or its
    /// head of government when the visitor came as one or the article names no head of state.
    /// Another office (party leader, crown prince, speaker) never makes anyone the host leader.
    func hostLeader(of visit: VisitMention, counts: [Int: Int], context: ArticleContext) -> String {
        let date = visit.dates ?? context.referenceDate
        let leaders = knowledge.leaders
        let visitor = counts.keys.filter { leaders[$0].name == visit.visitor }.min()
        let visitorOffice = visitor.flatMap { index in date.flatMap { leaders[index].office(in: visit.visitorCountry, during: $0) } }
        let offices: [Office] = visitorOffice == .headOfGovernment ? [.headOfGovernment, .headOfState] : [.headOfState, .headOfGovernment]
        for office in offices {
            // The leader holding `office` named most often; of those named as often, the first in the knowledge.
            var best: (index: Int, count: Int)?
            for (index, count) in counts where best.map({ count > $0.count || (count == $0.count && index < $0.index) }) ?? true {
                guard leaders[index].terms.contains(where: { $0.country == visit.hostCountry && $0.office == office && (date.map($0.covers) ?? true) }) else { continue }
                best = (index, count)
            }
            if let best { return leaders[best.index].name }
        }
        return ""
    }
}
