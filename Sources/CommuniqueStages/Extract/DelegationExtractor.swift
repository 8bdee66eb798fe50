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
            let coordinated = (previousGroupEnd..<match.tokenStart).allSatisfy { a.sentence.isWord($0, "and") || a.sentence.isWord($0, "or") || a.isPunctuation($0, UInt8(ascii: ",")) }
            if match.tokenStart - previousGroupEnd <= 2, coordinated {
                previousGroupEnd = match.tokenEnd
                continue
            }
            guard let size = sizeBefore(a, start: match.tokenStart, quantities: quantities) else { continue }
            var row = DelegationRow()
            row.sourceID = context.sourceID
            row.evidence = a.sentence.text
            row.category = category
            row.group = a.sentence.text(match.tokenStart..<match.tokenEnd).lowercased()
            row.size = size.value.map { Int($0) }
            row.sizeQualifier = SizeQualifier(size)
            let clauseEnd = clauseEnd(a, after: match.tokenEnd)
            row.regions = regions(a, from: match.tokenEnd, to: clauseEnd, quantities: quantities)
            row.fromCountry = origin(a, start: match.tokenStart, end: match.tokenEnd, clauseEnd: clauseEnd) ?? visit?.visitorCountry ?? ""
            row.event = event(a, from: match.tokenEnd)
            previousGroupEnd = match.tokenEnd
            facts.append(DelegationFact(row: row, visitIndex: nil, sentenceIndex: a.sentence.index,
                                        rule: !context.recordsRules ? "" : "delegations: number before '\(row.group)' (\(category.rawValue))"))
        }
        return facts
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
            if a.sentence.isWord(next, "regions") || a.sentence.isWord(next, "provinces") || a.sentence.isWord(next, "cities") {
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
                    !a.sentence.isWord(first - 1, "the"), !a.sentence.isWord(first - 1, "a"), !a.sentence.isWord(first - 1, "an"),
                    !a.sentence.isWord(first - 1, "at"), !a.sentence.isWord(first - 1, "attended") {
                    first -= 1
                }
                return a.sentence.text(first..<match.tokenEnd)
            }
            k += 1
        }
        return ""
    }
}
