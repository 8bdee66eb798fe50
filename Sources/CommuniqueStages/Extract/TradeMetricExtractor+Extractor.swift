import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// The trade metrics extractor of the extract stage: figures in every sentence that names an
/// indicator, or refers back to the previous sentence's with "it".
extension TradeMetricExtractor: Extractor {
    package static let name = "trade_metrics"
    package static let tables = ["trade_metrics"]
    package static let after = ["visits", "agreements"]
    package static let optionKeys = ["indicators"]
    package static let sentenceKinds: LexiconTagKinds = [.indicator]

    package init(knowledge: Knowledge, options: StepOptions) throws(ConfigurationError) {
        self.init(knowledge: knowledge)
        if let names = options.strings("indicators") {
            for name in names where knowledge.lexicon.indicators[name] == nil {
                throw options.invalid("indicators", "unknown indicator '\(name)' (the lexicon declares: \(knowledge.lexicon.indicators.keys.sorted().joined(separator: ", ")))")
            }
            indicators = Set(names)
        }
    }

    /// Sentences after a dated figure within which a figure of a sentence with no date at all
    /// shares its period ("Trade rose 5% in the first half. Exports grew 3%.").
    static let periodReach = 3

    package func extract(_ work: inout ArticleWork) {
        var carriedIndicator: String?
        var lastPeriod: (period: String, sentence: Int)?
        for analysis in work.context.analyses {
            let index = analysis.sentence.index
            // "Trade reached $70 billion in 2022. In the first quarter, it jumped 22 percent.": the
            // pronoun carries the previous sentence's indicator.
            let carried = carriedIndicator.flatMap { name in
                (0..<analysis.tokenCount).contains { analysis.isWord($0, .anaphor, knowledge) } ? knowledge.lexicon.indicators[name] : nil
            }
            carriedIndicator = nil
            guard carried != nil || analysis.tagKinds.contains(.indicator) else { continue }
            let quantities = work.quantities(of: index)
            guard !quantities.isEmpty else { continue }
            let values = work.values
            var found = facts(in: analysis, context: work.context, quantities: quantities, claimed: work.claimed[index], visit: work.visit(of: index),
                              carried: carried, dates: { values.dates(of: index) })
            if let last = lastPeriod, index - last.sentence <= Self.periodReach, !work.headline.contains(index),
               found.contains(where: { $0.row.period.isEmpty }), !values.dates(of: index).contains(where: Self.isPeriod) {
                for k in found.indices where found[k].row.period.isEmpty { found[k].row.period = last.period }
            }
            // Targets' periods lie ahead: no later figure shares them.
            if let dated = found.last(where: { !$0.row.period.isEmpty && knowledge.lexicon.indicators[$0.row.indicator]?.promotes == nil }),
               !work.headline.contains(index) {
                lastPeriod = (dated.row.period, index)
            }
            work.facts.metrics += found
            carriedIndicator = found.last?.row.indicator
        }
        // A headline figure counts only when the body does not give the same indicator.
        let headline = work.headline
        if work.facts.metrics.contains(where: { headline.contains($0.sentenceIndex) }) {
            let bodyIndicators = Set(work.facts.metrics.filter { !headline.contains($0.sentenceIndex) }.map(\.row.indicator))
            work.facts.metrics.removeAll { headline.contains($0.sentenceIndex) && bodyIndicators.contains($0.row.indicator) }
        }
        if let indicators { work.facts.metrics.removeAll { !indicators.contains($0.row.indicator) } }
        let ids = StableID.assign("m-", work.facts.metrics.map { [$0.row.sourceID, $0.row.indicator, $0.row.evidence, $0.row.period] })
        for index in work.facts.metrics.indices { work.facts.metrics[index].row.metricID = ids[index] }
    }
}
