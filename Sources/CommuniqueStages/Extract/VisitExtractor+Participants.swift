import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// The participants of a multilateral meeting, each a visit of their own: "the leaders of A, B
/// and C met in X", "Among the leaders in attendance were President P of A and President Q of B".
extension VisitExtractor {
    /// The visits of the participants a sentence lists. The host is the place the sentence names
    /// after `in`, else the meeting the article's current visit is for; the visitors are the
    /// countries listed after a participants phrase ("the leaders of") and, in a sentence of
    /// attendance ("took part", "in attendance"), every leader it names.
    ///
    /// A sentence of attendance that ends with a colon introduces a list: the short sentences after
    /// it (`listItems`, one line each: "President of Iran Masoud Pezeshkian") name the leaders.
    func participantVisits(_ analysis: SentenceAnalysis, current: VisitMention?, context: ArticleContext,
                           listItems: ArraySlice<SentenceAnalysis> = [], dates: () -> [DateMention]) -> [VisitMention] {
        let kinds = analysis.tagKinds
        guard kinds.contains(.visitAttendance) || kinds.contains(.visitParticipants) else { return [] }
        let isMeeting = kinds.contains(.visitMeeting) || kinds.contains(.event) || kinds.contains(.visitType)
        var host = placeAfterIn(analysis) ?? namedHost(analysis)
        let placeNamed = host != nil
        var fromCurrent = false
        if host == nil, let current, isMeeting || current.visitType == .summit || !current.occasion.isEmpty {
            host = Place(country: current.hostCountry, city: current.city)
            fromCurrent = true
        }
        // "AMMAN: A and B attended the signing ceremony": an event taken part in with no place,
        // in the body of a story filed from a city, is held there.
        if host == nil, isMeeting, let dateline = context.datelineCity, case .city(let name, let code) = dateline,
           !context.headline.contains(analysis.sentence.index), analysis.sentence.index >= context.datelineSentence,
           !analysis.hasTag(.planned) {
            host = Place(country: code, city: name)
        }
        guard let host, isMeeting || fromCurrent else { return [] }

        var visitors: [(name: String, country: String)] = []
        func add(_ name: String, _ country: String) {
            guard country != host.country, !visitors.contains(where: { $0.country == country }) else { return }
            visitors.append((name, country))
        }
        for match in analysis.tags where match.value.contains(.visitParticipants) {
            // "X met with leaders from A, B and C", no place named: the leaders X met on a tour
            // are its hosts, not a meeting's visitors ("held talks with the leaders of A and B in
            // Moscow" names where they came).
            if !placeNamed, analysis.sentence.isWord(match.tokenStart - 1, "with") { continue }
            for code in listedCountries(analysis, from: match.tokenEnd, on: context.referenceDate) { add(leaderName(of: code, context: context), code) }
        }
        if kinds.contains(.visitAttendance) {
            let introducesList = analysis.isPunctuation(analysis.tokenCount - 1, UInt8(ascii: ":"))
            for line in [analysis] + (introducesList ? Array(listItems.prefix { $0.tokenCount <= Self.listItemTokens }) : []) {
                var named = false
                for entity in line.entities {
                    guard case .leader(let index) = entity.value, !isFormer(line, entity.tokenStart) else { continue }
                    // "UN Secretary-General X attended": a person out of every office the table lists then leads no country.
                    if let date = context.referenceDate, knowledge.leaders[index].country(during: date) == nil { continue }
                    add(knowledge.leaders[index].name, leaderCountry(index, context: context))
                    named = true
                }
                // "A and the Jordanian monarch will attend": a country's adjective and a head's title.
                for entity in line.entities {
                    guard case .adjective(let code) = entity.value, let role = titleRole(line, in: entity.tokenEnd..<(entity.tokenEnd + 1)),
                          role.map({ Self.headRoles.contains($0) || $0 == .monarch }) ?? true else { continue }
                    add(context.referenceDate.map { titleHolder(of: code, title: role, during: $0, context: context) } ?? "", code)
                }
                // "President of Iran M. Pezeshkian", a name spelled otherwise: the holder of the title
                // that opens the line, a head's ("Deputy Prime Minister of X Y" is nobody's visit).
                if !named, line.sentence.index != analysis.sentence.index, let date = context.referenceDate,
                   let country = line.entities.first(where: { if case .country = $0.value { return true }; return false }),
                   case .country(let code) = country.value, let role = titleRole(line, in: 0..<1), let role, Self.headRoles.contains(role) {
                    let name = titleHolder(of: code, title: role, during: date, context: context)
                    if !name.isEmpty { add(name, code) }
                }
            }
        }
        guard !visitors.isEmpty else { return [] }
        // The date nearest the words of taking part; not one a sequel word between them gives to
        // another event ("hosting leaders of A and B after the first summit held in March 2018").
        let cue = analysis.tags.first { $0.value.contains(.visitAttendance) || $0.value.contains(.visitParticipants) }.map { analysis.sentence.tokens[$0.tokenStart].start } ?? 0
        let cueToken = analysis.sentence.tokenIndex(atByte: cue)
        let date = dates().filter { mention in
            guard !mention.isHabitual, mention.span != nil else { return false }
            let first = analysis.sentence.tokenIndex(atByte: mention.range.lowerBound)
            return !(first > cueToken && ((cueToken + 1)..<first).contains { analysis.isWord($0, .sequel, knowledge) })
        }.min { abs($0.range.lowerBound - cue) < abs($1.range.lowerBound - cue) }
        let type = visitType(analysis) ?? (isMeeting ? .summit : current?.visitType)
        // "A will attend", "leaders who are expected to take part": a plan.
        let planned = analysis.hasTag(in: (cueToken - 3)..<cueToken, .planned) || plannedInClause(analysis, trigger: cueToken)
        return visitors.map { visitor in
            var mention = VisitMention(visitorCountry: visitor.country, hostCountry: host.country, sourceID: context.sourceID,
                                       evidence: analysis.sentence.text, sentenceIndex: analysis.sentence.index)
            mention.visitor = visitor.name
            mention.city = host.city
            mention.dates = (planned ? Self.ahead(date, dct: context.dct) : date?.span) ?? (fromCurrent ? current?.dates : nil)
            mention.status = planned || (date?.isFuture ?? false) || (date == nil && current?.status == .planned) ? .planned : .held
            mention.visitType = type
            mention.occasion = occasion(analysis).isEmpty ? current?.occasion ?? "" : occasion(analysis)
            if context.recordsRules { mention.rule = "visit: participant of a meeting" + (fromCurrent ? " the article is about" : " in a named place") }
            return mention
        }
    }

    /// The titles of a country's heads, which a list line may name without a known name.
    static let headRoles: Set<LeaderRole> = [.president, .primeMinister]

    /// The most tokens of one line of a list of participants ("Prime Minister of Pakistan Shehbaz Sharif").
    static let listItemTokens = 20

    /// "with host country Japan promising aid": the country right after a hosting word, past a
    /// `place_anaphor` noun ("country", "nation").
    func namedHost(_ analysis: SentenceAnalysis) -> Place? {
        for match in analysis.tags where match.value.contains(.visitHosting) {
            var next = match.tokenEnd
            if analysis.isWord(next, .placeAnaphor, knowledge) { next += 1 }
            if let entity = analysis.entity(at: next), entity.tokenStart == next, case .country(let code) = entity.value {
                return Place(country: code, city: "")
            }
        }
        return nil
    }

    /// The first country or city named right after `in`, not after a `not_host_after` word ("arrived
    /// back in South Africa after ... where he attended a forum" names the traveller's home).
    func placeAfterIn(_ analysis: SentenceAnalysis) -> Place? {
        analysis.entities.lazy.filter { entity in
            analysis.sentence.isWord(entity.tokenStart - 1, "in") && !analysis.hasTag(in: (entity.tokenStart - 3)..<entity.tokenStart, .notHostAfter)
        }.compactMap { Place($0.value) }.first
    }

    /// The countries of a list that starts at `start`: names (or adjectives) joined by commas and `and`.
    /// An organisation of member countries stands for its members on `date` when "all" comes before
    /// it ("the leaders of all 10 ASEAN nations"), or a count and then a word for its members ("the
    /// 10 SCO member states"); "all" and a number before a name are skipped.
    func listedCountries(_ analysis: SentenceAnalysis, from start: Int, on date: DateSpan? = nil) -> [String] {
        var codes: [String] = []
        var position = start
        while position < analysis.tokenCount {
            if let entity = analysis.entity(at: position) {
                switch entity.value {
                case .country(let code), .adjective(let code): codes.append(code)
                case .organisation(let acronym):
                    // "the leaders of all 10 ASEAN nations", "of the 10 SCO member states": every member;
                    // "leaders of SCO member states" names the bloc, not who came; "the Summit of the
                    // Heads of State of the SCO" names an event, not who attends it.
                    let counted = entity.tokenStart > 0 && analysis.sentence.tokens[entity.tokenStart - 1].kind == .number
                        && (analysis.isWord(entity.tokenEnd, .memberCountries, knowledge) || analysis.isWord(entity.tokenEnd + 1, .memberCountries, knowledge))
                    let namesMembers = counted || analysis.sentence.isWord(entity.tokenStart - 1, "all") || analysis.sentence.isWord(entity.tokenStart - 2, "all")
                    guard namesMembers, let members = knowledge.organisations[acronym]?.members(on: date), !members.isEmpty else { return codes }
                    codes += members.filter { !codes.contains($0) }
                default: return codes
                }
                position = entity.tokenEnd
                continue
            }
            guard analysis.isPunctuation(position, UInt8(ascii: ",")) || analysis.sentence.isWord(position, "and") || analysis.sentence.isWord(position, "the")
                || analysis.sentence.isWord(position, "all") || analysis.sentence.tokens[position].kind == .number else { break }
            position += 1
        }
        return codes
    }
}
