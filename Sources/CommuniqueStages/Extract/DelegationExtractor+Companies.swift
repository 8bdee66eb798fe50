import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// Companies counted at an event or travelling with a visitor: "Russia is represented by more
/// than 100 companies at the exhibition", "about 100 companies from both countries attended the
/// business forum", "accompanied by seven ministers and the heads of some 120 companies".
extension DelegationExtractor {
    /// The first token of a vague count ("a large number of", lexicon `documents.vague_count`)
    /// that ends right before the company noun, past nationalities, kind words and "and".
    func vagueCountStart(_ analysis: SentenceAnalysis, before noun: Int) -> Int? {
        var position = noun - 1
        while position >= 0 {
            if let entity = analysis.entity(at: position), case .adjective = entity.value {
                position = entity.tokenStart - 1
                continue
            }
            guard isKindWord(analysis, position) || analysis.isWord(position, .coordinator, knowledge) else { break }
            position -= 1
        }
        return analysis.tagMatch(endingAt: position + 1, .vagueCount)?.tokenStart
    }

    /// Tokens before a count within which an accompaniment word makes the counted companies travel
    /// with the visitor ("accompanied by his wife, seven ministers and the heads of some 120 companies").
    static let accompanimentReach = 16
    /// Tokens after a company noun within which an accompaniment word does ("110 businesses, who will accompany").
    static let accompanyingAfterReach = 4

    /// True when an accompaniment word stands shortly before the count or right after the noun.
    func accompanied(_ accompaniments: [Int], count: Int, noun: Int) -> Bool {
        accompaniments.contains { word in
            (count - Self.accompanimentReach..<count).contains(word) || (noun + 1...noun + Self.accompanyingAfterReach).contains(word)
        }
    }

    /// In a sentence of attendance, of accompaniment or one that names an event, a count right
    /// before a `companies` word is a business delegation: the companies of the countries "both"
    /// names, else of the country named with them or last before the count in its clause, else
    /// (accompanying) of the visitor; with no such country, no row. The count is claimed either
    /// way, so that it is no `companies` figure of the trade table. The extractor calls it for
    /// sentences with an attendance, accompaniment or event word (`eventKinds`) and a trade indicator.
    func eventCompanies(_ analysis: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitCountries?,
                        claimed: inout [Range<Int>]) -> [DelegationFact] {
        // "accompanied by ... the heads of some 120 companies", "110 Vietnamese businesses, who
        // will accompany the President": companies that travel with the visitor are the visitor's.
        let accompaniments = analysis.tags.filter { $0.value.contains(.accompaniment) }.map(\.tokenStart)
        var facts: [DelegationFact] = []
        for position in 0..<analysis.tokenCount where analysis.isWord(position, .companyNoun, knowledge) {
            let size = sizeBefore(analysis, start: position, quantities: quantities)
            // "a large number of Kazakh and Uzbek companies": counted without a number.
            let vague = size == nil ? vagueCountStart(analysis, before: position) : nil
            if let size, claimed.contains(size.range) { continue }
            guard let countStart = size.map({ analysis.sentence.tokenIndex(atByte: $0.range.lowerBound) }) ?? vague else { continue }
            let clauseStart = (0..<countStart).last { analysis.isClauseBreak($0) || analysis.isPunctuation($0, UInt8(ascii: ",")) }.map { $0 + 1 } ?? 0
            let subject = CountryMention.all(in: analysis, knowledge: knowledge).last { !$0.isLeader && $0.token >= clauseStart && $0.tokenEnd <= countStart }
            var row = DelegationRow()
            row.sourceID = context.sourceID
            row.evidence = analysis.sentence.text
            row.category = .business
            row.group = analysis.sentence.text(position..<(position + 1)).lowercased()
            row.size = size?.value.map { Int($0) }
            row.sizeQualifier = size.flatMap(SizeQualifier.init)
            let clauseEnd = clauseEnd(analysis, after: position + 1)
            // The count is the event's, no trade figure, even when no country says whose companies they are
            // ("550 foreign companies are participating"): then it is no delegation either.
            if let size { claimed.append(size.range) }
            // "representatives from some 300 companies": the people's row counts them already.
            if countStart >= 2, analysis.sentence.isWord(countStart - 1, "from") || analysis.sentence.isWord(countStart - 1, "of"),
               analysis.tagMatch(at: countStart - 2)?.value.contains(where: { if case .delegation = $0 { return true }; return false }) == true {
                continue
            }
            guard let country = bothSides(analysis, from: position + 1, to: clauseEnd, pair: context.pair)
                    ?? origin(analysis, start: position, end: position + 1, clauseEnd: clauseEnd) ?? subject?.code
                    ?? (accompanied(accompaniments, count: countStart, noun: position) ? visit?.visitorCountry : nil) else { continue }
            row.fromCountry = country
            row.event = event(analysis, from: position + 1)
            facts.append(DelegationFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index,
                                        rule: !context.recordsRules ? "" : "delegations: companies counted at an event"))
        }
        return facts
    }
}
