import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// Partners ranked one after another: "Turkey was the biggest partner with $3 billion. They are
/// followed by China (more than $1.6 billion) and Armenia ($1.1 billion)."
extension TradeMetricExtractor {
    /// Sentences after a figure within which a ranking continues it.
    static let rankingReach = 2
    /// Tokens between a ranked country and its amount ("Japan came a distant second, at $66 billion").
    static let rankedAmountReach = 7

    /// The country the article's figures are about: the one most of them name (ties: named first).
    /// An organisation ("Korea-ASEAN trade ... followed by Singapore") is no reporter: its members
    /// are the ones ranked.
    static func reporter(of facts: [TradeMetricFact], organisations: [String: Organisation] = [:]) -> String? {
        SideTally(facts, organisations: organisations).reporter(of: facts)
    }

    /// Rows for the amounts a ranking sentence (a lexicon `ranking` word: "followed by", "second
    /// place") gives right after a country: the indicator and period of the article's latest
    /// figure (its latest symmetric one, when the reach has one), and as countries the one the
    /// article's figures are about and the ranked one. An amount a row of the sentence already has is no
    /// new row.
    func rankedPartners(_ work: inout ArticleWork) {
        guard !work.facts.metrics.isEmpty else { return }
        var added: [TradeMetricFact] = []
        // Only the sentences a figure's reach covers are read, each once, in order.
        let analyses = work.context.analyses
        let reached = Set(work.facts.metrics.flatMap { $0.sentenceIndex...min(analyses.count - 1, $0.sentenceIndex + Self.rankingReach) }).sorted()
        for index in reached {
            let analysis = analyses[index]
            guard (0..<analysis.tokenCount).contains(where: { analysis.isWord($0, .ranking, knowledge) }) else { continue }
            let recent = (work.facts.metrics + added).filter { $0.sentenceIndex <= index && index - $0.sentenceIndex <= Self.rankingReach && $0.row.value != nil }
            guard let reference = recent.last(where: { knowledge.lexicon.indicators[$0.row.indicator]?.roles == .symmetric }) ?? recent.last,
                  let reporter = Self.reporter(of: (work.facts.metrics + added).filter { $0.sentenceIndex <= index }, organisations: knowledge.organisations) else { continue }
            let mentions = CountryMention.all(in: analysis, knowledge: knowledge).filter { !$0.isLeader && !$0.isAdjective && !$0.isPossessive }
            let used = Set((work.facts.metrics + added).filter { $0.sentenceIndex == index }.compactMap(\.row.value))
            for quantity in work.quantities(of: index) {
                guard case .currency(let code) = quantity.unit, let value = quantity.value, !used.contains(value) else { continue }
                let first = analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound)
                guard let country = mentions.last(where: { $0.tokenEnd <= first }), first - country.tokenEnd <= Self.rankedAmountReach,
                      country.code != reporter, country.code != reference.row.partner || reference.sentenceIndex != index,
                      !((country.tokenEnd)..<first).contains(where: { analysis.isClauseBreak($0) && !analysis.isPunctuation($0, UInt8(ascii: "(")) }) else { continue }
                var row = TradeMetricRow()
                row.indicator = reference.row.indicator
                row.sourceID = work.context.sourceID
                row.evidence = analysis.sentence.text
                row.period = reference.row.period
                row.value = value
                row.unit = code
                row.qualifier = quantity.qualifier.map(MetricQualifier.init)
                let roles = knowledge.lexicon.indicators[row.indicator]?.roles ?? .symmetric
                (row.country, row.partner) = Self.ordered((reporter, country.code), roles: roles, pair: work.context.pair)
                added.append(TradeMetricFact(row: row, sentenceIndex: index,
                                             rule: !work.context.recordsRules ? "" : "trade_metrics: ranked partner after a figure of \(row.indicator)"))
            }
        }
        work.facts.metrics += added
    }
}
