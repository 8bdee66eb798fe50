import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// The trade metrics extractor of the extract stage: figures in every sentence that names an
/// indicator, or refers back to the previous sentence's with "it".
extension TradeMetricExtractor: Extractor {
    package static let name = "trade_metrics"
    package static let tables = ["trade_metrics"]
    package static let after = ["visits", "agreements", "delegations"]
    package static let optionKeys = ["indicators"]
    package static let sentenceKinds: LexiconTagKinds = [.indicator, .weakIndicator]

    /// True when the sentence names an indicator: a trigger, or a weak trigger in a sentence that
    /// names no document.
    static func namesIndicator(_ analysis: SentenceAnalysis) -> Bool {
        analysis.tagKinds.contains(.indicator) || analysis.tagKinds.contains(.weakIndicator) && readsWeakTriggers(analysis)
    }

    /// True when the sentence's weak triggers name their indicator: it names no document.
    static func readsWeakTriggers(_ analysis: SentenceAnalysis) -> Bool {
        !analysis.tagKinds.contains(.document)
    }

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

    /// Sentences after a figure within which a sentence that names no country shares its countries.
    static let partiesReach = 2

    /// True when token `token` refers back to the previous sentence's figure: "it" anywhere; a
    /// demonstrative ("this") only as the subject of a change a few words on ("this climbed
    /// by 5%"), never inside a date ("this year").
    func refersBack(_ analysis: SentenceAnalysis, token: Int, work: ArticleWork) -> Bool {
        guard analysis.isWord(token, .anaphor, knowledge) else { return false }
        guard analysis.isWord(token, .definite, knowledge) else { return true }
        let index = analysis.sentence.index
        let byte = analysis.sentence.tokens[token].start
        if work.values.dates(of: index).contains(where: { $0.range.contains(byte) }) { return false }
        return work.quantities(of: index).contains { quantity in
            let first = analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound)
            return quantity.isChange && first > token && first - token <= 6
        }
    }

    /// The indicator a tag of the sentence names: a trigger's, or a weak trigger's in a sentence
    /// that names no document.
    static func indicatorName(_ tag: LexiconTag, in analysis: SentenceAnalysis) -> String? {
        switch tag {
        case .indicator(let name): name
        case .weakIndicator(let name) where readsWeakTriggers(analysis): name
        default: nil
        }
    }

    /// The last indicator the sentence names, when the job reads it.
    func lastIndicator(_ analysis: SentenceAnalysis) -> String? {
        for match in analysis.tags.reversed() {
            for tag in match.value {
                if let name = Self.indicatorName(tag, in: analysis), knowledge.lexicon.indicators[name] != nil { return name }
            }
        }
        return nil
    }

    /// The first indicator the sentence names, when the job reads it.
    func firstIndicator(_ analysis: SentenceAnalysis) -> String? {
        for match in analysis.tags {
            for tag in match.value {
                if let name = Self.indicatorName(tag, in: analysis), knowledge.lexicon.indicators[name] != nil { return name }
            }
        }
        return nil
    }

    /// A directed figure (exports, investment) that took an earlier sentence's countries faces the
    /// way the article's own directed figures mostly do: the side they put first goes first.
    func orientBorrowedParties(_ work: inout ArticleWork) {
        func isDirected(_ fact: TradeMetricFact) -> Bool {
            knowledge.lexicon.indicators[fact.row.indicator].map { $0.roles != .symmetric } ?? false
        }
        var firstSides: [String: Int] = [:]
        for fact in work.facts.metrics where !fact.borrowsParties && isDirected(fact) && !fact.row.country.isEmpty && !fact.row.partner.isEmpty {
            firstSides[fact.row.country, default: 0] += 1
        }
        guard let subject = firstSides.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return }
        for index in work.facts.metrics.indices where work.facts.metrics[index].borrowsParties && isDirected(work.facts.metrics[index]) {
            let row = work.facts.metrics[index].row
            if row.partner == subject { (work.facts.metrics[index].row.country, work.facts.metrics[index].row.partner) = (row.partner, row.country) }
        }
    }

    /// What ends a sentence or a quote: a line whose evidence ends otherwise is a subheading.
    static let closingMarks: Set<Character> = [".", "!", "?", "\"", "\u{201D}", "'", "\u{2019}", "\u{2026}"]

    /// A figure in a line without closing punctuation (a subheading) that the body gives again,
    /// same indicator and value, is the body's row only.
    func dropRepeatedSubheadings(_ work: inout ArticleWork) {
        // Nothing to drop without two figures; the set of marks is made once, not per article.
        guard work.facts.metrics.count > 1 else { return }
        let metrics = work.facts.metrics
        work.facts.metrics.removeAll { fact in
            guard let end = fact.row.evidence.last, !Self.closingMarks.contains(end), fact.row.value != nil else { return false }
            return metrics.contains { other in
                other.sentenceIndex != fact.sentenceIndex && other.row.indicator == fact.row.indicator && other.row.value == fact.row.value
            }
        }
    }

    package func extract(_ work: inout ArticleWork) {
        var carriedIndicator: String?
        // The last indicator the previous sentence named: "the figure" of the next sentence is it.
        var previousIndicator: (name: String, sentence: Int)?
        var lastPeriod: (period: String, sentence: Int)?
        var lastParties: (parties: (country: String, partner: String), sentence: Int)?
        var lastCurrency: (code: String, sentence: Int)?
        for analysis in work.context.analyses {
            let index = analysis.sentence.index
            // "Trade reached $70 billion in 2022. In the first quarter, it jumped 22 percent.": the
            // pronoun carries the previous sentence's indicator.
            let carried = carriedIndicator.flatMap { name in
                (0..<analysis.tokenCount).contains { refersBack(analysis, token: $0, work: work) } ? knowledge.lexicon.indicators[name] : nil
            }
                ?? previousIndicator.flatMap { previous in
                    previous.sentence == index - 1 && !Self.namesIndicator(analysis)
                        && (0..<analysis.tokenCount).contains { namesFigure(analysis, at: $0) } ? knowledge.lexicon.indicators[previous.name] : nil
                }
            carriedIndicator = nil
            defer { if let name = (Self.namesIndicator(analysis) ? lastIndicator(analysis) : nil) ?? carried?.name { previousIndicator = (name, index) } }
            guard carried != nil || Self.namesIndicator(analysis) else { continue }
            let quantities = work.quantities(of: index)
            // "Figures for the first half of 2024 show exports at a high. Trade neared $5 billion.":
            // an indicator's sentence with a past period and no figure sets the period the next
            // figures share (not a date after "since", nor one compared with: "twice as high as in 2022").
            let undatedPeriod = work.headline.contains(index) ? nil
                : work.dates(of: index).first { Self.isPeriod($0) && !$0.isFuture && !startsAfterSequel(analysis, $0) && !isComparedDate(analysis, $0) }?.span
            guard !quantities.isEmpty else {
                if let undatedPeriod { lastPeriod = (undatedPeriod.description, index) }
                // "Bilateral trade was on the rise. It reached €5.3 billion in 2022.": the indicator a
                // sentence names without a figure is the one "it" carries on.
                carriedIndicator = carried?.name ?? firstIndicator(analysis)
                continue
            }
            let values = work.values
            let earlier = lastParties.flatMap { index - $0.sentence <= Self.partiesReach ? $0.parties : nil }
            let currency = lastCurrency.flatMap { index - $0.sentence <= Self.partiesReach ? $0.code : nil }
            let carriedPeriod = lastPeriod.flatMap { last in
                index - last.sentence <= Self.periodReach && !work.headline.contains(index) ? DateSpan(period: last.period) : nil
            }
            let found = facts(in: analysis, context: work.context, quantities: quantities, claimed: work.claimed[index], visit: work.visitCountries(of: index),
                              carried: carried, earlierParties: earlier, earlierCurrency: currency, carriedPeriod: carriedPeriod,
                              dates: { values.dates(of: index) })
            for quantity in quantities { if case .currency(let code) = quantity.unit { lastCurrency = (code, index) } }
            // Targets' periods lie ahead: no later figure shares them.
            // Nor do the earlier figures of comparisons ("from $72 million").
            if let dated = found.last(where: { !$0.row.period.isEmpty && !$0.comparisonBase && knowledge.lexicon.indicators[$0.row.indicator]?.promotes == nil }),
               !work.headline.contains(index) {
                lastPeriod = (dated.row.period, index)
            }
            if found.isEmpty, let undatedPeriod { lastPeriod = (undatedPeriod.description, index) }
            work.facts.metrics += found
            // "Nearly 62pc of exports go to the UAE. It fell 20pc to $1.4bn": a sentence whose
            // numbers give none of its indicator's figures carries the indicator on, as one with
            // no number does.
            carriedIndicator = found.last?.row.indicator ?? carried?.name ?? firstIndicator(analysis)
            if let last = found.last { lastParties = ((last.row.country, last.row.partner), index) }
        }
        // A headline figure counts only when the body does not give the same indicator.
        let headline = work.headline
        if work.facts.metrics.contains(where: { headline.contains($0.sentenceIndex) }) {
            let bodyIndicators = Set(work.facts.metrics.filter { !headline.contains($0.sentenceIndex) }.map(\.row.indicator))
            work.facts.metrics.removeAll { headline.contains($0.sentenceIndex) && bodyIndicators.contains($0.row.indicator) }
        }
        rankedPartners(&work)
        listedPartners(&work)
        orientBorrowedParties(&work)
        dropRepeatedSubheadings(&work)
        if let indicators { work.facts.metrics.removeAll { !indicators.contains($0.row.indicator) } }
        let ids = StableID.assign("m-", work.facts.metrics.map { [$0.row.sourceID, $0.row.indicator, $0.row.evidence, $0.row.period] })
        for index in work.facts.metrics.indices { work.facts.metrics[index].row.metricID = ids[index] }
    }
}
