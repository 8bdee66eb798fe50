import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// "The two countries agreed to build a rail link": a commitment to make something, with no
/// document noun, is an agreement reached.
extension AgreementExtractor {
    /// Tokens before "agreed" within which a negation word makes the commitment none ("did not agree to").
    static let commitmentNegationReach = 3

    /// The agreement a sentence with no document of its own reaches when an `agreed_action` verb
    /// stands right after "agreed to" or after "agreed on" ("agreed on forming a joint
    /// commission"): one row, status `agreed`, with the parties, topics and value of the verb's clause.
    func commitment(in analysis: SentenceAnalysis, context: ArticleContext, quantities: () -> [Quantity], visit: VisitCountries?,
                    dates: () -> [DateMention]) -> AgreementFact? {
        for verb in 2..<max(2, analysis.tokenCount) where isWord(analysis, verb, .agreedAction) {
            guard let agreed = agreedBefore(analysis, verb: verb),
                  !analysis.hasTag(in: (agreed - Self.commitmentNegationReach)..<agreed, .negation) else { continue }
            var row = AgreementRow()
            row.sourceID = context.sourceID
            row.evidence = analysis.sentence.text
            row.docType = .agreement
            row.status = .agreed
            row.parties = parties(analysis, start: verb, end: verb + 1, visit: visit, pair: context.pair)
            if row.parties.count == 1, context.pair.count == 2, context.pair.contains(row.parties[0]) { row.parties = context.pair }
            if row.parties.isEmpty, context.pair.count == 2 { row.parties = context.pair }
            guard !row.parties.isEmpty else { return nil }
            row.topics = topicsOrWeak(analysis, from: verb + 1, after: verb + 1)
            Self.setValue(valueNear(analysis, start: verb, end: verb + 1, quantities: quantities()), of: &row)
            if let date = Self.documentDate(dates()) { row.date = date }
            let rule = context.recordsRules ? "agreement: commitment '\(analysis.sentence.text(agreed..<(verb + 1)))'" : ""
            var fact = AgreementFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index, rule: rule)
            fact.indefinite = true
            fact.namesSubject = true
            fact.separate = true
            return fact
        }
        return nil
    }

    /// The first token of the "agreed" status word that governs the verb at `verb`: "agreed to"
    /// right before it, or "agreed" and then "on" or "to".
    func agreedBefore(_ analysis: SentenceAnalysis, verb: Int) -> Int? {
        if let match = analysis.tagMatch(endingAt: verb, .docStatus), match.value.contains(.docStatus(.agreed)),
           analysis.sentence.isWord(verb - 1, "to") {
            return match.tokenStart
        }
        guard analysis.sentence.isWord(verb - 1, "on") || analysis.sentence.isWord(verb - 1, "to"),
              let match = analysis.tagMatch(endingAt: verb - 1, .docStatus), match.value.contains(.docStatus(.agreed)) else { return nil }
        return match.tokenStart
    }
}
