import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
/// Reads economic indicators: each money amount, share, percent change or count that an
/// indicator trigger of the lexicon governs.
///
/// A value takes the nearest trigger whose indicator accepts its kind (money, percent, change,
/// count). A change joins the figure before it unless a new clause starts between them
/// ("reached $4.1 billion, growing by 13.6%" is one row; "..., and has increased 17%" is two).
/// Each row takes the date nearest its values; the countries follow the indicator's roles.
package struct TradeMetricExtractor: Sendable {
    package var knowledge: Knowledge

    /// The indicators whose figures it keeps; every indicator of the lexicon when nil.
    package var indicators: Set<String>?

    package init(knowledge: Knowledge) { self.knowledge = knowledge }

    static let window = 16

    /// The smallest amount with no currency that is money when a figure before it has one.
    static let leastBareAmount = 1_000_000.0

    /// The smallest number of companies that is a statistic.
    static let leastCount = 10.0

    struct Draft {
        var indicator: IndicatorDefinition
        var trigger: Int
        var value: Quantity?
        var change: Quantity?
        var firstByte: Int
        var lastByte: Int
        var period: DateSpan?
        /// The earlier figure a change starts from ("from $1 billion"), given before the change's level.
        var isBase = false
        /// A comparison word stands right before the value ("from $72 million", "compared with $80 million").
        var comparisonBase = false
        /// The partner a "that with X" names for this figure of the sentence's indicator.
        var pronounPartner: String?
    }

    /// `carried` is the indicator a pronoun in this sentence refers to ("it jumped 22 percent").
    package func facts(in analysis: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], claimed: [Range<Int>], visit: VisitCountries?,
                      carried: IndicatorDefinition? = nil) -> [TradeMetricFact] {
        facts(in: analysis, context: context, quantities: quantities, claimed: claimed, visit: visit, carried: carried) { analysis.withoutPeople(context.dates.dates(in: analysis.sentence)) }
    }

    /// The facts of sentence `a`, whose dates `dates` gives when first asked (the article
    /// extractor shares them with the other extractors of the sentence).
    /// `earlierParties` are the countries of a figure a sentence or two before, for a sentence that
    /// names no country at all ("A's exports rose 4%. Imports came to $1 billion."); `earlierCurrency`
    /// the currency of a money figure there.
    func facts(in analysis: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], claimed: [Range<Int>], visit: VisitCountries?,
               carried: IndicatorDefinition?, earlierParties: (country: String, partner: String)? = nil, earlierCurrency: String? = nil,
               carriedPeriod: DateSpan? = nil, dates sentenceDates: () -> [DateMention]) -> [TradeMetricFact] {
        let triggers = analysis.tags.compactMap { match -> (Int, [IndicatorDefinition])? in
            let indicators = match.value.compactMap { tag -> IndicatorDefinition? in
                Self.indicatorName(tag, in: analysis).flatMap { knowledge.lexicon.indicators[$0] }
            }
            return indicators.isEmpty ? nil : (match.tokenStart, indicators)
        }
        guard !triggers.isEmpty || carried != nil else { return [] }
        let triggerTokens = triggers.map(\.0)
        var drafts: [Draft] = []
        var previousEnd = 0
        var previousWasMoney = false
        var previousWasPercent = false
        var currencyInScope = earlierCurrency
        var previousMoney: Quantity?
        for read in quantities {
            // "trade reached $7.3 billion, with 3.7 billion of exports": a bare amount of millions or
            // more takes the currency of the figure before it, in the sentence or up to two before.
            var quantity = read
            // "exported 4,500 million dollars and imported 900": a bare number right after a
            // trigger, after an amount with a scale word, has that amount's scale and currency.
            if case .number = read.unit, let value = read.value, value < Self.leastBareAmount, !read.isChange,
               let earlier = previousMoney, case .currency(let code) = earlier.unit, let scale = scaleWord(analysis, in: earlier.range),
               analysis.tagMatch(endingAt: analysis.sentence.tokenIndex(atByte: read.range.lowerBound), .indicator) != nil {
                quantity.value = value * scale
                quantity.unit = .currency(code)
            }
            if case .number = read.unit, let value = read.value, value >= Self.leastBareAmount, !read.isChange, let code = currencyInScope {
                quantity.unit = .currency(code)
            }
            if case .currency(let code) = quantity.unit {
                currencyInScope = code
                previousMoney = quantity
            }
            defer {
                previousEnd = quantity.range.upperBound
                previousWasMoney = Self.unitClass(quantity) == .money
                previousWasPercent = Self.unitClass(quantity) == .percent
            }
            guard !claimed.contains(where: { $0.overlaps(quantity.range) }), let readClass = Self.unitClass(quantity) else { continue }
            // "70 dinars per US dollar": a price of one currency in another is an exchange rate, no figure.
            if readClass == .money, quotesExchangeRate(analysis, afterByte: quantity.range.upperBound) { continue }
            // "2 trillion yuan (about $290 billion)": the same figure in another currency.
            if readClass == .money, previousWasMoney, Self.opensAsideRightAfter(analysis, byte: previousEnd, before: quantity.range.lowerBound) { continue }
            // "provided 20% of the $5 billion invested": the amount a share is taken of is no figure of its own.
            if readClass == .money, previousWasPercent, takesShareOf(analysis, fromByte: previousEnd, toByte: quantity.range.lowerBound) { continue }
            // "up 10% with A, 15% with B and 41% with C": a bare percent that goes on a list of
            // changes is a change the same way.
            var unitClass = readClass
            var listItem = false
            if unitClass == .percent, let last = drafts.last, let change = last.change, last.lastByte == previousEnd,
               continuesList(analysis, fromByte: previousEnd, toByte: quantity.range.lowerBound, mentions: CountryMention.all(in: analysis, knowledge: knowledge),
                             dates: sentenceDates()) {
                quantity.isChange = true
                quantity.direction = change.direction
                unitClass = .change
                listItem = true
            }
            // "fell 10% in 2022 and by another 4% in 2023": a change without a verb of its own
            // goes the way of the sentence's change before it.
            if unitClass == .change, quantity.direction == nil, let earlier = drafts.last(where: { $0.change?.direction != nil })?.change?.direction {
                quantity.direction = earlier
            }
            let valueToken = analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound)
            // "despite a decline in prices by 9%": the change of a noun that names no indicator.
            if unitClass == .change, changesAnotherNoun(analysis, before: valueToken, triggers: triggerTokens) { continue }
            // "the two railway companies" refers to companies already named; it is no statistic.
            if unitClass == .count, analysis.sentence.isWord(valueToken - 1, "the") { continue }
            // "The delegation consists of 19 large enterprises", "100 companies will form a business
            // delegation": companies counted in a sentence about a delegation are its members, no statistic.
            if unitClass == .count, !analysis.tagKinds.isDisjoint(with: [.delegation, .delegationGroup]) { continue }
            // "three large firms" are firms the story names, not a count of an economy's companies.
            if unitClass == .count, let count = quantity.value, count < Self.leastCount { continue }
            let qEnd = analysis.sentence.tokenIndex(atByte: max(quantity.range.lowerBound, quantity.range.upperBound - 1))
            let newClause = startsNewClause(analysis, fromByte: previousEnd, toByte: quantity.range.lowerBound)
            // "grew by 2.5% and reached $1.8 billion": an `and` that names no other indicator goes on
            // about the same figure.
            let sameSubject = !newClause || (breaksOnlyAtAnd(analysis, fromByte: previousEnd, toByte: quantity.range.lowerBound)
                && !triggers.contains { analysis.sentence.tokens[$0.0].start >= previousEnd && analysis.sentence.tokens[$0.0].start < quantity.range.lowerBound })
            // "..., with a 25% growth in exports": a trigger of another indicator right after the
            // value claims it.
            let ownTrigger = triggers.contains { triggerToken, indicators in
                triggerToken > qEnd && (triggerToken - qEnd <= 4 || triggerToken - qEnd <= 6 && onlyWordsBetween(analysis, qEnd + 1..<triggerToken))
                    && indicators.contains { $0.units.contains(unitClass) && $0.name != drafts.last?.indicator.name }
                    && !startsNewClause(analysis, fromByte: quantity.range.upperBound, toByte: analysis.sentence.tokens[triggerToken].start)
                    && !followsOwnTrigger(analysis, value: valueToken, end: qEnd, later: triggerToken, triggers: triggerTokens)
            }
            // Join the previous row when this value completes it.
            // "grew 40% from $1 billion to $1.4 billion": the base after "from" is a row of its own, and
            // the change still waits for its level.
            let openIndex = drafts.lastIndex { !$0.isBase }
            if let openIndex, sameSubject, !ownTrigger, drafts[openIndex].indicator.units.contains(unitClass) {
                var last = drafts[openIndex]
                if unitClass == .change, last.change == nil, last.value != nil, openIndex == drafts.count - 1 {
                    last.change = quantity
                    last.lastByte = quantity.range.upperBound
                    drafts[openIndex] = last
                    continue
                }
                if unitClass != .change, last.value == nil, last.change != nil {
                    if analysis.isWord(valueToken - 1, .comparison, knowledge) {
                        drafts.append(Draft(indicator: last.indicator, trigger: last.trigger, value: quantity, firstByte: quantity.range.lowerBound,
                                            lastByte: quantity.range.upperBound, isBase: true))
                        continue
                    }
                    last.value = quantity
                    if openIndex < drafts.count - 1 { last.firstByte = quantity.range.lowerBound }
                    last.lastByte = quantity.range.upperBound
                    drafts[openIndex] = last
                    continue
                }
            }
            var best: (distance: Int, trigger: Int, indicator: IndicatorDefinition)?
            for (triggerToken, indicators) in triggers {
                let distance: Int
                if unitClass == .count {
                    // "1,800 Russian companies": the noun follows the number closely.
                    guard triggerToken > qEnd, triggerToken - qEnd <= 3 else { continue }
                    distance = triggerToken - qEnd
                } else if triggerToken < valueToken {
                    distance = valueToken - triggerToken - Self.parenthesised(analysis, triggerToken..<valueToken)
                } else {
                    // A trigger after the value belongs to the next clause once an `and` or `while` opens one,
                    // or past a comma when a trigger of the value's own comes before it ("imports grew
                    // by 30 percent, exports by 4 percent").
                    if startsNewClause(analysis, fromByte: quantity.range.upperBound, toByte: analysis.sentence.tokens[triggerToken].start) { continue }
                    if followsOwnTrigger(analysis, value: valueToken, end: qEnd, later: triggerToken, triggers: triggerTokens) { continue }
                    distance = triggerToken - qEnd + 1 - Self.parenthesised(analysis, qEnd..<triggerToken)  // a trigger after the value is a little less likely
                }
                guard distance <= Self.window else { continue }
                let range = triggerToken < valueToken ? triggerToken..<valueToken : qEnd..<triggerToken
                if range.contains(where: { analysis.isPunctuation($0, UInt8(ascii: ";")) }) { continue }
                for indicator in indicators where indicator.units.contains(unitClass) {
                    if best == nil || distance < best!.distance { best = (distance, triggerToken, indicator) }
                }
            }
            // "Trade between A and B has grown over the years, but in 2024 it reached only $70 million":
            // a pronoun right before a figure with no trigger near it refers to the sentence's
            // latest trigger before it, however far.
            if best == nil, unitClass != .count, refersBackInClause(analysis, before: valueToken) {
                for (triggerToken, indicators) in triggers where triggerToken < valueToken
                    && !(triggerToken..<valueToken).contains(where: { analysis.isPunctuation($0, UInt8(ascii: ";")) }) {
                    guard let indicator = indicators.first(where: { $0.units.contains(unitClass) }) else { continue }
                    let distance = valueToken - triggerToken
                    if best == nil || distance < best!.distance { best = (distance, triggerToken, indicator) }
                }
            }
            // "while that with Australia was at ...": the partner a money figure after the first is said of.
            let partner = unitClass == .money && !drafts.isEmpty ? pronounPartner(analysis, before: valueToken) : nil
            var draft: Draft
            if listItem, let last = drafts.last {
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if let best {
                draft = Draft(indicator: best.indicator, trigger: best.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if unitClass == .change, let last = drafts.last, last.indicator.units.contains(.change) {
                // "..., and has increased a further 17%": the same indicator, a new figure.
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if unitClass != .change, let last = drafts.last, last.value != nil, last.indicator.units.contains(unitClass),
                      comparesWithEarlier(analysis, before: valueToken) {
                // "reached $7.1 billion, up from $6.6 billion last year": the same indicator, its earlier figure.
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if unitClass == .money, let last = drafts.last, last.value != nil, last.indicator.units.contains(unitClass),
                      continuesList(analysis, fromByte: last.lastByte, to: valueToken) {
                // "from €4.4 billion in 2021, and €2.8 billion in 2020": the list goes on with the
                // same indicator's figures.
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if unitClass == .percent, let last = drafts.last, let lastValue = last.value, Self.unitClass(lastValue) == .percent {
                // "settle 35% of transactions in tenge, and 20% in roubles": a second share with no
                // trigger of its own is the same indicator's.
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if unitClass == .money, let last = drafts.last, last.value != nil, last.indicator.units.contains(unitClass),
                      tabulatedCountry(analysis, value: valueToken, mentions: nil) != nil {
                // "A - USD 1.1 billion, B - USD 500 million": each "country - amount" item
                // of a table written as a sentence is the same indicator's, for that country.
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if let last = drafts.last, last.value != nil, last.indicator.units.contains(unitClass), partner != nil {
                // "two-way trade with China was $26.9 billion, while that with Australia was $25.9
                // billion": the same indicator, whose partner is set below.
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if let last = drafts.last, last.value != nil, last.indicator.units.contains(unitClass), unitClass == .money,
                      refersBackInClause(analysis, before: valueToken) {
                // "trade reached $6.3 billion; in 2002 it was $300 million": a pronoun of a later
                // clause names the same indicator.
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if unitClass == .money, let last = drafts.last, last.value != nil, last.indicator.units.contains(unitClass),
                      targetMarked(analysis, indicator: last.indicator, before: valueToken) {
                // "trade stood at $635 million in 2015, a number which both hope to boost to $3
                // billion": a later figure right after a target's marker is the indicator's, and
                // `promote` makes it the target.
                draft = Draft(indicator: last.indicator, trigger: last.trigger, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else if drafts.isEmpty, let carried, carried.units.contains(unitClass), unitClass == .change || unitClass == .money {
                draft = Draft(indicator: carried, trigger: valueToken, firstByte: quantity.range.lowerBound, lastByte: quantity.range.upperBound)
            } else {
                continue
            }
            draft.pronounPartner = partner
            if unitClass == .change { draft.change = quantity } else { draft.value = quantity }
            drafts.append(draft)
        }
        // "trade more than doubled during this period, increasing by 120 percent": a multiplier
        // and a percent the sentence says of one indicator are one change, the percent's.
        let percentChanges = drafts.filter { $0.change?.unit == .percent }.map(\.indicator.name)
        drafts.removeAll { $0.value == nil && $0.change?.unit == .times && percentChanges.contains($0.indicator.name) }
        guard !drafts.isEmpty else { return [] }
        let dates = sentenceDates()
        assignPeriods(&drafts, analysis: analysis, dates: dates, articleYear: context.dct?.year, carried: carriedPeriod)
        promote(&drafts, analysis: analysis, dates: dates)

        let mentions = CountryMention.all(in: analysis, knowledge: knowledge)
        let pair = visit.map { [$0.visitorCountry, $0.hostCountry] } ?? context.pair
        // The countries of the sentence's previous figure, for a figure whose clause names none
        // ("exports rose 3% to $1 billion, while imports climbed 8%").
        var previousParties: (country: String, partner: String)?
        var previousIndicator: String?
        return drafts.compactMap { draft -> TradeMetricFact? in
            var row = TradeMetricRow()
            row.indicator = draft.indicator.name
            row.sourceID = context.sourceID
            row.evidence = analysis.sentence.text
            row.period = draft.period?.description ?? ""
            if let value = draft.value {
                row.value = value.value
                switch value.unit {
                case .currency(let code): row.unit = code
                case .percent: row.unit = "percent"
                default: row.unit = "count"
                }
            }
            if let change = draft.change, let pct = Self.changePercent(change) {
                row.changePct = pct
            }
            row.qualifier = (draft.value?.qualifier ?? draft.change?.qualifier).map(MetricQualifier.init) ?? draft.indicator.qualifier
            // "committed to invest $10 billion in India", "will invest": a figure of a trigger verb
            // in the infinitive or after a future auxiliary is pledged, not made.
            if row.qualifier == nil, analysis.sentence.isWord(draft.trigger - 1, "to") || analysis.isWord(draft.trigger - 1, .futureAuxiliary, knowledge),
               analysis.tagMatch(at: draft.trigger).map({ $0.tokenEnd == draft.trigger + 1 }) == true {
                row.qualifier = .target
            }
            (row.country, row.partner) = roles(draft.indicator.roles, trigger: draft.trigger, mentions: mentions, analysis: analysis, pair: pair)
            // "attract $1 billion in Kazakh investments to add to existing investments of $3 billion":
            // a directed indicator named again with no place near it keeps the sentence's earlier sides.
            if draft.indicator.roles != .symmetric, previousIndicator == draft.indicator.name, let previous = previousParties,
               !mentions.contains(where: { !$0.isLeader && abs($0.token - draft.trigger) <= 4 }) {
                (row.country, row.partner) = previous
            }
            // "A's exports to B rose 5% and exports to C 3%": the second keeps the first side.
            if draft.indicator.roles != .symmetric, previousIndicator == draft.indicator.name, row.country.isEmpty, !row.partner.isEmpty,
               let previous = previousParties, !previous.country.isEmpty, previous.country != row.partner {
                row.country = previous.country
            }
            if draft.indicator.roles == .symmetric, let parties = partiesAfterFigure(draft, mentions: mentions, analysis: analysis, pair: pair) {
                (row.country, row.partner) = parties
            }
            if draft.indicator.roles != .symmetric, let value = draft.value,
               let item = tabulatedCountry(analysis, value: analysis.sentence.tokenIndex(atByte: value.range.lowerBound), mentions: mentions) {
                // The item's country is the partner; the reporter is the sentence's country that is no item's.
                let items = mentions.filter { opensTableItem(analysis, after: $0.tokenEnd) }.map(\.code)
                let reporter = [row.country, row.partner].first { !$0.isEmpty && !items.contains($0) }
                    ?? mentions.first { !$0.isLeader && !items.contains($0.code) }?.code ?? ""
                (row.country, row.partner) = (reporter, item.code)
            }
            // "that with Australia": the side named after "with" before gives way to the new partner.
            if let partner = draft.pronounPartner {
                let replaced = [row.country, row.partner].filter { side in
                    mentions.contains { $0.code == side && $0.preposition == "with" }
                }
                if replaced.count == 1, let kept = [row.country, row.partner].first(where: { $0 != replaced[0] }), !kept.isEmpty {
                    (row.country, row.partner) = Self.ordered((kept, partner), roles: draft.indicator.roles, pair: pair)
                }
            }
            if row.country.isEmpty && row.partner.isEmpty, let sole = soleSide(draft.indicator.roles, mentions: mentions, pair: pair) { (row.country, row.partner) = sole }
            if row.country.isEmpty && row.partner.isEmpty, let previous = previousParties { (row.country, row.partner) = previous }
            var borrowed = false
            if row.country.isEmpty && row.partner.isEmpty, mentions.isEmpty, let earlier = earlierParties {
                (row.country, row.partner) = Self.ordered(earlier, roles: draft.indicator.roles, pair: pair)
                borrowed = true
            }
            // A figure no country can be given to tells an analyst nothing they can use.
            if row.country.isEmpty && row.partner.isEmpty { return nil }
            previousParties = (row.country, row.partner)
            previousIndicator = row.indicator
            var fact = TradeMetricFact(row: row, sentenceIndex: analysis.sentence.index, borrowsParties: borrowed,
                                       rule: !context.recordsRules ? "" : "trade_metrics: trigger '\(analysis.sentence.text(draft.trigger..<(draft.trigger + 1)))' for \(draft.indicator.name), roles \(draft.indicator.roles.rawValue)")
            fact.comparisonBase = draft.comparisonBase
            return fact
        }
    }

    /// True when the words between two figures only go on a list: punctuation, coordinators,
    /// "with", determiners, places and dates ("10% with A, 15% with B").
    func continuesList(_ analysis: SentenceAnalysis, fromByte: Int, toByte: Int, mentions: [CountryMention], dates: [DateMention] = []) -> Bool {
        var position = analysis.sentence.tokenIndex(atByte: fromByte)
        var listMark = false
        while position < analysis.tokenCount, analysis.sentence.tokens[position].start < toByte {
            if let place = mentions.first(where: { $0.token == position }) {
                position = place.tokenEnd
                continue
            }
            // "rose 3% in 2022 and 5% in 2023": a date (and its "in") goes on the list too.
            if dates.contains(where: { $0.range.contains(analysis.sentence.tokens[position].start) })
                || (analysis.sentence.isWord(position, "in") && position + 1 < analysis.tokenCount && dates.contains { $0.range.contains(analysis.sentence.tokens[position + 1].start) }) {
                position += 1
                continue
            }
            if analysis.isPunctuation(position, UInt8(ascii: ",")) || isWord(analysis, position, .coordinator) {
                listMark = true
            } else if !(analysis.sentence.isWord(position, "with") || isWord(analysis, position, .definite)) {
                return false
            }
            position += 1
        }
        return listMark
    }

    /// The country of a "country - amount" item the amount at token `value` is written in ("A -
    /// USD 1.1 billion", "B - for USD 3.7 billion"): a country name right before a dash
    /// (and "for") that stands right before the amount.
    /// `mentions`: the sentence's country mentions, found here when nil.
    func tabulatedCountry(_ analysis: SentenceAnalysis, value: Int, mentions: [CountryMention]?) -> CountryMention? {
        var dash = value - 1
        if analysis.sentence.isWord(dash, "for") { dash -= 1 }
        guard analysis.isPunctuation(dash, UInt8(ascii: "-")), !analysis.isPunctuation(dash - 1, UInt8(ascii: "-")) else { return nil }
        return (mentions ?? CountryMention.all(in: analysis, knowledge: knowledge)).first { $0.tokenEnd == dash && !$0.isLeader && !$0.isAdjective }
    }

    /// True when the country mention ending before token `end` is followed by a dash and an amount
    /// (a number, a currency sign or a currency's code).
    func opensTableItem(_ analysis: SentenceAnalysis, after end: Int) -> Bool {
        guard analysis.isPunctuation(end, UInt8(ascii: "-")) else { return false }
        let next = analysis.sentence.isWord(end + 1, "for") ? end + 2 : end + 1
        guard next < analysis.tokenCount else { return false }
        let token = analysis.sentence.tokens[next]
        return token.kind != .word || knowledge.lexicon.values.isCurrencyCode(foldedHash: token.foldedHash)
    }

    /// Tokens before a figure within which "it" refers back to the sentence's earlier figure.
    static let pronounReach = 4
    /// Tokens before a figure within which "that with X" refers back to it ("that with Australia was at $5 billion").
    static let partnerPronounReach = 8

    /// True when a pronoun of `rule_words.anaphor` other than a determiner stands at most four words
    /// before token `value`, with no punctuation between ("in 2002 it was $300 million").
    func refersBackInClause(_ analysis: SentenceAnalysis, before value: Int) -> Bool {
        var position = value - 1
        while position >= max(0, value - Self.pronounReach), analysis.sentence.tokens[position].kind == .word {
            if analysis.isWord(position, .anaphor, knowledge), !analysis.isWord(position, .definite, knowledge) { return true }
            if namesFigure(analysis, at: position) { return true }
            position -= 1
        }
        return false
    }

    /// "while that with Australia was at 25.9 billion": a demonstrative right before "with" and a
    /// country, a few words before the figure, stands for the indicator said of that partner; the
    /// partner's code.
    func pronounPartner(_ analysis: SentenceAnalysis, before value: Int) -> String? {
        for position in analysis.tokens(from: max(0, value - Self.partnerPronounReach), upTo: value)
        where analysis.isWord(position, .demonstrative, knowledge) && analysis.sentence.isWord(position + 1, "with") {
            if let entity = analysis.entity(at: position + 2), let code = knowledge.country(of: entity.value) { return code }
        }
        return nil
    }

    /// True when token `position` is a `figure_noun` after "the", "this" or "same" ("the figure",
    /// "the same index"): the indicator just named.
    func namesFigure(_ analysis: SentenceAnalysis, at position: Int) -> Bool {
        analysis.isWord(position, .figureNoun, knowledge)
            && (analysis.isWord(position - 1, .definite, knowledge) || analysis.sentence.isWord(position - 1, "same"))
    }

    /// True when the tokens of `range` are words or hyphens ("rise in high-tech"), no other sign.
    func onlyWordsBetween(_ analysis: SentenceAnalysis, _ range: Range<Int>) -> Bool {
        range.allSatisfy { token in analysis.sentence.tokens[token].kind == .word || analysis.isPunctuation(token, UInt8(ascii: "-")) }
    }

    /// True when the words between a share and an amount are "of" and at most a determiner
    /// ("40% of the $2 billion"): the amount is the whole the share is part of.
    func takesShareOf(_ analysis: SentenceAnalysis, fromByte: Int, toByte: Int) -> Bool {
        guard fromByte > 0 else { return false }
        let first = analysis.sentence.tokenIndex(atByte: fromByte)
        let last = analysis.sentence.tokenIndex(atByte: toByte)
        guard first < last, analysis.sentence.isWord(first, "of") else { return false }
        return (first + 1..<last).allSatisfy { isWord(analysis, $0, .definite) }
    }

    /// A directed figure whose sentence names one country, of the article's pair, in no role
    /// ("sales abroad matter for A, whose exports grew 12%"): that country is the first
    /// side, the pair's other the second.
    func soleSide(_ roles: IndicatorDefinition.Roles, mentions: [CountryMention], pair: [String]) -> (String, String)? {
        guard roles != .symmetric, pair.count == 2 else { return nil }
        let codes = mentions.filter { !$0.isLeader }.map(\.code)
        // One country however often named.
        guard let code = codes.first, codes.allSatisfy({ $0 == code }), pair.contains(code), let other = pair.first(where: { $0 != code }) else { return nil }
        return (code, other)
    }

    /// The two countries of an earlier figure in the order `roles` wants: a directed indicator
    /// takes the article's pair order when the countries are the pair (the first is the country
    /// the article is most about), a symmetric one sorts them.
    static func ordered(_ parties: (country: String, partner: String), roles: IndicatorDefinition.Roles, pair: [String]) -> (String, String) {
        if roles == .symmetric {
            let sorted = [parties.country, parties.partner].filter { !$0.isEmpty }.sorted()
            return (sorted.first ?? "", sorted.count > 1 ? sorted[1] : "")
        }
        if pair.count == 2, Set(pair) == Set([parties.country, parties.partner]) { return (pair[0], pair[1]) }
        return (parties.country, parties.partner)
    }

    /// True when only an opening parenthesis stands between byte `byte` and byte `before`.
    static func opensAsideRightAfter(_ analysis: SentenceAnalysis, byte: Int, before: Int) -> Bool {
        guard byte > 0 else { return false }
        let position = analysis.sentence.tokenIndex(atByte: byte)
        return analysis.isPunctuation(position, UInt8(ascii: "(")) && position + 1 < analysis.tokenCount && analysis.sentence.tokens[position + 1].start >= before
    }

    /// "up 10% with A, 15% with B": a place right after a figure and "with" is that figure's other
    /// side; the first side is the sentence's possessive or adjective place before the trigger,
    /// or the country the article is most about.
    func partiesAfterFigure(_ draft: Draft, mentions: [CountryMention], analysis: SentenceAnalysis, pair: [String]) -> (String, String)? {
        let end = analysis.sentence.tokenIndex(atByte: draft.lastByte)
        guard end < analysis.tokenCount, analysis.sentence.isWord(end, "with") else { return nil }
        let places = mentions.filter { !$0.isLeader }
        guard let other = places.first(where: { $0.token == end + 1 || ($0.token == end + 2 && isWord(analysis, end + 1, .definite)) }) else { return nil }
        let side = places.last { ($0.isAdjective || $0.isPossessive) && $0.tokenEnd <= draft.trigger && $0.code != other.code }?.code
            ?? pair.first { $0 != other.code }
        guard let side else { return nil }
        let sorted = [side, other.code].sorted()
        return (sorted[0], sorted[1])
    }

    /// Tokens inside parentheses in `range`: asides do not separate a value from its trigger.
    static func parenthesised(_ analysis: SentenceAnalysis, _ range: Range<Int>) -> Int {
        var depth = 0
        var count = 0
        for position in range {
            if analysis.isPunctuation(position, UInt8(ascii: "(")) { depth += 1 }
            if depth > 0 { count += 1 }
            if analysis.isPunctuation(position, UInt8(ascii: ")")) { depth = max(0, depth - 1) }
        }
        return count
    }

    static func unitClass(_ quantity: Quantity) -> IndicatorDefinition.UnitClass? {
        guard quantity.value != nil, quantity.vague == nil else { return nil }
        switch quantity.unit {
        case .currency: return .money
        case .percent: return quantity.isChange ? .change : .percent
        case .number: return .count
        // "increased 2.5 times", "has surged fivefold", "doubled": a multiplier a verb of change
        // governs is a change.
        case .times: return quantity.isChange ? .change : nil
        case .percentagePoints: return nil
        }
    }

    /// The change in percent a change quantity says: a percent as it is; a multiplier k up is
    /// (k - 1) x 100 ("doubled" is +100, "fivefold" +400), down (1 / k - 1) x 100 ("fell two
    /// times" is -50), to one decimal.
    static func changePercent(_ change: Quantity) -> Double? {
        guard let value = change.value else { return nil }
        guard change.unit == .times else { return change.direction == .down ? -abs(value) : value }
        guard value > 0 else { return nil }
        let factor = change.direction == .down && value > 1 ? 1 / value : value
        return ((factor - 1) * 1000).rounded() / 10
    }

    /// "and", "while", "but" or ";" between two values start a new statement.
    /// True when a word that introduces the earlier figure a value is compared with ("up from",
    /// "higher than") stands at most six tokens before token `q`.
    func comparesWithEarlier(_ analysis: SentenceAnalysis, before valueToken: Int) -> Bool {
        (max(0, valueToken - 6)..<valueToken).contains { position in analysis.isWord(position, .comparison, knowledge) }
    }

    /// The multiplier of the scale word inside the byte range ("4,500 million dollars": 1e6).
    func scaleWord(_ analysis: SentenceAnalysis, in range: Range<Int>) -> Double? {
        var position = analysis.sentence.tokenIndex(atByte: range.lowerBound)
        while position < analysis.tokenCount, analysis.sentence.tokens[position].start < range.upperBound {
            if analysis.sentence.tokens[position].kind == .word, let scale = knowledge.lexicon.values.scale(foldedHash: analysis.sentence.tokens[position].foldedHash) {
                return scale
            }
            position += 1
        }
        return nil
    }

    /// Bytes between a figure and a date right after it (" in ").
    static let adjacentDateGap = 4

    /// True when only commas and coordinators stand between the two bytes.
    func onlySeparators(_ analysis: SentenceAnalysis, fromByte: Int, toByte: Int) -> Bool {
        var position = analysis.sentence.tokenIndex(atByte: fromByte)
        while position < analysis.tokenCount, analysis.sentence.tokens[position].start < toByte {
            guard analysis.isPunctuation(position, UInt8(ascii: ",")) || analysis.isWord(position, .coordinator, knowledge) else { return false }
            position += 1
        }
        return true
    }

    /// True when only a year, "in", commas and a coordinator stand between a figure and the value
    /// at token `value`, a coordinator among them: "$4.4 billion in 2021, and €2.8 billion".
    func continuesList(_ analysis: SentenceAnalysis, fromByte: Int, to value: Int) -> Bool {
        var position = analysis.sentence.tokenIndex(atByte: fromByte)
        var coordinated = false
        while position < value {
            let token = analysis.sentence.tokens[position]
            if analysis.isWord(position, .coordinator, knowledge) {
                coordinated = true
            } else if !(token.kind == .number && token.end - token.start == 4) && !analysis.isPunctuation(position, UInt8(ascii: ","))
                        && !analysis.sentence.isWord(position, "in") {
                return false
            }
            position += 1
        }
        return coordinated
    }

    /// True when the words between two values break the clause only with `and`.
    func breaksOnlyAtAnd(_ analysis: SentenceAnalysis, fromByte: Int, toByte: Int) -> Bool {
        guard fromByte > 0 else { return false }
        var position = analysis.sentence.tokenIndex(atByte: fromByte)
        while position < analysis.tokenCount, analysis.sentence.tokens[position].start < toByte {
            if analysis.isWord(position, .contrast, knowledge) || analysis.isPunctuation(position, UInt8(ascii: ";")) {
                return false
            }
            position += 1
        }
        return true
    }

    func startsNewClause(_ analysis: SentenceAnalysis, fromByte: Int, toByte: Int) -> Bool {
        guard fromByte > 0 else { return true }
        var position = analysis.sentence.tokenIndex(atByte: fromByte)
        while position < analysis.tokenCount, analysis.sentence.tokens[position].start < toByte {
            if analysis.sentence.isWord(position, "and") || analysis.isWord(position, .contrast, knowledge) || analysis.isPunctuation(position, UInt8(ascii: ";")) {
                return true
            }
            position += 1
        }
        return false
    }

    /// Each dated expression goes to the row whose values are nearest; rows left without one
    /// take a date that opens the sentence before every value ("In 2016, trade fell ...").
    /// `carried` is the period of the figures a sentence or two before, for a sentence that dates no figure.
    func assignPeriods(_ drafts: inout [Draft], analysis: SentenceAnalysis, dates: [DateMention], articleYear: Int? = nil, carried: DateSpan? = nil) {
        func opensPeriod(_ date: DateMention) -> Bool {
            let token = analysis.sentence.tokenIndex(atByte: date.range.lowerBound)
            // "since the year 2000": the period word may stand before "the year".
            var before = token - 1
            if means(analysis, before, .year) { before -= 1 }
            if means(analysis, before, .the) { before -= 1 }
            return isWord(analysis, before, .periodStart) || isWord(analysis, token, .periodStart)
        }
        // The sentence's own year: its first whole year that opens no period ("since 2000" does).
        let narrativeYear = dates.first { date in !date.isRelative && date.span.map(Self.isWholeYear) == true && !opensPeriod(date) }?.span?.start.year
        let spans = (dates + yearsEarlier(analysis, before: narrativeYear)).filter(Self.isPeriod).map { date in
            // "have invested $12 billion since 2000", "has surged fivefold since 2014": a year after a
            // `period_start` word opens a period that runs to the article's year.
            if let articleYear, let span = date.span, Self.isWholeYear(span), span.start.year < articleYear, opensPeriod(date) {
                var period = date
                period.span = DateSpan(start: span.start, end: PartialDate(year: articleYear))
                return period
            }
            // "$5 billion in 2022, up from $4 billion the previous year": "previous" counts back
            // from the sentence's own year, not from the article's.
            // So does "a year ago" after the sentence's own year when it would fall on that year
            // ("rose in 2023 to $5.3 billion from $4.4 billion a year ago", in 2024).
            if let narrativeYear, date.isRelative, date.span.map(Self.isWholeYear) == true,
               says(analysis, date, .previous) || date.span?.start.year == narrativeYear && says(analysis, date, .ago)
                && dates.contains(where: { !$0.isRelative && $0.span?.start.year == narrativeYear && $0.range.upperBound <= date.range.lowerBound }) {
                var earlier = date
                earlier.span = DateSpan(start: PartialDate(year: narrativeYear - 1))
                return earlier
            }
            // "at the end of 2024, trade stood at ...": a figure as of a year's end is that year's.
            guard let span = date.span, span.end == nil, span.start.month == 12, span.start.day == nil,
                  Self.namesTheEnd(analysis, of: date) else { return date }
            var year = date
            year.span = DateSpan(start: PartialDate(year: span.start.year))
            return year
        }
        // "partners since 2015, and trade reached $5 billion in 2023": a date after "since" dates an
        // earlier event, no figure, when the sentence has another; "the fastest growth since
        // November 2018" compares with that date, which is never the figure's.
        let unsequelled = spans.filter { date in !startsAfterSequel(analysis, date) }
        var periods = unsequelled.isEmpty ? spans.filter { !comparesSince(analysis, $0) } : unsequelled
        // "grew from $18 million to $150 million from 2001 to 2010": a range of whole years after
        // a move from one figure to another splits: the figure after "from" is the first year's,
        // the one after "to" the last year's ("from $1 billion in 2014-15 to ..." dates each).
        func follows(_ word: FunctionWord, _ draft: Draft) -> Bool {
            means(analysis, analysis.sentence.tokenIndex(atByte: draft.firstByte) - 1, word)
        }
        if let range = periods.first(where: { $0.span.map(Self.isYearRange) == true }), let span = range.span, let last = span.end,
           let base = drafts.firstIndex(where: { $0.period == nil && $0.value != nil && follows(.from, $0) }),
           let level = drafts.indices.first(where: { $0 > base && drafts[$0].period == nil && drafts[$0].value != nil && follows(.to, drafts[$0]) }),
           range.range.lowerBound >= drafts[level].lastByte {
            drafts[base].period = DateSpan(start: span.start)
            drafts[level].period = DateSpan(start: last)
            periods.removeAll { $0 == range }
        }
        // "in January exports rose 17% to $382 million; in February they were up 30% to $287
        // million; ...": in a list of segments, each segment's first figure takes the date of its
        // own segment nearest to it.
        let breaks = (0..<analysis.tokenCount).filter { analysis.isPunctuation($0, UInt8(ascii: ";")) }.map { analysis.sentence.tokens[$0].start }
        if !breaks.isEmpty {
            func segment(_ byte: Int) -> Int { breaks.firstIndex { $0 > byte } ?? breaks.count }
            for index in drafts.indices where drafts[index].period == nil {
                let own = segment(drafts[index].firstByte)
                guard drafts[..<index].allSatisfy({ segment($0.firstByte) != own }) else { continue }
                let nearest = periods.enumerated().filter { segment($0.element.range.lowerBound) == own }.min { first, second in
                    abs(first.element.range.lowerBound - drafts[index].firstByte) < abs(second.element.range.lowerBound - drafts[index].firstByte)
                }
                guard let nearest else { continue }
                drafts[index].period = nearest.element.span
                periods.remove(at: nearest.offset)
            }
        }
        // How far each draft's period lies before its figure, when a reporting verb stands between
        // them: that date may be the saying's, and a date after the figure in its clause is the
        // figure's ("in May, the minister said that trade would reach $10 billion by the end of 2030").
        var datedFromBefore: [Int: Int] = [:]
        for date in periods {
            var best: (draft: Int, distance: Int)?
            // "$3 billion last year, and in the first half trade rose 5%": a date that opens a new
            // clause dates a figure of that clause, when one follows.
            let opensClause = drafts.contains { $0.firstByte >= date.range.upperBound }
                && drafts.contains { $0.lastByte <= date.range.lowerBound && startsNewClause(analysis, fromByte: $0.lastByte, toByte: date.range.lowerBound) }
            // "in 2007 totaled $1.4 billion, in 2006 the parameter made $703 million": a figure that
            // already has its date leaves the next date to the figure without one.
            for (index, draft) in drafts.enumerated() {
                // "$1.6 billion in 2021, $1.2 billion in 2020 and ...": a figure after the date, past
                // only a comma or a coordinator, that a later date follows at once is that date's.
                if draft.period == nil, draft.firstByte >= date.range.upperBound,
                   periods.contains(where: { $0.range.lowerBound >= draft.lastByte && $0.range.lowerBound - draft.lastByte <= Self.adjacentDateGap }),
                   onlySeparators(analysis, fromByte: date.range.upperBound, toByte: draft.firstByte) { continue }
                let after = date.range.lowerBound >= draft.lastByte
                guard draft.period == nil || after && datedFromBefore[index] != nil
                        && !startsNewClause(analysis, fromByte: draft.lastByte, toByte: date.range.lowerBound)
                        && drafts.allSatisfy({ $0.firstByte < draft.lastByte || $0.firstByte > date.range.lowerBound }) else { continue }
                if opensClause, draft.lastByte <= date.range.lowerBound, startsNewClause(analysis, fromByte: draft.lastByte, toByte: date.range.lowerBound) { continue }
                // "from $1 billion in 2021 to $1.4 billion in 2022", "$2 billion in 2023, down from $3
                // billion": a date follows its figure, so one before a figure counts twice its distance.
                let distance = date.range.lowerBound >= draft.lastByte ? date.range.lowerBound - draft.lastByte
                    : date.range.upperBound <= draft.firstByte ? 2 * (draft.firstByte - date.range.upperBound) + 1 : 0
                if draft.period != nil, let before = datedFromBefore[index], distance >= before { continue }
                if best == nil || distance < best!.distance { best = (index, distance) }
            }
            if let best {
                drafts[best.draft].period = date.span
                datedFromBefore[best.draft] = reportsBetween(analysis, fromByte: date.range.upperBound, toByte: drafts[best.draft].firstByte) ? best.distance : nil
            }
        }
        if let opening = periods.first, opening.range.upperBound <= drafts[0].firstByte {
            for index in drafts.indices where drafts[index].period == nil { drafts[index].period = opening.span }
        }
        markComparisonBases(&drafts, analysis: analysis)
        // The figures a sentence or two before dated are this sentence's when it dates none, or
        // only the earlier figures of its comparisons ("..., up from $1.1 billion last year").
        if let carried, !dates.contains(where: Self.isPeriod) || drafts.allSatisfy({ $0.period == nil || $0.comparisonBase }) {
            for index in drafts.indices where drafts[index].period == nil { drafts[index].period = carried }
        }
        datePreviousBases(&drafts, dates: dates, analysis: analysis)
    }

    /// Marks each figure a comparison word stands right before ("from $72 million", "compared
    /// with $80 million") after a figure of its indicator; a change read after such a figure is
    /// the level's ("reached $1.4 million, up from $1.1 million, with a 36 percent surge").
    func markComparisonBases(_ drafts: inout [Draft], analysis: SentenceAnalysis) {
        for index in drafts.indices.dropFirst() {
            guard let value = drafts[index].value else { continue }
            let valueToken = analysis.sentence.tokenIndex(atByte: value.range.lowerBound)
            guard analysis.isWord(valueToken - 1, .comparison, knowledge)
                    || analysis.isWord(valueToken - 2, .comparison, knowledge) && analysis.sentence.tokens[valueToken - 1].kind == .word,
                  let level = drafts[..<index].lastIndex(where: { $0.indicator.name == drafts[index].indicator.name && $0.value != nil }) else { continue }
            drafts[index].comparisonBase = true
            if let change = drafts[index].change, drafts[level].change == nil {
                drafts[level].change = change
                drafts[index].change = nil
            }
        }
    }

    /// "climbed 53 percent to $111 million in January-April, from $72 million (last year)": the
    /// earlier figure of a comparison, after a level dated within one year, is the same span a
    /// year earlier when it has no date of its own, the level's, or only a relative "last year"
    /// against the level's months ("the whole year of 2023" stays).
    func datePreviousBases(_ drafts: inout [Draft], dates: [DateMention], analysis: SentenceAnalysis) {
        for index in drafts.indices where drafts[index].comparisonBase {
            guard let levelIndex = drafts[..<index].lastIndex(where: { $0.indicator.name == drafts[index].indicator.name && $0.value != nil && !$0.comparisonBase }),
                  let level = drafts[levelIndex].period, level.start.year == (level.end ?? level.start).year else { continue }
            let own = drafts[index].period
            let lastYearOfMonths = own.map { span in
                Self.isWholeYear(span) && span.start.year == level.start.year - 1 && level.start.month != nil
                    && dates.contains { $0.isRelative && $0.span == span }
            } ?? false
            // "up from $4.7 billion in the same period of 2023": the level's months in that year.
            if let own, Self.isWholeYear(own), own.start.year < level.start.year, level.start.month != nil,
               dates.contains(where: { $0.span == own && namesSamePeriod(analysis, before: $0) }) {
                var earlier = level
                for _ in own.start.year..<level.start.year { earlier = Self.yearBefore(earlier) }
                drafts[index].period = earlier
                continue
            }
            guard own == nil || own == level || lastYearOfMonths else { continue }
            drafts[index].period = Self.yearBefore(level)
        }
    }

    /// True when "the same period" (a `same_period` word, then a `period_noun`) stands in the
    /// four words before the date ("in the corresponding period of 2023").
    func namesSamePeriod(_ analysis: SentenceAnalysis, before date: DateMention) -> Bool {
        let token = analysis.sentence.tokenIndex(atByte: date.range.lowerBound)
        return (max(0, token - 4)..<token).contains { isWord(analysis, $0, .samePeriod) && isWord(analysis, $0 + 1, .periodNoun) }
    }

    /// The same span one year earlier ("2018-01/2018-04" -> "2017-01/2017-04").
    static func yearBefore(_ span: DateSpan) -> DateSpan {
        func earlier(_ date: PartialDate) -> PartialDate {
            // 29 February has no day in the year before unless that year is a leap year too.
            let day = date.month == 2 && date.day == 29 ? 28 : date.day
            return PartialDate(year: date.year - 1, month: date.month, day: day)
        }
        return DateSpan(start: earlier(span.start), end: span.end.map(earlier))
    }

    /// "$5 billion in 2022, up from $4 billion a year earlier": the date grammar leaves "a year
    /// earlier" undated; it is the year before the sentence's own year.
    func yearsEarlier(_ analysis: SentenceAnalysis, before year: Int?) -> [DateMention] {
        guard let year, analysis.tokenCount >= 3 else { return [] }
        return (0..<(analysis.tokenCount - 2)).compactMap { token in
            guard means(analysis, token, .a), means(analysis, token + 1, .year), means(analysis, token + 2, .earlier) else { return nil }
            return DateMention(span: DateSpan(start: PartialDate(year: year - 1)), isRelative: true,
                               range: analysis.sentence.tokens[token].start..<analysis.sentence.tokens[token + 2].end)
        }
    }

    /// True when "<change noun> in/of <words> by" stands right before token `value` and no trigger is
    /// among the words ("a decline in prices by 9%"; "a rise in trade by 5%" is trade's).
    func changesAnotherNoun(_ analysis: SentenceAnalysis, before value: Int, triggers: [Int]) -> Bool {
        let values = knowledge.lexicon.values
        func lexeme(_ token: Int) -> ValueLexeme { values.lexeme(ofToken: token, in: analysis.sentence) }
        guard value >= 4, lexeme(value - 1) == .word(.by) else { return false }
        var token = value - 2
        while token >= max(1, value - 7), analysis.sentence.tokens[token].kind == .word {
            if analysis.sentence.isWord(token, "in") || lexeme(token) == .word(.of) {
                guard case .direction = lexeme(token - 1) else { return false }
                return !triggers.contains { $0 > token && $0 < value }
            }
            token -= 1
        }
        return false
    }

    /// True when the span is one whole year ("2022").
    static func isWholeYear(_ span: DateSpan) -> Bool { span.end == nil && span.start.month == nil }

    /// True when the span runs from one whole year to a later one ("from 2001 to 2010").
    static func isYearRange(_ span: DateSpan) -> Bool {
        span.start.month == nil && span.end.map { $0.month == nil && $0.year > span.start.year } == true
    }

    /// True when the text after byte `byte` is "per" and a currency ("per US dollar", "per euro").
    func quotesExchangeRate(_ analysis: SentenceAnalysis, afterByte byte: Int) -> Bool {
        let per = analysis.sentence.tokenIndex(atByte: byte)
        guard means(analysis, per, .per) else { return false }
        let values = knowledge.lexicon.values
        return (per + 1...per + 2).contains { position in
            position < analysis.tokenCount && values.isCurrencyWord(foldedHash: analysis.sentence.tokens[position].foldedHash)
        }
    }

    /// True when token `position` is the value grammar's `word`.
    func means(_ analysis: SentenceAnalysis, _ position: Int, _ word: FunctionWord) -> Bool {
        analysis.means(position, word, values: knowledge.lexicon.values)
    }

    /// True when the date is said with the value grammar's `word` ("the previous year", "a year ago").
    func says(_ analysis: SentenceAnalysis, _ date: DateMention, _ word: FunctionWord) -> Bool {
        var token = analysis.sentence.tokenIndex(atByte: date.range.lowerBound)
        while token < analysis.tokenCount, analysis.sentence.tokens[token].start < date.range.upperBound {
            if means(analysis, token, word) { return true }
            token += 1
        }
        return false
    }

    /// True when a comma stands between the value (tokens `value` to `end`) and the trigger `later`
    /// after it while a trigger comes before the value within the window: the later one opens the
    /// next figure's clause ("imports grew by 30 percent, exports by 4 percent").
    func followsOwnTrigger(_ analysis: SentenceAnalysis, value: Int, end: Int, later: Int, triggers: [Int]) -> Bool {
        (end..<later).contains { analysis.isPunctuation($0, UInt8(ascii: ",")) }
            && triggers.contains { $0 < value && value - $0 <= Self.window }
    }

    /// True when a reporting verb ("said", "noted") stands between the two bytes.
    func reportsBetween(_ analysis: SentenceAnalysis, fromByte: Int, toByte: Int) -> Bool {
        guard fromByte < toByte else { return false }
        var position = analysis.sentence.tokenIndex(atByte: fromByte)
        while position < analysis.tokenCount, analysis.sentence.tokens[position].start < toByte {
            if analysis.isWord(position, .reportVerb, knowledge) { return true }
            position += 1
        }
        return false
    }

    /// Tokens before "since" within which a superlative makes its date a comparison ("the fastest
    /// growth since").
    static let superlativeReach = 4

    /// True when the date follows a sequel word that a `superlative` word stands a few words
    /// before: "the fastest growth since November 2018", "a record high since 2010".
    func comparesSince(_ analysis: SentenceAnalysis, _ date: DateMention) -> Bool {
        let first = analysis.sentence.tokenIndex(atByte: date.range.lowerBound)
        let sequel = isWord(analysis, first, .sequel) ? first : first - 1
        guard sequel >= 0, isWord(analysis, sequel, .sequel) else { return false }
        return (max(0, sequel - Self.superlativeReach)..<sequel).contains { isWord(analysis, $0, .superlative) }
    }

    /// True when a sequel word ("since", "after") governs the date, inside its range or right before it.
    func startsAfterSequel(_ analysis: SentenceAnalysis, _ date: DateMention) -> Bool {
        let first = analysis.sentence.tokenIndex(atByte: date.range.lowerBound)
        return isWord(analysis, first, .sequel) || (first > 0 && isWord(analysis, first - 1, .sequel))
    }

    /// Tokens before a date within which a comparison word makes it the date of what a figure is
    /// set against ("twice as high as in 2022").
    static let comparedDateReach = 5

    /// True when a `comparison` word stands in the few tokens before the date: "almost twice as
    /// high as in 2022", "more than in 2021" date what the sentence compares with.
    func isComparedDate(_ analysis: SentenceAnalysis, _ date: DateMention) -> Bool {
        let first = analysis.sentence.tokenIndex(atByte: date.range.lowerBound)
        return (max(0, first - Self.comparedDateReach)..<first).contains { isWord(analysis, $0, .comparison) }
    }

    /// True when a date can be a figure's period: a weekday or "yesterday" dates a report, not
    /// the figure it gives.
    static func isPeriod(_ date: DateMention) -> Bool {
        guard let span = date.span, !date.isHabitual else { return false }
        // "from July 21 to 23": a few days are an event's (a visit's), no statistics period.
        if let first = span.start.dayNumber, let last = span.end?.dayNumber, last - first < Self.shortestDaySpan { return false }
        return !(date.isRelative && span.end == nil && span.start.day != nil)
    }

    /// Days a span of days lasts at least to be a statistics period (a month's).
    static let shortestDaySpan = 27

    /// True when the date is said as "the end of" a year.
    static func namesTheEnd(_ analysis: SentenceAnalysis, of date: DateMention) -> Bool {
        var position = analysis.sentence.tokenIndex(atByte: date.range.lowerBound)
        while position + 1 < analysis.tokenCount, analysis.sentence.tokens[position].start < date.range.upperBound {
            if analysis.sentence.isWord(position, "end"), analysis.sentence.isWord(position + 1, "of") { return true }
            position += 1
        }
        return false
    }

    /// Tokens before a figure within which a target's marker makes it the target ("boost to $3 billion").
    static let targetMarkerReach = 4

    /// True when a marker of the indicator that `promotes` `indicator` stands within a few words
    /// before the figure at `value`, with no semicolon between.
    func targetMarked(_ analysis: SentenceAnalysis, indicator: IndicatorDefinition, before value: Int) -> Bool {
        let window = max(0, value - Self.targetMarkerReach)..<value
        guard !window.contains(where: { analysis.isPunctuation($0, UInt8(ascii: ";")) }) else { return false }
        return knowledge.lexicon.indicators.values.contains { $0.promotes == indicator.name && analysis.hasTag(in: window, .indicatorMarker($0.name)) }
    }

    /// "raise annual trade to $40 billion by 2030": a marker before the figure, or a period after
    /// the article's date, turns it into the indicator that `promotes` it (a target).
    func promote(_ drafts: inout [Draft], analysis: SentenceAnalysis, dates: [DateMention]) {
        let promoters = knowledge.lexicon.indicators.values.filter { $0.promotes != nil }
        guard !promoters.isEmpty else { return }
        for index in drafts.indices {
            let draft = drafts[index]
            guard let promoter = promoters.first(where: { $0.promotes == draft.indicator.name }), let value = draft.value, draft.change == nil,
                promoter.units.contains(Self.unitClass(value) ?? .count) else { continue }
            let valueToken = analysis.sentence.tokenIndex(atByte: value.range.lowerBound)
            let window = max(0, min(draft.trigger, valueToken) - 4)..<valueToken
            let marked = !window.contains { analysis.isPunctuation($0, UInt8(ascii: ";")) }
                && analysis.hasTag(in: window, .indicatorMarker(promoter.name))
            // "agreed in 2006 to increase trade to $15 billion by 2011": a marked figure's deadline
            // after "by" is its period, whatever other date the sentence gives.
            if marked, let deadline = dates.first(where: { date in
                let first = analysis.sentence.tokenIndex(atByte: date.range.lowerBound)
                return date.span != nil && first > valueToken
                    && (means(analysis, first, .by) || means(analysis, first - 1, .by))
            }) {
                // "by the end of 2015" is 2015, as a figure's year end is.
                if let span = deadline.span, span.end == nil, span.start.month == 12, span.start.day == nil, Self.namesTheEnd(analysis, of: deadline) {
                    drafts[index].period = DateSpan(start: PartialDate(year: span.start.year))
                } else {
                    drafts[index].period = deadline.span
                }
                drafts[index].indicator = promoter
                continue
            }
            let periodMention = dates.first { $0.span != nil && $0.span == draft.period }
            let future = periodMention?.isFuture ?? false
            // "aim to lift trade to $15 billion, up from $7.6 billion last year": a past figure stays what it was.
            let past = periodMention != nil && !future
            if (marked && !past) || future { drafts[index].indicator = promoter }
        }
    }

    /// True when token `k` is a word the lexicon spells for `role`.
    @inline(__always)
    func isWord(_ analysis: SentenceAnalysis, _ position: Int, _ role: RuleWord) -> Bool {
        knowledge.lexicon.isWord(analysis.sentence, position, role)
    }

    /// Assigns `country` and `partner` by the indicator's roles, completing from the article's pair.
    func roles(_ roles: IndicatorDefinition.Roles, trigger: Int, mentions: [CountryMention], analysis: SentenceAnalysis, pair: [String]) -> (String, String) {
        let places = mentions.filter { !$0.isLeader }
        // The side named before the trigger: an adjective or possessive close before it, or a
        // place right before it ("the Philippines imported ..."), or a subject set off by a comma
        // ("its second-biggest partner, Brazil, sold goods to ...").
        let before = places.last { ($0.isAdjective || $0.isPossessive) && $0.tokenEnd <= trigger && trigger - $0.tokenEnd <= 3 || $0.tokenEnd == trigger
            || $0.tokenEnd == trigger - 1 && $0.preposition.isEmpty && !$0.isAdjective && analysis.isPunctuation(trigger - 1, UInt8(ascii: ",")) }
        /// The first place after `preposition`, preferring those after the trigger ("imports from X").
        func following(_ preposition: String) -> CountryMention? {
            places.first { $0.preposition == preposition && $0.token > trigger } ?? places.first { $0.preposition == preposition }
        }
        func after(_ prepositions: Set<String>) -> CountryMention? {
            places.first { prepositions.contains($0.preposition) && !$0.isAdjective || prepositions.contains($0.preposition) && analysis.sentence.isWord($0.tokenEnd, "economy") }
        }
        /// True for a bloc of member countries ("ASEAN").
        func isBloc(_ code: String) -> Bool { knowledge.organisations[code] != nil }
        func complete(_ first: String?, _ second: String?) -> (String, String) {
            var first = first ?? ""
            var second = second ?? ""
            if first.isEmpty, pair.count == 2, !second.isEmpty, pair.contains(second) { first = pair.first { $0 != second } ?? "" }
            if second.isEmpty, pair.count == 2, !first.isEmpty, pair.contains(first) { second = pair.first { $0 != first } ?? "" }
            // A bloc's other side, unnamed, is the country the article is most about ("exports to the EU").
            if first.isEmpty, isBloc(second), let main = pair.first, !isBloc(main) { first = main }
            if second.isEmpty, isBloc(first), let main = pair.first, !isBloc(main) { second = main }
            return (first, second == first ? "" : second)
        }
        switch roles {
        case .symmetric:
            // "Chinese trade with the region": one side is named before the trigger, the other
            // after "with"/"between"; a non-country there ("the region") leaves it empty, while
            // "the two countries" or "both" means the article's pair.
            if let side = before, let link = analysis.tokens(from: trigger, upTo: trigger + 4).first(where: { analysis.sentence.isWord($0, "with") || analysis.sentence.isWord($0, "between") }) {
                let other = places.first { $0.token == link + 1 || ($0.token == link + 2 && analysis.sentence.isWord(link + 1, "the")) }
                let refersToPair = analysis.sentence.isWord(link + 1, "both") || (analysis.sentence.isWord(link + 1, "the") && analysis.sentence.isWord(link + 2, "two"))
                let partner = other?.code ?? (refersToPair && pair.contains(side.code) ? pair.first { $0 != side.code } : nil)
                let sorted = [side.code, partner ?? ""].filter { !$0.isEmpty }.sorted()
                return (sorted.first ?? "", sorted.count > 1 ? sorted[1] : "")
            }
            // "China's trade with A rose ..., while trade with B fell": a later trigger with a place
            // after "with" keeps the sentence's earlier possessive or adjective side.
            if let link = analysis.tokens(from: trigger, upTo: trigger + 3).first(where: { analysis.sentence.isWord($0, "with") }),
               let other = places.first(where: { $0.token == link + 1 || ($0.token == link + 2 && isWord(analysis, link + 1, .definite)) }),
               let side = places.last(where: { ($0.isAdjective || $0.isPossessive) && $0.tokenEnd <= trigger && $0.code != other.code }) {
                let sorted = [side.code, other.code].sorted()
                return (sorted[0], sorted[1])
            }
            var codes: [String] = []
            for mention in places where !codes.contains(mention.code) { codes.append(mention.code) }
            // "Turkey was Georgia's biggest partner with $3 billion, while the US came third with
            // trade of $2 billion": with more than two places, a place in the trigger's own clause
            // (after a clause opener) trades with the sentence's possessive or adjective side.
            if codes.count > 2, let opener = (0..<trigger).last(where: { isWord(analysis, $0, .clauseOpener) || analysis.isPunctuation($0, UInt8(ascii: ";")) }),
               let local = places.last(where: { $0.token > opener && $0.tokenEnd <= trigger && !$0.isAdjective && !$0.isPossessive }),
               let side = places.first(where: { ($0.isPossessive || $0.isAdjective) && $0.code != local.code }) {
                let sorted = [side.code, local.code].sorted()
                return (sorted[0], sorted[1])
            }
            // "Mongolia's foreign trade reached $8.6 billion", "the foreign trade of Uzbekistan": a
            // world-trade word right before the trigger, with one country named as the trade's
            // owner (a possessive, an adjective, the subject before it, or after "of"), is that
            // country's trade with the world ("foreign trade ... with China" is not).
            if codes.count == 1, ((trigger - 2)..<trigger).contains(where: { isWord(analysis, $0, .worldTrade) }),
               places.allSatisfy({ $0.isPossessive || $0.isAdjective || $0.preposition == "of" || $0.preposition.isEmpty && $0.tokenEnd <= trigger }) {
                return (codes[0], "")
            }
            if codes.count < 2, pair.count == 2, codes.allSatisfy({ pair.contains($0) }) { codes = pair }
            let sorted = codes.prefix(2).sorted()
            return (sorted.first ?? "", sorted.count > 1 ? sorted[1] : "")
        case .exporterImporter:
            let exporter = before ?? places.first { $0.preposition == "from" && $0.token > trigger }
            return complete(exporter?.code, following("to")?.code)
        case .importerExporter:
            let importer = before ?? places.first { $0.preposition == "to" && $0.token > trigger }
            return complete(importer?.code, following("from")?.code)
        case .recipientInvestor:
            let recipient = after(["in", "into"])
            let investor = before ?? places.first { $0.preposition == "from" } ?? places.first { $0.code != recipient?.code && !$0.isAdjective }
            return complete(recipient?.code, investor?.code == recipient?.code ? nil : investor?.code)
        case .recipientSender:
            // "transfers from Tajik migrants", "Uzbek migrants ... sent home": the migrants' nationality receives the money.
            let home = places.first { mention in mention.isAdjective && isWord(analysis, mention.tokenEnd, .migrantNoun) } ?? places.first { $0.isAdjective && $0.token > trigger } ?? before ?? places.first { $0.preposition == "to" }
            let sender = places.first { ($0.preposition == "from" || $0.preposition == "in") && !$0.isAdjective }
            return complete(home?.code, sender?.code)
        case .hostNationality:
            // "1,800 Russian companies", "3,000 companies with Russian capital".
            let nationality = before ?? places.first { $0.isAdjective && $0.token > trigger && $0.token - trigger <= 4 }
            let host = after(["in"])
            return complete(host?.code, nationality?.code)
        }
    }
}
