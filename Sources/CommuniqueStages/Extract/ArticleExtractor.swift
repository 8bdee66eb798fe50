import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
/// The extract stage for one article: dates it, then runs the four table extractors over its
/// sentences and merges what one article says twice.
package struct ArticleExtractor: Sendable {
    package var knowledge: Knowledge
    package var options: ExtractOptions
    let visits: VisitExtractor
    let agreements: AgreementExtractor
    let metrics: TradeMetricExtractor
    let delegations: DelegationExtractor
    /// The knowledge's two phrase matchers, held here so that analysing a sentence reads them
    /// without reference counting its way through `Knowledge` and `Lexicon` each time.
    let entityMatcher: PhraseMatcher<EntityRef>
    let tagMatcher: PhraseMatcher<[LexiconTag]>

    package init(knowledge: Knowledge, options: ExtractOptions) {
        self.knowledge = knowledge
        self.options = options
        visits = VisitExtractor(knowledge: knowledge)
        agreements = AgreementExtractor(knowledge: knowledge)
        metrics = TradeMetricExtractor(knowledge: knowledge)
        delegations = DelegationExtractor(knowledge: knowledge)
        entityMatcher = knowledge.entities
        tagMatcher = knowledge.lexicon.matcher
    }

    package func extract(_ article: ArticleRow, manifestDate: PartialDate?, clean: CleanArticle) -> ArticleFacts {
        var row = article
        var analyses: [SentenceAnalysis] = []
        analyses.reserveCapacity(clean.sentences.count)
        for sentence in clean.sentences { analyses.append(SentenceAnalysis(sentence, entities: entityMatcher, tags: tagMatcher)) }
        let entities = ArticleEntities(analyses)
        var dct: PartialDate?
        var incumbency: DateSpan?
        if let date = manifestDate {
            dct = date
            row.publishedFrom = .manifest
        } else if let date = clean.dateline {
            dct = date
            row.publishedFrom = .text
        } else if let span = ArticleDating(knowledge: knowledge).incumbency(analyses) {
            incumbency = span
            row.publishedFrom = .incumbency
        } else {
            row.publishedFrom = .unknown
        }
        row.published = dct?.description ?? incumbency.map { span in span.start.description + "/" + (span.end?.description ?? "..") } ?? ""

        var context = ArticleContext(
            sourceID: article.sourceID, analyses: analyses, dct: dct, incumbency: incumbency,
            dates: DateRecognizer(dct: dct, numericOrder: options.numericDateOrder), quantities: QuantityRecognizer(),
            mainLeader: entities.mainLeader(), pair: [], recordsRules: options.recordsRules, entities: entities)
        var facts = ArticleFacts(article: row)
        facts.sentences = analyses.count

        // Visits first: they give the other tables their pair of countries and visit links.
        var mentions: [VisitMention] = []
        var visitAtSentence: [Int?] = Array(repeating: nil, count: analyses.count)
        for a in analyses where !a.tagKinds.isDisjoint(with: [.visitMovement, .visitMeeting, .visitType]) {
            mentions += visits.mentions(in: a, context: context)
        }
        var (merged, mentionToVisit, typeVotes) = mergeVisits(mentions, context: context)
        // The visit a sentence is about: the last one reported up to it, or the one whose host it names.
        var current: Int? = merged.isEmpty ? nil : 0
        var m = 0
        for (index, a) in analyses.enumerated() {
            var reported = false
            while m < mentions.count, mentions[m].sentenceIndex <= index {
                current = mentionToVisit[m]
                reported = true
                m += 1
            }
            if !reported, !merged.isEmpty {
                if let host = soleHost(named: a, among: merged), let visit = merged.firstIndex(where: { $0.hostCountry == host }) { current = visit }
                // "The state visit is ...": a type said without a host is said of the current visit.
                if let current, a.tagKinds.contains(.visitType), let type = visits.visitType(a) { typeVotes[current].append(type) }
            }
            visitAtSentence[index] = current
        }
        for index in merged.indices {
            merged[index].visitType = Self.majority(typeVotes[index])
            if merged[index].city.isEmpty { merged[index].city = entities.onlyCity(of: merged[index].hostCountry) }
        }
        facts.visits = merged
        context.pair = merged.first.map { [$0.visitorCountry, $0.hostCountry] } ?? entities.topCountries(knowledge: knowledge)

        var carriedIndicator: String?
        for a in analyses {
            let wantsDocuments = a.tagKinds.contains(.document)
            // "Trade reached $70 billion in 2022. In the first quarter, it jumped 22 percent.": the
            // pronoun carries the previous sentence's indicator.
            let carried = carriedIndicator.flatMap { name in
                (0..<a.tokenCount).contains { a.sentence.isWord($0, "it") } ? knowledge.lexicon.indicators[name] : nil
            }
            carriedIndicator = nil
            let wantsMetrics = carried != nil || a.tagKinds.contains(.indicator)
            let wantsDelegations = a.tagKinds.contains(.delegation)
            guard wantsDocuments || wantsMetrics || wantsDelegations else { continue }
            // One tokenising for the sentence's quantities and dates, and its dates parsed at most
            // once, when the first extractor asks.
            let values = SentenceValues(a.sentence)
            let quantities = values.quantities()
            guard !quantities.isEmpty || wantsDocuments else { continue }
            var parsedDates: [DateMention]?
            func dates() -> [DateMention] {
                if let parsedDates { return parsedDates }
                let found = values.dates(context.dates)
                parsedDates = found
                return found
            }
            let visitIndex = visitAtSentence[a.sentence.index]
            let visit = visitIndex.map { merged[$0] }
            var claimed: [Range<Int>] = []
            if wantsDocuments {
                for var fact in agreements.facts(in: a, context: context, quantities: quantities, visit: visit, dates: dates) {
                    fact.visitIndex = visitIndex
                    if let value = fact.row.value, let quantity = quantities.first(where: { $0.value == value }) { claimed.append(quantity.range) }
                    facts.agreements.append(fact)
                }
            }
            if wantsMetrics {
                let found = metrics.facts(in: a, context: context, quantities: quantities, claimed: claimed, visit: visit, carried: carried, dates: dates)
                facts.metrics += found
                carriedIndicator = found.last?.row.indicator
            }
            if wantsDelegations {
                for var fact in delegations.facts(in: a, context: context, quantities: quantities, visit: visit) {
                    fact.visitIndex = visitIndex
                    facts.delegations.append(fact)
                }
            }
        }
        // The headline repeats the body: its facts count only when the body does not give the same kind.
        let headline = Self.headline(of: analyses, paragraph: clean.titleParagraph)
        if facts.agreements.contains(where: { !headline.contains($0.sentenceIndex) }) {
            facts.agreements.removeAll { headline.contains($0.sentenceIndex) }
        }
        if facts.metrics.contains(where: { headline.contains($0.sentenceIndex) }) {
            let bodyIndicators = Set(facts.metrics.filter { !headline.contains($0.sentenceIndex) }.map(\.row.indicator))
            facts.metrics.removeAll { headline.contains($0.sentenceIndex) && bodyIndicators.contains($0.row.indicator) }
        }
        facts.agreements = mergeAgreements(facts.agreements, headline: headline)
        assignIDs(&facts)
        return facts
    }

    /// The indices of the headline's sentences: those of its paragraph, which the cleaner numbers
    /// one after another.
    static func headline(of analyses: [SentenceAnalysis], paragraph: Int) -> Range<Int> {
        guard let first = analyses.firstIndex(where: { $0.sentence.paragraph == paragraph }) else { return 0..<0 }
        var end = first + 1
        while end < analyses.count, analyses[end].sentence.paragraph == paragraph { end += 1 }
        return analyses[first].sentence.index..<(analyses[end - 1].sentence.index + 1)
    }

    /// The one host country of `visits` that sentence `a` names, or nil when it names none or several.
    func soleHost(named a: SentenceAnalysis, among visits: [VisitMention]) -> String? {
        var found: String?
        for entity in a.entities {
            guard let code = knowledge.country(of: entity.value), code != found, visits.contains(where: { $0.hostCountry == code }) else { continue }
            if found != nil { return nil }
            found = code
        }
        return found
    }

    /// Row ids from content: the source id is part of every key, so ids made per article in the
    /// workers are the ids a single pass over all articles would make.
    func assignIDs(_ facts: inout ArticleFacts) {
        let agreementIDs = StableID.assign("a-", facts.agreements.map { [$0.row.sourceID, $0.row.docType.rawValue, $0.row.evidence, $0.row.topics.map(\.rawValue).joined(separator: ";")] })
        for index in facts.agreements.indices { facts.agreements[index].row.agreementID = agreementIDs[index] }
        let metricIDs = StableID.assign("m-", facts.metrics.map { [$0.row.sourceID, $0.row.indicator, $0.row.evidence, $0.row.period] })
        for index in facts.metrics.indices { facts.metrics[index].row.metricID = metricIDs[index] }
        let delegationIDs = StableID.assign("d-", facts.delegations.map { [$0.row.sourceID, $0.row.group, $0.row.evidence] })
        for index in facts.delegations.indices { facts.delegations[index].row.delegationID = delegationIDs[index] }
    }

    /// Merges one article's mentions of the same visit: same visitor country, host and status,
    /// no conflicting visitor names, and dates that overlap or are missing on one side.
    func mergeVisits(_ mentions: [VisitMention], context: ArticleContext) -> ([VisitMention], [Int], [[VisitType]]) {
        var merged: [VisitMention] = []
        var typeVotes: [[VisitType]] = []
        var map: [Int] = []
        for mention in mentions {
            if let index = merged.firstIndex(where: { Self.sameVisit($0, mention) }) {
                var visit = merged[index]
                if visit.visitor.isEmpty { visit.visitor = mention.visitor }
                if visit.city.isEmpty { visit.city = mention.city }
                if visit.occasion.isEmpty { visit.occasion = mention.occasion }
                visit.dates = Self.containing(visit.dates, mention.dates)
                merged[index] = visit
                if let type = mention.visitType { typeVotes[index].append(type) }
                map.append(index)
            } else {
                merged.append(mention)
                typeVotes.append(mention.visitType.map { [$0] } ?? [])
                map.append(merged.count - 1)
            }
        }
        let counts = merged.isEmpty ? [:] : context.entities.leaderCounts()
        for index in merged.indices {
            if merged[index].dates == nil, merged[index].status == .held, let dct = context.dct {
                merged[index].dates = DateSpan(start: dct)
            }
            merged[index].hostLeader = hostLeader(of: merged[index], counts: counts, context: context)
        }
        return (merged, map, typeVotes)
    }

    /// The most frequent vote; ties go to the one said first.
    static func majority(_ votes: [VisitType]) -> VisitType? {
        var counts: [VisitType: Int] = [:]
        for vote in votes { counts[vote, default: 0] += 1 }
        return votes.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && votes.firstIndex(of: $0)! > votes.firstIndex(of: $1)!) }
    }

    /// One article's two mentions are one visit when visitor country and host agree, the visitors
    /// do not conflict, and the dates overlap (status must agree too) or one side is undated.
    static func sameVisit(_ a: VisitMention, _ b: VisitMention) -> Bool {
        guard a.visitorCountry == b.visitorCountry, a.hostCountry == b.hostCountry else { return false }
        if !a.visitor.isEmpty, !b.visitor.isEmpty, a.visitor != b.visitor { return false }
        guard let x = a.dates, let y = b.dates else { return true }
        return a.status == b.status && (DateSpan.overlaps(x, y) || daysApart(x, y).map { $0 <= 7 } ?? false)
    }

    /// Days between two day-precision dates or spans that do not overlap.
    static func daysApart(_ x: DateSpan, _ y: DateSpan) -> Int? {
        guard let xFirst = x.start.dayNumber, let xLast = (x.end ?? x.start).dayNumber,
            let yFirst = y.start.dayNumber, let yLast = (y.end ?? y.start).dayNumber else { return nil }
        return max(yFirst - xLast, xFirst - yLast)
    }

    /// Within one article, the span that contains the other is the visit; a day inside it is an
    /// event of the visit. When neither contains the other, the first said wins.
    static func containing(_ x: DateSpan?, _ y: DateSpan?) -> DateSpan? {
        guard let x else { return y }
        guard let y else { return x }
        // "began the trip on June 4 ... wrapped up the visit on Saturday": the days of one visit.
        if !DateSpan.overlaps(x, y), let xStart = x.start.dayNumber, let yStart = y.start.dayNumber {
            let first = xStart <= yStart ? x.start : y.start
            let last = max((x.end ?? x.start), (y.end ?? y.start))
            return DateSpan(start: first, end: last)
        }
        let xFirst = x.start.firstDay, xLast = (x.end ?? x.start).lastDay
        let yFirst = y.start.firstDay, yLast = (y.end ?? y.start).lastDay
        if yFirst <= xFirst && yLast >= xLast && (yFirst < xFirst || yLast > xLast) && y.start.day != nil && x.start.day != nil { return y }
        return x
    }

    static let headOfStateRoles: Set<String> = ["president", "monarch", "supreme_leader", "chairman"]

    /// A head of state of the host country named in the article and in office at the visit.
    func hostLeader(of visit: VisitMention, counts: [Int: Int], context: ArticleContext) -> String {
        let date = visit.dates ?? context.referenceDate
        let candidates = counts.filter { index, _ in
            knowledge.leaders[index].terms.contains { term in
                term.country == visit.hostCountry && Self.headOfStateRoles.contains(term.role) && (date.map { term.covers($0) } ?? true)
            }
        }
        guard let best = candidates.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return "" }
        return knowledge.leaders[best.key].name
    }

    /// One row per document an article mentions twice: same type, parties, counts and value,
    /// and statuses, titles and topics that agree where both are given.
    func mergeAgreements(_ facts: [AgreementFact], headline: Range<Int>) -> [AgreementFact] {
        var merged: [AgreementFact] = []
        // The parties of each merged row, sorted once: merging never changes them.
        var mergedParties: [[String]] = []
        let priority = knowledge.lexicon.statusPriority
        for fact in facts {
            let r = fact.row
            let parties = r.parties.sorted()
            if let index = merged.indices.first(where: { Self.sameDocument(merged[$0], fact) && mergedParties[$0] == parties }) {
                var row = merged[index].row
                if let status = r.status, let a = priority.firstIndex(of: status), row.status.flatMap(priority.firstIndex(of:)).map({ a < $0 }) ?? true { row.status = status }
                if row.title.isEmpty { row.title = r.title }
                row.topics = Array(Set(row.topics + r.topics)).sorted { $0.rawValue < $1.rawValue }
                if row.date.isEmpty { row.date = r.date }
                // The body says more than the headline: its sentence is the better evidence.
                if headline.contains(merged[index].sentenceIndex), !headline.contains(fact.sentenceIndex) {
                    row.evidence = r.evidence
                    merged[index].sentenceIndex = fact.sentenceIndex
                    merged[index].rule = fact.rule
                }
                merged[index].row = row
            } else {
                merged.append(fact)
                mergedParties.append(parties)
            }
        }
        return merged
    }

    /// Two facts of one article name the same document (parties aside): same type, counts and
    /// value, other sentences, and statuses, titles and topics that agree where both are given.
    static func sameDocument(_ other: AgreementFact, _ fact: AgreementFact) -> Bool {
        other.row.docType == fact.row.docType && other.row.count == fact.row.count
            && other.row.countQualifier == fact.row.countQualifier && other.row.value == fact.row.value && other.sentenceIndex != fact.sentenceIndex
            && (other.row.status == nil || fact.row.status == nil || other.row.status == fact.row.status)
            && (other.row.title.isEmpty || fact.row.title.isEmpty || other.row.title == fact.row.title)
            && (other.row.topics.isEmpty || fact.row.topics.isEmpty || Set(other.row.topics) == Set(fact.row.topics))
    }
}
