import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
/// Reads delegations: a number of people of a known kind ("over 200 executives"), where they
/// came from, how many regions, and the event they attended.
package struct DelegationExtractor: Sendable {
    package var knowledge: Knowledge

    package init(knowledge: Knowledge) { self.knowledge = knowledge }

    package func facts(in a: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitMention?) -> [DelegationFact] {
        var facts: [DelegationFact] = []
        var previousGroupEnd = -10
        for match in a.tags {
            guard let category = match.value.lazy.compactMap({ tag -> DelegationCategory? in
                if case .delegation(let category) = tag { return category }
                return nil
            }).first else { continue }
            // "executives and corporate representatives": one group under one number.
            let coordinated = (previousGroupEnd..<match.tokenStart).allSatisfy { a.isWord($0, .coordinator, knowledge) || a.isPunctuation($0, UInt8(ascii: ",")) }
            if match.tokenStart - previousGroupEnd <= 2, coordinated {
                previousGroupEnd = match.tokenEnd
                continue
            }
            // "over 200 executives"; "the rectors of more than 120 universities"; "accompanied by
            // ministers and business figures" (a group without a number has no size).
            let size = sizeBefore(a, start: match.tokenStart, quantities: quantities) ?? sizeOfHeads(a, after: match.tokenEnd, quantities: quantities)
            guard size != nil || a.hasTag(in: (match.tokenStart - 4)..<match.tokenStart, { $0 == .accompaniment })
                || travelsWithLeader(a, after: match.tokenEnd) else { continue }
            var row = DelegationRow()
            row.sourceID = context.sourceID
            row.evidence = a.sentence.text
            row.category = category
            row.group = a.sentence.text(match.tokenStart..<match.tokenEnd).lowercased()
            row.size = size?.value.map { Int($0) }
            row.sizeQualifier = size.flatMap { SizeQualifier($0) }
            let clauseEnd = clauseEnd(a, after: match.tokenEnd)
            row.regions = regions(a, from: match.tokenEnd, to: clauseEnd, quantities: quantities)
            row.fromCountry = bothSides(a, from: match.tokenEnd, to: max(clauseEnd, listEnd(a, after: match.tokenEnd)), pair: context.pair)
                ?? origin(a, start: match.tokenStart, end: match.tokenEnd, clauseEnd: clauseEnd) ?? visit?.visitorCountry
                ?? leaderBefore(a, start: match.tokenStart) ?? ""
            row.event = event(a, from: match.tokenEnd)
            previousGroupEnd = match.tokenEnd
            facts.append(DelegationFact(row: row, visitIndex: nil, sentenceIndex: a.sentence.index,
                                        rule: !context.recordsRules ? "" : "delegations: '\(row.group)' (\(category.rawValue))" + (size == nil ? ", accompanying" : ", with a number")))
        }
        facts += groupFacts(a, context: context, quantities: quantities, visit: visit, counted: facts)
        return facts
    }

    /// People "of both countries" in the group's clause: the article's two countries, `;`-joined.
    /// "trade between the two sides" says what they discuss, not where they come from.
    func bothSides(_ a: SentenceAnalysis, from start: Int, to end: Int, pair: [String]) -> String? {
        guard pair.count == 2, start < end else { return nil }
        let named = a.tags.contains { match in
            match.tokenStart >= start && match.tokenStart < end && match.value.contains(.bothSides) && !(match.tokenStart > 0 && a.sentence.isWord(match.tokenStart - 1, "between"))
        }
        return named ? pair.sorted().joined(separator: ";") : nil
    }

    /// Where the noun phrase after a group ends: "experts from ministries, universities and firms
    /// of both countries" goes on across a list's commas, up to a clause break or fourteen words.
    func listEnd(_ a: SentenceAnalysis, after start: Int) -> Int {
        var token = start
        while token < a.tokenCount, token < start + 14, !a.isClauseBreak(token) {
            if a.isWord(token, .contrast, knowledge) || a.isWord(token, .pronounSubject, knowledge) { break }
            token += 1
        }
        return token
    }

    /// True when a movement word and then "with" and a leader follow the people ("engineers
    /// visiting the capital with the prime minister"): they travel with the leader.
    func travelsWithLeader(_ a: SentenceAnalysis, after end: Int) -> Bool {
        guard let movement = (end..<min(a.tokenCount, end + 3)).first(where: { token in a.tagMatch(at: token)?.value.contains(.visitMovement) ?? false }) else { return false }
        guard let withToken = (movement + 1..<min(a.tokenCount, movement + 5)).first(where: { a.sentence.isWord($0, "with") }) else { return false }
        return CountryMention.all(in: a, knowledge: knowledge).contains { $0.isLeader && $0.token > withToken && $0.token <= withToken + 3 }
    }

    /// The nationality of a group noun of the sentence ("the Kazakh delegation arrived ..."),
    /// whether or not it makes a row: later sentences may count its members.
    func groupNationality(_ a: SentenceAnalysis) -> String? {
        for match in a.tags where match.value.contains(.delegationGroup) {
            for token in stride(from: match.tokenStart - 1, through: max(0, match.tokenStart - 3), by: -1) {
                if let entity = a.entity(at: token), case .adjective(let code) = entity.value { return code }
            }
        }
        return nil
    }

    /// The country of a leader named before a group with no other origin: "the president is
    /// bringing 40 executives" brings them from his own country.
    func leaderBefore(_ a: SentenceAnalysis, start: Int) -> String? {
        CountryMention.all(in: a, knowledge: knowledge).last { $0.isLeader && $0.tokenEnd <= start }?.code
    }

    /// Delegations named as a whole: "a 205-member business delegation", "the Kazakh government's
    /// delegation", "a delegation of Egyptian businessmen". A kind word before the noun, people of a
    /// category after it, or a size make it a row; a bare "the delegation" does not.
    func groupFacts(_ a: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitMention?,
                    counted: [DelegationFact]) -> [DelegationFact] {
        var facts: [DelegationFact] = []
        for match in a.tags where match.value.contains(.delegationGroup) {
            let noun = match.tokenStart
            // "a delegation of 20 business leaders" is the people's row already.
            if a.sentence.isWord(match.tokenEnd, "of"), a.tags.contains(where: { tag in
                tag.tokenStart > match.tokenEnd && tag.tokenStart <= match.tokenEnd + 4 && tag.value.contains { if case .delegation = $0 { return true }; return false }
            }), !counted.isEmpty { continue }
            var first = noun
            var kind: DelegationCategory?
            var country: String?
            var size: Int?
            var k = noun - 1
            while k >= max(0, noun - 6) {
                if a.sentence.tokens[k].kind == .word, let found = knowledge.lexicon.delegationKinds[a.sentence.tokens[k].foldedHash] {
                    kind = kind ?? found
                    first = k
                    k -= 1
                    continue
                }
                if let entity = a.entity(at: k), case .adjective(let code) = entity.value {
                    country = country ?? code
                    first = entity.tokenStart
                    k = entity.tokenStart - 1
                    continue
                }
                // "a 205-member delegation": the digits before "member" (an intra-word hyphen is no token).
                if a.isWord(k, .memberNoun, knowledge), k >= 1, let members = Int(a.sentence.text((k - 1)..<k)) {
                    size = members
                    first = k - 1
                    break
                }
                if a.isPunctuation(k, UInt8(ascii: "'")) || a.sentence.isWord(k, "s") { k -= 1; continue }
                break
            }
            // "a delegation of (Egyptian) businessmen": the people say the kind and maybe the country.
            if a.sentence.isWord(match.tokenEnd, "of") {
                var j = match.tokenEnd + 1
                if let entity = a.entity(at: j), case .adjective(let code) = entity.value {
                    country = country ?? code
                    j = entity.tokenEnd
                }
                if let people = a.tagMatch(at: j), let category = people.value.lazy.compactMap({ tag -> DelegationCategory? in
                    if case .delegation(let category) = tag { return category }
                    return nil
                }).first {
                    kind = kind ?? category
                }
            }
            guard kind != nil || size != nil else { continue }
            var row = DelegationRow()
            row.sourceID = context.sourceID
            row.evidence = a.sentence.text
            row.category = kind ?? .other
            row.group = a.sentence.text(first..<match.tokenEnd).lowercased()
            row.size = size
            let clauseEnd = clauseEnd(a, after: match.tokenEnd)
            // "a delegation of (Kazakh) scientists ...": the people's own nationality comes first.
            row.fromCountry = country ?? bothSides(a, from: match.tokenEnd, to: clauseEnd, pair: context.pair)
                ?? origin(a, start: match.tokenStart, end: match.tokenEnd, clauseEnd: clauseEnd) ?? visit?.visitorCountry
                ?? leaderBefore(a, start: match.tokenStart) ?? ""
            row.event = event(a, from: match.tokenEnd)
            facts.append(DelegationFact(row: row, visitIndex: nil, sentenceIndex: a.sentence.index,
                                        rule: !context.recordsRules ? "" : "delegations: group noun '\(row.group)'"))
        }
        return facts
    }

    /// "the rectors of more than 120 universities": heads of a counted number of institutions are that many.
    func sizeOfHeads(_ a: SentenceAnalysis, after end: Int, quantities: [Quantity]) -> Quantity? {
        guard a.sentence.isWord(end, "of") else { return nil }
        let ofEnd = a.sentence.tokens[end].end
        // The number right after "of" ("of more than 120"), not "of the two countries".
        guard let quantity = quantities.first(where: { $0.range.lowerBound >= ofEnd }), quantity.unit == .number,
              a.sentence.tokenIndex(atByte: quantity.range.lowerBound) == end + 1 else { return nil }
        return quantity
    }

    /// A count ending at most two modifiers before the group noun ("70 Russian rectors").
    func sizeBefore(_ a: SentenceAnalysis, start: Int, quantities: [Quantity]) -> Quantity? {
        let startByte = a.sentence.tokens[start].start
        guard let quantity = quantities.last(where: { $0.range.upperBound <= startByte }), quantity.unit == .number else { return nil }
        let first = a.sentence.tokenIndex(atByte: quantity.range.upperBound)
        guard start - first <= 2 else { return nil }
        for k in first..<start where a.sentence.tokens[k].kind != .word { return nil }
        return quantity
    }

    func clauseEnd(_ a: SentenceAnalysis, after start: Int) -> Int {
        var k = start
        while k < a.tokenCount, !a.isClauseBreak(k), !a.isPunctuation(k, UInt8(ascii: ",")) { k += 1 }
        return k
    }

    /// "from 18 regions" in the group's clause.
    func regions(_ a: SentenceAnalysis, from: Int, to: Int, quantities: [Quantity]) -> Int? {
        for quantity in quantities where quantity.unit == .number {
            let next = a.sentence.tokenIndex(atByte: quantity.range.upperBound)
            guard next >= from, next < to else { continue }
            if a.isWord(next, .regionNoun, knowledge) {
                return quantity.value.map { Int($0) }
            }
        }
        return nil
    }

    /// An adjective before the group ("Russian rectors"), or "from/of <country>" after it.
    func origin(_ a: SentenceAnalysis, start: Int, end: Int, clauseEnd: Int) -> String? {
        for k in max(0, start - 2)..<start {
            if let entity = a.entity(at: k), case .adjective(let code) = entity.value { return code }
        }
        var k = end
        while k < clauseEnd {
            if let entity = a.entity(at: k), let code = knowledge.country(of: entity.value),
                a.sentence.isWord(entity.tokenStart - 1, "from") || a.sentence.isWord(entity.tokenStart - 1, "of") {
                // "institutions of A and B": both countries, `;`-joined.
                let next = entity.tokenEnd + (a.isWord(entity.tokenEnd + 1, .definite, knowledge) ? 2 : 1)
                if a.isWord(entity.tokenEnd, .coordinator, knowledge), let second = a.entity(at: next),
                   let other = knowledge.country(of: second.value), other != code {
                    return [code, other].sorted().joined(separator: ";")
                }
                return code
            }
            k += 1
        }
        return nil
    }

    /// The event noun phrase after the group: "the 8th interregional conference".
    func event(_ a: SentenceAnalysis, from start: Int) -> String {
        var k = start
        while k < a.tokenCount {
            if let match = a.tagMatch(at: k), match.value.contains(.event) {
                var first = match.tokenStart
                while first > start, first > match.tokenStart - 4, a.sentence.tokens[first - 1].kind != .punctuation || a.isPunctuation(first - 1, UInt8(ascii: "'")),
                    !a.isWord(first - 1, .definite, knowledge), !a.isWord(first - 1, .indefinite, knowledge),
                    !a.sentence.isWord(first - 1, "at"), a.tagMatch(at: first - 1).map({ !$0.value.contains(.visitAttendance) }) ?? true {
                    first -= 1
                }
                return a.sentence.text(first..<match.tokenEnd)
            }
            k += 1
        }
        return ""
    }
}
