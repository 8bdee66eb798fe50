import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
/// Reads delegations: a number of people of a known kind ("over 200 executives"), where they
/// came from, how many regions, and the event they attended.
package struct DelegationExtractor: Sendable {
    package var knowledge: Knowledge

    package init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// `continuesGroup`: a delegation was named in the sentences just before ("It includes some 80
    /// officials").
    package func facts(in analysis: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitCountries?,
                       continuesGroup: Bool = false) -> [DelegationFact] {
        var facts: [DelegationFact] = []
        var previousGroupEnd = -10
        // "About 300 soldiers are being deployed", "30,000 students study there": people counted
        // where nothing travels, meets or gathers, no leader is named and no delegation was just
        // named are no delegation.
        let gathers = continuesGroup || !analysis.tagKinds.isDisjoint(with: Self.gatheringKinds)
            || analysis.entities.contains { if case .leader = $0.value { return true }; return false }
        for match in analysis.tags {
            guard let category = match.value.lazy.compactMap({ tag -> DelegationCategory? in
                if case .delegation(let category) = tag { return category }
                return nil
            }).first else { continue }
            // "executives and corporate representatives": one group under one number.
            let coordinated = (previousGroupEnd..<match.tokenStart).allSatisfy { analysis.isWord($0, .coordinator, knowledge) || analysis.isPunctuation($0, UInt8(ascii: ",")) }
            if match.tokenStart - previousGroupEnd <= 2, coordinated {
                previousGroupEnd = match.tokenEnd
                continue
            }
            // "over 200 executives"; "the rectors of more than 120 universities"; "accompanied by
            // ministers and business figures" (a group without a number has no size).
            let size = sizeBefore(analysis, start: match.tokenStart, quantities: quantities) ?? sizeOfHeads(analysis, after: match.tokenEnd, quantities: quantities)
            let travels = travelsWithLeader(analysis, after: match.tokenEnd)
            guard gathers || travels else { continue }
            // "the ministers who accompanied X", "officials accompanying him": people followed by an
            // accompaniment phrase travel with the visitor.
            let accompanying = analysis.hasTag(in: match.tokenEnd..<(match.tokenEnd + 2), .accompaniment)
            guard size != nil || analysis.hasTag(in: (match.tokenStart - 4)..<match.tokenStart, .accompaniment) || travels || accompanying
                    || category == .business && attendsEvent(analysis, after: match.tokenEnd) else { continue }
            var row = DelegationRow()
            row.sourceID = context.sourceID
            row.evidence = analysis.sentence.text
            let clauseEnd = clauseEnd(analysis, after: match.tokenEnd)
            let listEnd = max(clauseEnd, listEnd(analysis, after: match.tokenEnd))
            row.category = category == .other ? kindBefore(analysis, start: match.tokenStart) ?? representedKind(analysis, from: match.tokenEnd, to: listEnd) ?? category : category
            row.group = analysis.sentence.text(match.tokenStart..<match.tokenEnd).lowercased()
            row.size = size?.value.map { Int($0) }
            row.sizeQualifier = size.flatMap { SizeQualifier($0) }
            row.regions = regions(analysis, from: match.tokenEnd, to: clauseEnd, quantities: quantities)
            row.fromCountry = bothSides(analysis, from: match.tokenEnd, to: listEnd, pair: context.pair)
                ?? origin(analysis, start: match.tokenStart, end: match.tokenEnd, clauseEnd: listEnd)
                ?? accompaniedLeader(analysis, before: match.tokenStart) ?? visit?.visitorCountry
                ?? leaderBefore(analysis, start: match.tokenStart) ?? ""
            row.event = event(analysis, from: match.tokenEnd)
            previousGroupEnd = match.tokenEnd
            facts.append(DelegationFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index,
                                        rule: !context.recordsRules ? "" : "delegations: '\(row.group)' (\(category.rawValue))" + (size == nil ? ", accompanying" : ", with a number")))
            // "more than 100 Kazakh and nearly 40 Uzbek business representatives": a count and a
            // nationality coordinated before the counted ones are a group of their own.
            if let size, let earlier = coordinatedCount(analysis, before: size, quantities: quantities) {
                var other = row
                other.size = earlier.size.value.map { Int($0) }
                other.sizeQualifier = SizeQualifier(earlier.size)
                other.fromCountry = earlier.country
                facts.append(DelegationFact(row: other, visitIndex: nil, sentenceIndex: analysis.sentence.index,
                                            rule: !context.recordsRules ? "" : "delegations: '\(row.group)' (\(category.rawValue)), a coordinated count"))
            }
        }
        facts += groupFacts(analysis, context: context, quantities: quantities, visit: visit, counted: facts)
        facts += titledCompanions(analysis, context: context, visit: visit, counted: facts)
        return facts
    }

    /// Words a group noun's people may come after: a link word of the lexicon ("of", "including"),
    /// or a verb and one ("made up of", "consisting of").
    static let peopleReach = 3

    /// The token after a destination right after a group noun: "to", then places joined by commas
    /// and "and" ("to Delhi and Mumbai"); `start` itself when none follows.
    static func destinationEnd(_ analysis: SentenceAnalysis, from start: Int) -> Int {
        func isPlace(_ entity: PhraseMatch<EntityRef>) -> Bool { VisitExtractor.Place(entity.value) != nil }
        guard analysis.sentence.isWord(start, "to"), let first = analysis.entity(at: start + 1), isPlace(first) else { return start }
        var end = first.tokenEnd
        while analysis.sentence.isWord(end, "and") || analysis.isPunctuation(end, UInt8(ascii: ",")),
              let next = analysis.entity(at: end + 1), next.tokenStart == end + 1, isPlace(next) {
            end = next.tokenEnd
        }
        return end
    }

    /// The people a group noun is made of, named after a link word within a few words: their nationality
    /// and kind ("a delegation of high-ranking Chinese officials", "a delegation made up of
    /// businessmen", "a delegation of Kazakh trade organizations").
    func peopleAfter(_ analysis: SentenceAnalysis, groupEnd nounEnd: Int) -> (country: String?, kind: DelegationCategory?)? {
        // "a delegation to Delhi and Mumbai comprising ministers": past where the group goes.
        let groupEnd = Self.destinationEnd(analysis, from: nounEnd)
        guard let of = analysis.tokens(from: groupEnd, upTo: groupEnd + Self.peopleReach).first(where: { analysis.isWord($0, .peopleLink, knowledge) }),
              (groupEnd..<of).allSatisfy({ analysis.sentence.tokens[$0].kind == .word && analysis.entity(at: $0) == nil }) else { return nil }
        var country: String?
        var kind: DelegationCategory?
        var position = of + 1
        let end = min(analysis.tokenCount, of + 1 + Self.otherModifiers + 2)
        while position < end, !analysis.isClauseBreak(position) {
            if let entity = analysis.entity(at: position) {
                if case .adjective(let code) = entity.value { country = country ?? code }
                position = entity.tokenEnd
                continue
            }
            if let people = analysis.tagMatch(at: position), let category = people.value.lazy.compactMap({ tag -> DelegationCategory? in
                if case .delegation(let category) = tag { return category }
                return nil
            }).first {
                return (country, kind ?? category)
            }
            // "the delegation included Foreign Minister A": office holders are the government's.
            if analysis.tagMatch(at: position)?.value.contains(where: { if case .title = $0 { return true }; return false }) ?? false {
                return (country, kind ?? .government)
            }
            // "a delegation of companies including Deutsche Bank": companies are business.
            if analysis.isWord(position, .companyNoun, knowledge) { return (country, kind ?? .business) }
            if analysis.sentence.tokens[position].kind == .word, let found = knowledge.lexicon.delegationKinds[analysis.sentence.tokens[position].foldedHash] {
                kind = kind ?? found
            } else if analysis.isWord(position, .modifierStop, knowledge) && !analysis.isWord(position, .coordinator, knowledge) {
                break
            }
            position += 1
        }
        return country == nil && kind == nil ? nil : (country, kind)
    }

    /// The count and nationality joined by "and" right before the count `size` ("100 Kazakh and
    /// 40 Uzbek ..."): a number, then a country adjective, then the coordinator.
    func coordinatedCount(_ analysis: SentenceAnalysis, before size: Quantity, quantities: [Quantity]) -> (size: Quantity, country: String)? {
        let first = analysis.sentence.tokenIndex(atByte: size.range.lowerBound)
        guard first >= 3, analysis.isWord(first - 1, .coordinator, knowledge), let entity = analysis.entity(at: first - 2),
              entity.tokenEnd == first - 1, case .adjective(let code) = entity.value,
              let earlier = quantities.last(where: { $0.unit == .number && analysis.sentence.tokenIndex(atByte: $0.range.upperBound) == entity.tokenStart })
        else { return nil }
        return (earlier, code)
    }

    /// The kind word right before people of no kind: "43 business delegates" are business.
    func kindBefore(_ analysis: SentenceAnalysis, start: Int) -> DelegationCategory? {
        guard start > 0, analysis.sentence.tokens[start - 1].kind == .word else { return nil }
        return knowledge.lexicon.delegationKinds[analysis.sentence.tokens[start - 1].foldedHash]
    }

    /// The kind of people of no kind ("representatives", "delegates") said by what they represent:
    /// "representatives of large industrial enterprises" and "representatives from 300 companies"
    /// are business. The first company noun or kind word after "of" in the group's list tells;
    /// after "from", only one before the list's first comma ("experts from ministries, banks and
    /// firms" are a mixed group).
    func representedKind(_ analysis: SentenceAnalysis, from start: Int, to end: Int) -> DelegationCategory? {
        let from = analysis.sentence.isWord(start, "from")
        guard analysis.isWord(start, .peopleLink, knowledge) || from else { return nil }
        for position in (start + 1)..<max(start + 1, end) {
            if from, analysis.isPunctuation(position, UInt8(ascii: ",")) || analysis.isWord(position, .coordinator, knowledge) { return nil }
            guard analysis.sentence.tokens[position].kind == .word else { continue }
            if analysis.isWord(position, .companyNoun, knowledge) { return .business }
            if let kind = knowledge.lexicon.delegationKinds[analysis.sentence.tokens[position].foldedHash] { return kind }
        }
        return nil
    }

    /// True for a token with no tag, or only topic tags ("finance" in "a trade and finance delegation").
    static func isTopicOrNothing(_ match: PhraseMatch<[LexiconTag]>?) -> Bool {
        match?.value.allSatisfy { if case .topic = $0 { return true }; return false } ?? true
    }

    /// Tokens after an accompaniment phrase within which a title names the people who travel: the
    /// companions' list, across its commas ("accompanied by his wife, A, Foreign Minister B").
    static let companionWindow = 16
    /// Office words after an accompaniment phrase that make a delegation: two ("one minister" is a companion).
    static let companionOffices = 2

    /// Titles of heads of state and government: a head named after an accompaniment phrase is the
    /// one accompanied ("the vice president accompanying President A"), not a companion.
    static let headRoles: Set<String> = [LeaderRole.president.rawValue, LeaderRole.primeMinister.rawValue, LeaderRole.monarch.rawValue,
                                         LeaderRole.chancellor.rawValue, LeaderRole.stateCounsellor.rawValue]

    /// "X is accompanied by Foreign Minister A, Energy Minister B ...": office holders named with
    /// their titles in the list after an accompaniment phrase are a government delegation of the
    /// visitor's country (no size: the names are not counted). The list ends at a clause break or
    /// at a visit word ("accompanied by his wife, was received by ...").
    func titledCompanions(_ analysis: SentenceAnalysis, context: ArticleContext, visit: VisitCountries?, counted: [DelegationFact]) -> [DelegationFact] {
        guard counted.isEmpty else { return [] }
        for match in analysis.tags where match.value.contains(.accompaniment) {
            var position = match.tokenEnd
            var titled = false
            var offices = 0
            while position < min(analysis.tokenCount, match.tokenEnd + Self.companionWindow), !analysis.isClauseBreak(position) || analysis.isPunctuation(position, UInt8(ascii: ";")) {
                guard let tag = analysis.tagMatch(at: position) else {
                    // "accompanied by Planning and Finance Minister X, Deputy Minister Y": office words
                    // name companions, two or more of them a delegation (one minister is a companion).
                    if analysis.isWord(position, .companionOffice, knowledge) { offices += 1 }
                    if offices >= Self.companionOffices {
                        titled = true
                        break
                    }
                    position += 1
                    continue
                }
                if tag.value.contains(where: { !$0.kind.isDisjoint(with: Self.listEndKinds) }) { break }
                if tag.value.contains(where: { if case .title(let role) = $0 { return !Self.headRoles.contains(role) }; return false }) {
                    titled = true
                    break
                }
                position = tag.tokenEnd
            }
            guard titled else { continue }
            var row = DelegationRow()
            row.sourceID = context.sourceID
            row.evidence = analysis.sentence.text
            row.category = .government
            row.group = analysis.sentence.text(match.tokenStart..<match.tokenEnd).lowercased()
            row.fromCountry = origin(analysis, start: match.tokenEnd, end: match.tokenEnd, clauseEnd: match.tokenEnd) ?? visit?.visitorCountry
                ?? leaderBefore(analysis, start: match.tokenStart) ?? ""
            return [DelegationFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index,
                                   rule: !context.recordsRules ? "" : "delegations: office holders named after '\(row.group)'")]
        }
        return []
    }

    /// Tags that end a companions' list: the sentence's own visit words.
    static let listEndKinds: LexiconTagKinds = [.visitMovement, .visitMeeting, .visitHosting, .visitHostedBy]

    /// People "of both countries" in the group's clause: the article's two countries, `;`-joined.
    /// "trade between the two sides" says what they discuss, not where they come from.
    func bothSides(_ analysis: SentenceAnalysis, from start: Int, to end: Int, pair: [String]) -> String? {
        guard pair.count == 2, start < end else { return nil }
        let named = analysis.tags.contains { match in
            match.tokenStart >= start && match.tokenStart < end && match.value.contains(.bothSides) && !(match.tokenStart > 0 && analysis.sentence.isWord(match.tokenStart - 1, "between"))
        }
        return named ? pair.sorted().joined(separator: ";") : nil
    }

    /// Where the noun phrase after a group ends: "experts from ministries, universities and firms
    /// of both countries" goes on across a list's commas, up to a clause break or fourteen words.
    func listEnd(_ analysis: SentenceAnalysis, after start: Int) -> Int {
        var token = start
        while token < analysis.tokenCount, token < start + 14, !analysis.isClauseBreak(token) {
            if analysis.isWord(token, .contrast, knowledge) || analysis.isWord(token, .pronounSubject, knowledge) { break }
            token += 1
        }
        return token
    }

    /// True when a movement word and then "with" and a leader follow the people ("engineers
    /// visiting the capital with the prime minister"): they travel with the leader.
    /// Tokens after a people noun within which its attendance word and then its event stand.
    static let attendanceReach = 24

    /// "Businesspeople from A, B and C participated in the business forum": an attendance word
    /// of the people's clause, and an event word after it.
    func attendsEvent(_ analysis: SentenceAnalysis, after end: Int) -> Bool {
        let limit = min(analysis.tokenCount, end + Self.attendanceReach)
        guard let attends = (end..<limit).first(where: { analysis.hasTag(in: $0..<($0 + 1), .visitAttendance) }),
              !(end..<attends).contains(where: { analysis.isClauseBreak($0) }) else { return false }
        return analysis.hasTag(in: analysis.tokens(from: attends + 1, upTo: attends + 6), .event)
    }

    func travelsWithLeader(_ analysis: SentenceAnalysis, after end: Int) -> Bool {
        guard let movement = analysis.tokens(from: end, upTo: end + 3).first(where: { token in analysis.tagMatch(at: token)?.value.contains(.visitMovement) ?? false }) else { return false }
        guard let withToken = analysis.tokens(from: movement + 1, upTo: movement + 5).first(where: { analysis.sentence.isWord($0, "with") }) else { return false }
        return CountryMention.all(in: analysis, knowledge: knowledge).contains { $0.isLeader && $0.token > withToken && $0.token <= withToken + 3 }
    }

    /// The nationality of a group noun of the sentence ("the Kazakh delegation arrived ..."),
    /// whether or not it makes a row: later sentences may count its members.
    func groupNationality(_ analysis: SentenceAnalysis) -> String? {
        for match in analysis.tags where match.value.contains(.delegationGroup) && !analysis.isWord(match.tokenEnd - 1, .kindedGroup, knowledge) {
            for token in stride(from: match.tokenStart - 1, through: max(0, match.tokenStart - 3), by: -1) {
                if let entity = analysis.entity(at: token), case .adjective(let code) = entity.value { return code }
            }
        }
        return nil
    }

    /// "Travelling with X were ministers ...": the country of the leader right after an
    /// accompaniment phrase that stands before the group, the one the group travels with.
    func accompaniedLeader(_ analysis: SentenceAnalysis, before start: Int) -> String? {
        let leaders = CountryMention.all(in: analysis, knowledge: knowledge).filter(\.isLeader)
        return leaders.last { leader in
            leader.tokenEnd <= start && analysis.tagMatch(endingAt: leader.token, .accompaniment) != nil
        }?.code
    }

    /// The country of a leader named before a group with no other origin: "the president is
    /// bringing 40 executives" brings them from his own country.
    /// Tokens before a group phrase within which a verb of leading stands ("will lead a delegation").
    static let leadVerbReach = 3

    func leaderBefore(_ analysis: SentenceAnalysis, start: Int) -> String? {
        CountryMention.all(in: analysis, knowledge: knowledge).last { $0.isLeader && $0.tokenEnd <= start }?.code
    }

    /// Tags of a sentence where people travel, meet or gather, or where a leader is named by a
    /// title ("43 business delegates accompanied the Emir"): counted people there may be a delegation.
    static let gatheringKinds: LexiconTagKinds = [.visitMovement, .visitMeeting, .visitHosting, .visitHostedBy, .visitType,
                                                  .visitAttendance, .visitParticipants, .accompaniment, .delegationGroup, .event, .title]

    /// Words other than kinds and nationalities a group noun's phrase may have ("a large trade and
    /// finance delegation"), and between "delegation of" and its people ("of high-ranking officials").
    static let otherModifiers = 3
    /// Tokens before a people noun within which its nationalities are read ("South Korean and Iranian business").
    static let nationalityReach = 8

    /// Delegations named as a whole: "a 205-member business delegation", "the Kazakh government's
    /// delegation", "a delegation of Egyptian businessmen", "the Uzbek delegation". A kind word or a
    /// nationality in the noun's phrase, people of a category after it, or a size make it a row; a
    /// bare "the delegation" does not.
    func groupFacts(_ analysis: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitCountries?,
                    counted: [DelegationFact]) -> [DelegationFact] {
        var facts: [DelegationFact] = []
        for match in analysis.tags where match.value.contains(.delegationGroup) {
            let noun = match.tokenStart
            // "a delegation of 20 business leaders", "a delegation including five ministers": the people's row already.
            // "a high-level delegation, including five ministers", "a delegation that includes 60
            // executives" too.
            let link = analysis.isPunctuation(match.tokenEnd, UInt8(ascii: ",")) || analysis.isWord(match.tokenEnd, .pronounSubject, knowledge)
                ? match.tokenEnd + 1 : match.tokenEnd
            // A group counted on its own ("a 150-member delegation including 50 executives") is a
            // row besides its people's.
            if analysis.isWord(link, .peopleLink, knowledge), analysis.tags.contains(where: { tag in
                tag.tokenStart > link && tag.tokenStart <= link + 4 && tag.value.contains { if case .delegation = $0 { return true }; return false }
            }), !counted.isEmpty, !analysis.isWord(noun - 1, .memberNoun, knowledge) { continue }
            var first = noun
            var kind: DelegationCategory?
            var country: String?
            var size: Int?
            var otherModifiers = 0
            // "a business mission": a group phrase of the lexicon may hold its kind word.
            for inner in noun..<(match.tokenEnd - 1) where analysis.sentence.tokens[inner].kind == .word {
                if let found = knowledge.lexicon.delegationKinds[analysis.sentence.tokens[inner].foldedHash] {
                    kind = found
                    break
                }
            }
            var position = noun - 1
            while position >= max(0, noun - 6) {
                if analysis.sentence.tokens[position].kind == .word, let found = knowledge.lexicon.delegationKinds[analysis.sentence.tokens[position].foldedHash] {
                    kind = kind ?? found
                    first = position
                    position -= 1
                    continue
                }
                if let entity = analysis.entity(at: position), case .adjective(let code) = entity.value {
                    country = country ?? code
                    first = entity.tokenStart
                    position = entity.tokenStart - 1
                    continue
                }
                // "Uzbekistan's delegation": a country's possessive.
                if let entity = analysis.entity(at: position), case .country(let code) = entity.value, analysis.isPossessive(at: entity.tokenEnd) {
                    country = country ?? code
                    first = entity.tokenStart
                    position = entity.tokenStart - 1
                    continue
                }
                // "a 205-member delegation", "a 1,500-strong entourage": the number before "member" (an
                // intra-word hyphen is no token).
                if analysis.isWord(position, .memberNoun, knowledge), position >= 1,
                   let members = quantities.last(where: { $0.unit == .number && $0.range.upperBound == analysis.sentence.tokens[position - 1].end })?.value
                    ?? Int(analysis.sentence.text((position - 1)..<position)).map(Double.init) {
                    size = Int(members)
                    first = analysis.sentence.tokenIndex(atByte: quantities.last { $0.range.upperBound == analysis.sentence.tokens[position - 1].end }?.range.lowerBound
                        ?? analysis.sentence.tokens[position - 1].start)
                    break
                }
                if analysis.isPunctuation(position, UInt8(ascii: "'")) || analysis.sentence.isWord(position, "s") { position -= 1; continue }
                // "a large trade and finance delegation": other modifiers and "and" inside the noun
                // phrase; a determiner, a preposition or a verb of the stop list ends it.
                if analysis.sentence.tokens[position].kind == .word, analysis.entity(at: position) == nil, Self.isTopicOrNothing(analysis.tagMatch(at: position)),
                   otherModifiers < Self.otherModifiers, analysis.isWord(position, .coordinator, knowledge) || !analysis.isWord(position, .modifierStop, knowledge) {
                    otherModifiers += 1
                    position -= 1
                    continue
                }
                break
            }
            // "a delegation of (Egyptian) businessmen", "a delegation made up of governors": the people
            // say the kind and maybe the country.
            if let people = peopleAfter(analysis, groupEnd: match.tokenEnd) {
                country = country ?? people.country
                kind = kind ?? people.kind
            }
            // "the Uzbek delegation": a nationality names a delegation too.
            // "the delegation, numbering 400 people": a size said after the noun.
            if size == nil { size = sizeAfter(analysis, groupEnd: match.tokenEnd, quantities: quantities) }
            // "the sizeable delegation accompanying him": the visitor's own delegation.
            let accompanies = analysis.hasTag(in: match.tokenEnd..<(match.tokenEnd + 2), .accompaniment)
            if accompanies, country == nil { country = visit?.visitorCountry }
            // "X, accompanied by an extensive delegation, ...": the group that travels with the
            // leader before it is that leader's country's.
            if country == nil, analysis.hasTag(in: max(0, first - 3)..<first, .accompaniment) {
                country = leaderBefore(analysis, start: first) ?? visit?.visitorCountry
            }
            // "X will be accompanied by his wife and a delegation of ...": the group on the list
            // after "accompanied by" travels with the leader named before those words.
            if country == nil, let accompaniment = analysis.tags.last(where: { $0.tokenEnd <= first && $0.value.contains(.accompaniment) }) {
                country = leaderBefore(analysis, start: accompaniment.tokenStart)
            }
            // "Prime Minister Abiy and his delegation": a leader named and then his own delegation is
            // the government's ("shown to him and his delegation" names no leader there).
            if kind == nil, size == nil, country == nil, analysis.isWord(noun - 1, .possessivePronoun, knowledge),
               analysis.isWord(noun - 2, .coordinator, knowledge), let leader = analysis.entity(at: noun - 3),
               case .leader = leader.value, let leaderCountry = leaderBefore(analysis, start: noun - 1) {
                country = leaderCountry
                kind = .government
            }
            // "a delegation led by X", "the delegation that was headed by President X": a group
            // a leader heads is that leader's country's government's.
            if country == nil, let leader = headingLeader(analysis, groupEnd: match.tokenEnd) {
                country = leader
                kind = kind ?? .government
            }
            // "Abe will lead a 150-member delegation": the group of a leader who leads it.
            if country == nil, (max(0, first - Self.leadVerbReach)..<first).contains(where: { analysis.isWord($0, .leadVerb, knowledge) }) {
                country = leaderBefore(analysis, start: first)
            }
            guard kind != nil || size != nil || country != nil else { continue }
            guard kind != nil || !analysis.isWord(match.tokenEnd - 1, .kindedGroup, knowledge) else { continue }
            // "a high-level delegation": the group starts with the whole hyphenated word.
            while first > 0, analysis.sentence.tokens[first].start == analysis.sentence.tokens[first - 1].end + 1,
                  analysis.sentence.utf8[analysis.sentence.tokens[first].start - 1] == UInt8(ascii: "-") { first -= 1 }
            var row = DelegationRow()
            row.sourceID = context.sourceID
            row.evidence = analysis.sentence.text
            row.category = kind ?? .other
            row.group = analysis.sentence.text(first..<match.tokenEnd).lowercased()
            row.size = size
            let clauseEnd = clauseEnd(analysis, after: match.tokenEnd)
            // "a delegation of (Kazakh) scientists ...": the people's own nationality comes first.
            row.fromCountry = country ?? bothSides(analysis, from: match.tokenEnd, to: clauseEnd, pair: context.pair)
                ?? origin(analysis, start: match.tokenStart, end: match.tokenEnd, clauseEnd: clauseEnd) ?? visit?.visitorCountry
                ?? leaderBefore(analysis, start: match.tokenStart) ?? ""
            row.event = event(analysis, from: match.tokenEnd)
            facts.append(DelegationFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index,
                                        rule: !context.recordsRules ? "" : "delegations: group noun '\(row.group)'"))
        }
        return facts
    }

    /// Tokens after a group noun within which a `group_leader` word ("led", "headed") may stand
    /// ("the delegation that was headed by").
    static let groupLeaderReach = 3
    /// Tokens after "by" within which the heading leader is named (a title before the name).
    static let headingLeaderReach = 3

    /// The country of the leader named right after "led by"/"headed by" shortly after a group noun.
    func headingLeader(_ analysis: SentenceAnalysis, groupEnd: Int) -> String? {
        guard let verb = analysis.tokens(from: groupEnd, upTo: groupEnd + Self.groupLeaderReach).first(where: { analysis.isWord($0, .groupLeader, knowledge) }),
              analysis.sentence.isWord(verb + 1, "by") else { return nil }
        let by = verb + 1
        return CountryMention.all(in: analysis, knowledge: knowledge).first { $0.isLeader && $0.token > by && $0.token <= by + Self.headingLeaderReach }?.code
    }

    /// Tokens after a group noun within which "numbering" gives its size.
    static let sizeAfterReach = 4

    /// "the delegation of the head of China, numbering 400 people": the number right after a
    /// `group_size` word shortly after the group noun.
    /// "a delegation of 81 people": also a number right after the group's `people_link` word when a
    /// `person_noun` follows it.
    func sizeAfter(_ analysis: SentenceAnalysis, groupEnd: Int, quantities: [Quantity]) -> Int? {
        let reach = analysis.tokens(from: groupEnd, upTo: groupEnd + Self.sizeAfterReach + 4)
        if let word = reach.first(where: { analysis.isWord($0, .groupSize, knowledge) }) {
            return number(analysis, rightAfter: word, quantities: quantities)?.value.map { Int($0) }
        }
        guard let link = analysis.tokens(from: groupEnd, upTo: groupEnd + Self.peopleReach).first(where: { analysis.isWord($0, .peopleLink, knowledge) }),
              (groupEnd..<link).allSatisfy({ analysis.sentence.tokens[$0].kind == .word && analysis.entity(at: $0) == nil }),
              let quantity = number(analysis, rightAfter: link, quantities: quantities),
              analysis.isWord(analysis.sentence.tokenIndex(atByte: quantity.range.upperBound - 1) + 1, .personNoun, knowledge) else { return nil }
        return quantity.value.map { Int($0) }
    }

    /// The number that starts right after token `word`.
    func number(_ analysis: SentenceAnalysis, rightAfter word: Int, quantities: [Quantity]) -> Quantity? {
        let after = analysis.sentence.tokens[word].end
        guard let quantity = quantities.first(where: { $0.range.lowerBound > after }), quantity.unit == .number,
              analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound) == word + 1 else { return nil }
        return quantity
    }

    /// "the rectors of more than 120 universities": heads of a counted number of institutions are
    /// that many; so are people "from" a counted number of companies ("executives from at least
    /// 100 companies"), not people "from 20 countries".
    func sizeOfHeads(_ analysis: SentenceAnalysis, after end: Int, quantities: [Quantity]) -> Quantity? {
        let from = analysis.sentence.isWord(end, "from")
        guard analysis.sentence.isWord(end, "of") || from else { return nil }
        let ofEnd = analysis.sentence.tokens[end].end
        // The number right after "of" ("of more than 120"), not "of the two countries".
        guard let quantity = quantities.first(where: { $0.range.lowerBound >= ofEnd }), quantity.unit == .number,
              analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound) == end + 1 else { return nil }
        if from {
            let after = analysis.sentence.tokenIndex(atByte: quantity.range.upperBound)
            guard analysis.tokens(from: after, upTo: after + 2).contains(where: { analysis.isWord($0, .companyNoun, knowledge) }) else { return nil }
        }
        return quantity
    }

    /// A count ending at most two modifiers before the group noun ("70 Russian rectors").
    func sizeBefore(_ analysis: SentenceAnalysis, start: Int, quantities: [Quantity]) -> Quantity? {
        let startByte = analysis.sentence.tokens[start].start
        guard let quantity = quantities.last(where: { $0.range.upperBound <= startByte }), quantity.unit == .number else { return nil }
        let first = analysis.sentence.tokenIndex(atByte: quantity.range.upperBound)
        // "230 South Korean business executives", "450 Korean and Iranian business leaders": besides
        // nationalities, `and` and kind words, at most two other words stand between.
        var otherWords = 0
        var position = first
        // "19 of his top government officials": a number of the leader's own people.
        if analysis.means(position, .of, values: knowledge.lexicon.values), analysis.isWord(position + 1, .possessivePronoun, knowledge) { position += 2 }
        while position < start {
            if let entity = analysis.entity(at: position), case .adjective = entity.value {
                position = entity.tokenEnd
                continue
            }
            guard analysis.sentence.tokens[position].kind == .word else { return nil }
            // "five ministers and senior officials": the number counts the first people noun only.
            if analysis.tagMatch(at: position)?.value.contains(where: { if case .delegation = $0 { return true }; return false }) ?? false { return nil }
            if !isKindWord(analysis, position) && !analysis.isWord(position, .coordinator, knowledge) { otherWords += 1 }
            guard otherWords <= 2 else { return nil }
            position += 1
        }
        return quantity
    }

    /// True for a word of the lexicon's delegation kinds ("business", "official").
    func isKindWord(_ analysis: SentenceAnalysis, _ position: Int) -> Bool {
        analysis.sentence.tokens[position].kind == .word && knowledge.lexicon.delegationKinds[analysis.sentence.tokens[position].foldedHash] != nil
    }

    func clauseEnd(_ analysis: SentenceAnalysis, after start: Int) -> Int {
        var position = start
        while position < analysis.tokenCount, !analysis.isClauseBreak(position), !analysis.isPunctuation(position, UInt8(ascii: ",")) { position += 1 }
        return position
    }

    /// "from 18 regions" in the group's clause.
    func regions(_ analysis: SentenceAnalysis, from: Int, to: Int, quantities: [Quantity]) -> Int? {
        for quantity in quantities where quantity.unit == .number {
            let next = analysis.sentence.tokenIndex(atByte: quantity.range.upperBound)
            guard next >= from, next < to else { continue }
            if analysis.isWord(next, .regionNoun, knowledge) {
                return quantity.value.map { Int($0) }
            }
        }
        return nil
    }

    /// An adjective before the group ("Russian rectors"), or "from/of <country>" after it.
    func origin(_ analysis: SentenceAnalysis, start: Int, end: Int, clauseEnd: Int) -> String? {
        // "Korean and Iranian business leaders": every nationality of the modifiers, `;`-joined.
        var codes: [String] = []
        var modifier = start - 1
        while modifier >= 0, start - modifier <= Self.nationalityReach {
            if let entity = analysis.entity(at: modifier), case .adjective(let code) = entity.value {
                if !codes.contains(code) { codes.append(code) }
                modifier = entity.tokenStart - 1
                continue
            }
            guard isKindWord(analysis, modifier) || analysis.isWord(modifier, .coordinator, knowledge) && !codes.isEmpty else { break }
            modifier -= 1
        }
        if !codes.isEmpty { return codes.sorted().joined(separator: ";") }
        for position in max(0, start - 2)..<start {
            if let entity = analysis.entity(at: position), case .adjective(let code) = entity.value { return code }
        }
        // "80 US companies": a country's name right before the noun, after the count, modifies it.
        if start > 0, let entity = analysis.entity(at: start - 1), entity.tokenEnd == start, case .country(let code) = entity.value,
           entity.tokenStart > 0, analysis.sentence.tokens[entity.tokenStart - 1].kind == .number {
            return code
        }
        var position = end
        while position < clauseEnd {
            // "from Kazakhstan", "of the Kazakh army".
            if let entity = analysis.entity(at: position), let code = knowledge.country(of: entity.value),
               case let before = analysis.sentence.isWord(entity.tokenStart - 1, "the") ? entity.tokenStart - 2 : entity.tokenStart - 1,
                analysis.sentence.isWord(before, "from") || analysis.sentence.isWord(before, "of") {
                // "institutions of A and B", "businesspeople from A, B, C and D": every country of
                // the list, `;`-joined.
                var codes = [code]
                var next = entity.tokenEnd
                while next < clauseEnd, analysis.isPunctuation(next, UInt8(ascii: ",")) || analysis.isWord(next, .coordinator, knowledge) {
                    var item = next + 1
                    if analysis.isWord(item, .coordinator, knowledge) { item += 1 }
                    if analysis.isWord(item, .definite, knowledge) { item += 1 }
                    guard let listed = analysis.entity(at: item), listed.tokenStart == item, let other = knowledge.country(of: listed.value),
                          !analysis.isPossessive(at: listed.tokenEnd) else { break }
                    if !codes.contains(other) { codes.append(other) }
                    next = listed.tokenEnd
                }
                return codes.sorted().joined(separator: ";")
            }
            position += 1
        }
        return nil
    }

    /// The event noun phrase after the group: "the 8th interregional conference".
    func event(_ analysis: SentenceAnalysis, from start: Int) -> String {
        var position = start
        while position < analysis.tokenCount {
            if let match = analysis.tagMatch(at: position), match.value.contains(.event) {
                var first = match.tokenStart
                while first > start, first > match.tokenStart - 4, analysis.sentence.tokens[first - 1].kind != .punctuation || analysis.isPunctuation(first - 1, UInt8(ascii: "'")),
                    !analysis.isWord(first - 1, .definite, knowledge), !analysis.isWord(first - 1, .indefinite, knowledge),
                    !analysis.sentence.isWord(first - 1, "at"), analysis.tagMatch(at: first - 1).map({ !$0.value.contains(.visitAttendance) }) ?? true {
                    first -= 1
                }
                return analysis.sentence.text(first..<match.tokenEnd)
            }
            position += 1
        }
        return ""
    }
}
