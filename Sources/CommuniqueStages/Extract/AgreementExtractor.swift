import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge
/// Reads documents signed, ratified, reached or planned.
///
/// A mention is a run of coordinated document nouns ("agreements, memoranda and protocols"),
/// with the number before it ("18 official documents"), a money value near it, the status words
/// of the sentence, the topic words of its complement and the countries of its clause.
/// Definite plural generics ("the deals") and comparisons ("similar deals") only refer to
/// documents already counted and make no row.
package struct AgreementExtractor: Sendable {
    package var knowledge: Knowledge

    package init(knowledge: Knowledge) { self.knowledge = knowledge }

    static let typeSpecificity: [DocumentType] = [.jointStatement, .declaration, .memorandum, .protocol, .contract, .amendment, .agreement, .package]

    /// Document types only states and their institutions sign: one with no party in its sentence
    /// is the article's two countries'.
    static let betweenStates: Set<DocumentType> = [.jointStatement, .declaration, .memorandum, .protocol, .amendment]

    package func facts(in a: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitMention?) -> [AgreementFact] {
        facts(in: a, context: context, quantities: quantities, visit: visit) { context.dates.dates(in: a.sentence) }
    }

    /// The facts of sentence `a`, whose dates `dates` gives when first asked (the article
    /// extractor shares them with the other extractors of the sentence).
    func facts(in a: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitMention?,
               dates: () -> [DateMention]) -> [AgreementFact] {
        var facts: [AgreementFact] = []
        var previousStatus: (status: AgreementStatus, end: Int)?
        // The sentence's first date, read once however many documents it names, and only when
        // one of them is kept (most document nouns are not).
        var sentenceDate: String??
        var t = 0
        while t < a.tokenCount {
            guard let match = a.tagMatch(at: t), let firstType = Self.docType(match.value), !insideName(a, match), !isVerb(a, match) else {
                t += 1
                continue
            }
            // Coordinated document nouns form one mention.
            var types = [firstType]
            var plural = match.value.contains(.plural) || firstType == .package
            var generic = match.value.contains(.generic)
            var end = match.tokenEnd
            while true {
                var next = end
                while next < a.tokenCount, a.isPunctuation(next, UInt8(ascii: ",")) || isWord(a, next, .coordinator) { next += 1 }
                guard next > end, let following = a.tagMatch(at: next), let type = Self.docType(following.value) else { break }
                types.append(type)
                plural = true
                generic = generic && following.value.contains(.generic)
                end = following.tokenEnd
            }
            // "a package of 15 documents": the batch noun, its "of" and the documents are one mention.
            var countAnchor = match.tokenStart
            if firstType == .package, a.sentence.isWord(end, "of") {
                var k = end + 1
                while k < min(a.tokenCount, end + 6), a.sentence.tokens[k].kind != .punctuation {
                    if let inner = a.tagMatch(at: k), Self.docType(inner.value) != nil {
                        end = inner.tokenEnd
                        countAnchor = inner.tokenStart
                        break
                    }
                    k += 1
                }
            }
            defer { t = end }
            let start = match.tokenStart
            if a.hasTag(in: (start - 2)..<start, { $0 == .comparison }) { continue }
            if isFraming(a, start: start) { continue }

            let count = countBefore(a, start: countAnchor, quantities: quantities) ?? countBefore(a, start: start, quantities: quantities)
            // "Over a quarter of a century, 100 agreements were signed": a tally of the past.
            if count != nil, a.hasTag(in: clauseRange(a, start: start, end: end, commas: false), { $0 == .cumulative }) { continue }
            let definite = isDefinite(a, start: start)
            // "the 18 signed memoranda": a counted set named again.
            if count == nil, countBefore(a, start: start, quantities: quantities, definite: true) != nil { continue }
            let title = titleOf(a, start: start, typeEnd: match.tokenEnd)
            if definite && generic && count == nil && title.isEmpty { continue }

            var row = AgreementRow()
            row.sourceID = context.sourceID
            row.evidence = a.sentence.text
            row.title = title
            if let count {
                row.count = count.value.map { Int($0) }
                row.countQualifier = CountQualifier(count)
            }
            let batch = types.contains(.package) || (plural && (count != nil || types.count > 1) && (row.count ?? 2) > 1)
            row.docType = batch ? .package : Self.typeSpecificity.first { types.contains($0) } ?? firstType
            if let value = valueNear(a, start: start, end: end, quantities: quantities) {
                row.value = value.value
                if case .currency(let code) = value.unit { row.currency = code }
                row.valueQualifier = value.qualifier.map(AgreementValueQualifier.init)
            }
            row.status = status(a, start: start, end: end)
            // "100 agreements were signed over the years, the key ones being the Treaty of ...":
            // a document with no status of its own beside a tally of the past is that past.
            if row.status == nil, a.tagKinds.contains(.cumulative) { continue }
            // "signed an agreement on X, a memorandum on Y and ...": later items share the verb.
            if row.status == nil, let previous = previousStatus, isListItem(a, start: start),
                !(previous.end..<start).contains(where: { a.isPunctuation($0, UInt8(ascii: ";")) }) {
                row.status = previous.status
            }
            if let status = row.status { previousStatus = (status, end) }
            // "with the aim of securing agreements for investment": documents sought, not made.
            if row.status == nil, isAfter(a, start: start, .goal) { continue }
            // "said in their joint declaration": a document the sides issue together was agreed.
            if row.status == nil { row.status = jointStatus(a, start: start, type: row.docType) }
            row.topics = topics(a, from: count.map { a.sentence.tokenIndex(atByte: $0.range.upperBound) } ?? topicModifiersStart(a, before: start), after: end)
            if definite && title.isEmpty && row.count == nil && row.value == nil && row.topics.isEmpty && row.status == nil { continue }
            if row.status == nil && title.isEmpty && row.topics.isEmpty && row.count == nil && row.countQualifier == nil && row.value == nil { continue }
            // "business deals" says what kind of deals, not which: a plural with nothing but a
            // modifier is no document; "agreements on the development of schools" names one.
            if generic, plural, row.status == nil, row.count == nil, row.countQualifier == nil, row.value == nil,
                topics(a, from: end, after: end).isEmpty {
                continue
            }
            row.parties = parties(a, start: start, end: end, visit: visit, pair: context.pair)
            // Documents signed or planned in an article about two countries are theirs when the
            // sentence names no party ("99 documents were signed at the forum"), or only one of
            // the two ("Uzbek media announced 12 agreements"); so is a single document only states
            // sign (a memorandum, a joint statement) or one with a name; a single contract or deal
            // with no party is a private one (a player's).
            if row.status != nil, context.pair.count == 2 {
                if row.parties.isEmpty, plural || batch || !title.isEmpty || Self.betweenStates.contains(row.docType) { row.parties = context.pair }
                if row.parties.count == 1, plural || batch, context.pair.contains(row.parties[0]) { row.parties = context.pair }
            }
            // A document nobody can be named a party to is outside the dataset (a footballer's contract),
            // and so is one whose only parties are institutions without member countries (a
            // court's statute, a bank's loan terms).
            if row.parties.allSatisfy({ knowledge.organisations[$0].map { $0.members.isEmpty } ?? false }) { continue }
            if sentenceDate == nil {
                sentenceDate = .some(dates().first { !$0.isHabitual && $0.span != nil }?.span?.description)
            }
            if let date = sentenceDate ?? nil { row.date = date }
            let rule = !context.recordsRules ? "" : "agreement: document noun '\(a.sentence.text(start..<end))'" + (row.status == nil ? "" : ", status word") + (count == nil ? "" : ", count before it")

            // "two documents: one on X; and another on Y" gives a row per enumerated document.
            let parts = enumeration(a, after: end)
            if let n = row.count, n >= 2, parts.count >= 2, parts.count <= n {
                for part in parts {
                    var item = row
                    item.docType = .agreement
                    item.count = nil
                    item.countQualifier = nil
                    item.topics = topics(a, from: part.lowerBound, after: part.lowerBound, limit: part.upperBound)
                    facts.append(AgreementFact(row: item, visitIndex: nil, sentenceIndex: a.sentence.index, rule: context.recordsRules ? rule + ", enumerated item" : ""))
                }
            } else {
                var fact = AgreementFact(row: row, visitIndex: nil, sentenceIndex: a.sentence.index, rule: rule)
                fact.plural = plural
                fact.definite = definite
                fact.nounType = Self.typeSpecificity.first { types.contains($0) } ?? firstType
                facts.append(fact)
            }
        }
        return facts
    }

    static func docType(_ tags: [LexiconTag]) -> DocumentType? {
        for tag in tags { if case .document(let type) = tag { return type } }
        return nil
    }

    /// A number or vague amount ending just before the noun phrase ("18 official documents", "dozens of");
    /// after a definite determiner ("the 18 documents") only when `definite` is true.
    func countBefore(_ a: SentenceAnalysis, start: Int, quantities: [Quantity], definite: Bool = false) -> Quantity? {
        let startByte = a.sentence.tokens[start].start
        for quantity in quantities.reversed() where quantity.range.upperBound <= startByte {
            guard quantity.unit == .number || quantity.vague != nil else { continue }
            // "a five-year programme": a number joined by a hyphen to its noun measures it, it counts nothing.
            if quantity.range.upperBound < a.sentence.utf8.count, a.sentence.utf8[quantity.range.upperBound] == UInt8(ascii: "-") { return nil }
            let first = a.sentence.tokenIndex(atByte: quantity.range.upperBound)
            // Only modifiers and "of" between the number and the noun ("the two presidents signed a ..." is no count).
            guard start - first <= 3 else { return nil }
            for k in first..<start {
                if a.sentence.tokens[k].kind != .word || a.entity(at: k) != nil && !isAdjective(a, k) || !Self.mayModifyCount(a.tagMatch(at: k))
                    || isWord(a, k, .indefinite) || isWord(a, k, .definite) {
                    return nil
                }
            }
            // "the two documents", "those 12 deals" point back at documents already counted.
            if isWord(a, a.sentence.tokenIndex(atByte: quantity.range.lowerBound) - 1, .definite) != definite { return nil }
            return quantity
        }
        return nil
    }

    /// Words between a count and its noun that still modify the noun: a topic ("34 investment
    /// agreements") or a status ("15 inked documents"), or no lexicon word at all.
    static func mayModifyCount(_ match: PhraseMatch<[LexiconTag]>?) -> Bool {
        guard let match else { return true }
        return match.value.allSatisfy { tag in
            switch tag {
            case .topic, .indicator, .docStatus: return true
            default: return false
            }
        }
    }

    func isAdjective(_ a: SentenceAnalysis, _ k: Int) -> Bool {
        if let entity = a.entity(at: k), case .adjective = entity.value { return true }
        return false
    }

    /// True when token `k` is a word the lexicon spells for `role`.
    @inline(__always)
    func isWord(_ a: SentenceAnalysis, _ k: Int, _ role: RuleWord) -> Bool {
        knowledge.lexicon.isWord(a.sentence, k, role)
    }

    /// A definite determiner ("the", "these") before the noun phrase (skipping up to three
    /// modifiers, but no verb or preposition: "the parties signed agreements" is indefinite).
    func isDefinite(_ a: SentenceAnalysis, start: Int) -> Bool {
        var k = start - 1
        var skipped = 0
        while k >= 0, skipped <= 3 {
            if isWord(a, k, .definite) { return true }
            if isWord(a, k, .modifierStop) { return false }
            // An opening quotation mark between the determiner and the noun ("the "deals").
            if a.isPunctuation(k, UInt8(ascii: "\"")) || a.isPunctuation(k, UInt8(ascii: "'")) {
                k -= 1
                continue
            }
            if isWord(a, k, .indefinite) || a.sentence.tokens[k].kind != .word { return false }
            skipped += 1
            k -= 1
        }
        return false
    }

    /// A capitalised document name ("Agreement on Cooperation in the Field of ... Nuclear Energy").
    func titleOf(_ a: SentenceAnalysis, start: Int, typeEnd: Int) -> String {
        let tokens = a.sentence.tokens
        guard start > 0, tokens[start].isCapitalized, (start..<typeEnd).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind != .word }) else {
            return ""
        }
        // Capitalised words right before the noun belong to the name ("the Xi'an Declaration").
        var first = start
        while first > 1, tokens[first - 1].isCapitalized || a.isPunctuation(first - 1, UInt8(ascii: "'")) && tokens[first - 2].isCapitalized,
            !a.isClauseBreak(first - 1), a.sentence.tokens[first - 1].end + 1 >= tokens[first].start, first - 1 > 0 || !tokens[0].isCapitalized {
            first -= 1
        }
        if a.isPunctuation(first, UInt8(ascii: "'")) { first += 1 }
        // A plural noun alone ("the MoUs") names no document; a name has a capitalised word of its
        // own before the noun or after it, past its joiners ("Memoranda of the Ministries").
        if first == start, a.tagMatch(at: start)?.value.contains(.plural) == true {
            var next = typeEnd
            while next < tokens.count, isWord(a, next, .titleJoiner) { next += 1 }
            guard next < tokens.count, tokens[next].isCapitalized, tokens[next].kind == .word else { return "" }
        }
        var end = typeEnd
        var k = typeEnd
        while k < tokens.count {
            if tokens[k].isCapitalized && tokens[k].kind == .word {
                k += 1
                end = k
            } else if isWord(a, k, .titleJoiner) {
                k += 1
            } else {
                break
            }
        }
        return a.sentence.text(first..<end)
    }

    /// Money within the mention's clause: just before it ("a $6 billion agreement") or after ("contracts exceeding $3.5 billion").
    func valueNear(_ a: SentenceAnalysis, start: Int, end: Int, quantities: [Quantity]) -> Quantity? {
        let from = a.sentence.tokens[max(0, start - 6)].start
        let to = end + 8 < a.tokenCount ? a.sentence.tokens[end + 8].end : a.sentence.utf8.count
        return quantities.first { quantity in
            guard case .currency = quantity.unit, quantity.range.lowerBound >= from, quantity.range.upperBound <= to else { return false }
            let q = a.sentence.tokenIndex(atByte: quantity.range.lowerBound)
            let range = q < start ? q..<start : end..<q
            return !range.contains { a.isClauseBreak($0) } && !a.hasTag(in: range) { if case .indicator = $0 { return true }; return false }
        }
    }

    /// The status words of the mention's comma-bounded clause, or, when the clause names other
    /// documents too, of the verb that governs the mention ("reached an understanding and signed a
    /// treaty"); failing that, a signing verb in the present right before it ("leaders sign treaty"),
    /// or the status words of its `;`-bounded segment when no other document is named there ("A
    /// package ..., ..., and ... was signed").
    func status(_ a: SentenceAnalysis, start: Int, end: Int) -> AgreementStatus? {
        let clause = clauseRange(a, start: start, end: end, commas: true)
        let mentionNouns = documentCount(a, in: start..<end, wholeNames: false)
        if documentCount(a, in: clause, wholeNames: true) > mentionNouns, let governing = governingStatus(a, start: start) { return governing }
        if let status = strongestStatus(a, in: clause) { return status }
        if let governing = governingStatus(a, start: start) { return governing }
        let segment = clauseRange(a, start: start, end: end, commas: false)
        guard documentCount(a, in: segment, wholeNames: true) <= mentionNouns else { return nil }
        return strongestStatus(a, in: segment)
    }

    /// The document nouns in `range`; with `wholeNames`, not those inside a name or used as a verb.
    func documentCount(_ a: SentenceAnalysis, in range: Range<Int>, wholeNames: Bool) -> Int {
        var documents = 0
        var position = range.lowerBound
        while position < range.upperBound {
            if let match = a.tagMatch(at: position) {
                if Self.docType(match.value) != nil, !wholeNames || !insideName(a, match) && !isVerb(a, match) { documents += 1 }
                position = match.tokenEnd
            } else {
                position += 1
            }
        }
        return documents
    }

    func strongestStatus(_ a: SentenceAnalysis, in range: Range<Int>) -> AgreementStatus? {
        var found = Set<AgreementStatus>()
        var k = range.lowerBound
        while k < range.upperBound {
            if let match = a.tagMatch(at: k) {
                for tag in match.value { if case .docStatus(let status) = tag { found.insert(status) } }
                k = match.tokenEnd
            } else {
                k += 1
            }
        }
        return knowledge.lexicon.statusPriority.first { found.contains($0) }
    }

    /// Tokens from the clause break before `start` to the one after `end`; commas count as breaks when asked.
    func clauseRange(_ a: SentenceAnalysis, start: Int, end: Int, commas: Bool) -> Range<Int> {
        func isBreak(_ k: Int) -> Bool {
            guard !a.isPunctuation(k, UInt8(ascii: "-")) else { return false }
            return a.isClauseBreak(k) || (commas && a.isPunctuation(k, UInt8(ascii: ",")))
        }
        var lower = start
        while lower > 0 {
            // A short aside in parentheses ("(MoUs)", "(£10.2bn)") does not end the clause.
            if a.isPunctuation(lower - 1, UInt8(ascii: ")")), let open = Self.asideStart(a, closing: lower - 1) { lower = open; continue }
            if isBreak(lower - 1) { break }
            lower -= 1
        }
        var upper = end
        while upper < a.tokenCount {
            if a.isPunctuation(upper, UInt8(ascii: "(")), let close = Self.asideEnd(a, opening: upper) { upper = close + 1; continue }
            if isBreak(upper) { break }
            upper += 1
        }
        return lower..<upper
    }

    /// Tokens a parenthesised aside may hold and still be part of its clause.
    static let asideTokens = 6

    /// The `)` closing a short aside opened at `opening`.
    static func asideEnd(_ a: SentenceAnalysis, opening: Int) -> Int? {
        (opening + 1..<min(a.tokenCount, opening + 2 + asideTokens)).first { a.isPunctuation($0, UInt8(ascii: ")")) }
    }

    /// The `(` opening a short aside closed at `closing`.
    static func asideStart(_ a: SentenceAnalysis, closing: Int) -> Int? {
        (max(0, closing - 1 - asideTokens)..<closing).reversed().first { a.isPunctuation($0, UInt8(ascii: "(")) }
    }

    /// A document word inside an organisation's name ("Collective Security Treaty Organization").
    func insideName(_ a: SentenceAnalysis, _ match: PhraseMatch<[LexiconTag]>) -> Bool {
        guard let entity = a.entity(at: match.tokenStart) else { return false }
        if case .organisation = entity.value { return true }
        return false
    }

    /// "which deals with", "the papers deal with": a document noun used as a verb after a pronoun,
    /// or (a verb the lexicon lists, before "with") after a plural document noun.
    func isVerb(_ a: SentenceAnalysis, _ match: PhraseMatch<[LexiconTag]>) -> Bool {
        let before = match.tokenStart - 1
        if isWord(a, before, .pronounSubject) { return true }
        guard match.tokenEnd == match.tokenStart + 1, isWord(a, match.tokenStart, .verbBeforeWith),
              a.sentence.isWord(match.tokenEnd, "with"), let subject = a.tagMatch(at: before) else { return false }
        return subject.tokenEnd == match.tokenStart && subject.value.contains(.plural)
    }

    /// "under the agreement", "under the upgraded protocol of ...": a document named after a
    /// framing preposition and its determiner is the frame of what the sentence says, not news.
    func isFraming(_ a: SentenceAnalysis, start: Int) -> Bool {
        isAfter(a, start: start, .framing)
    }

    /// True when a word of `role` stands right before the noun phrase's modifiers and determiner.
    func isAfter(_ a: SentenceAnalysis, start: Int, _ role: RuleWord) -> Bool {
        let first = modifiersStart(a, before: start)
        var k = first - 1
        if isWord(a, k, .definite) || isWord(a, k, .indefinite) { k -= 1 }
        return isWord(a, k, role)
    }

    /// ", a memorandum ...", "and an agreement ...", "as well as a memorandum ...": an item of a list of documents.
    func isListItem(_ a: SentenceAnalysis, start: Int) -> Bool {
        if isWord(a, modifiersStart(a, before: start) - 1, .listLead) { return true }
        let determiner = modifiersStart(a, before: start) - 1
        guard isWord(a, determiner, .indefinite) else { return false }
        return a.isPunctuation(determiner - 1, UInt8(ascii: ",")) || isWord(a, determiner - 1, .coordinator) || a.sentence.isWord(determiner - 1, "as")
            || isWord(a, determiner - 1, .listLead)
    }

    /// The first of up to three modifiers right before the noun ("preferential trade agreement").
    func modifiersStart(_ a: SentenceAnalysis, before start: Int) -> Int {
        var k = start
        while k > max(0, start - 3) {
            let previous = k - 1
            guard a.sentence.tokens[previous].kind == .word, a.entity(at: previous) == nil, !isWord(a, previous, .modifierStop) else { break }
            k = previous
        }
        return k
    }

    /// The modifiers before the noun, with topic words coordinated before them ("economic and
    /// trade development programme").
    func topicModifiersStart(_ a: SentenceAnalysis, before start: Int) -> Int {
        var first = modifiersStart(a, before: start)
        while first >= 2, isWord(a, first - 1, .coordinator), let match = a.tagMatch(at: first - 2),
            match.value.contains(where: { if case .topic = $0 { return true }; return false }) {
            first = modifiersStart(a, before: first - 1)
        }
        return first
    }

    /// Topic words from the modifiers before the noun to the end of its complement; the
    /// complement ends at a clause break, the next document of a list, or ", a/an/the ...".
    func topics(_ a: SentenceAnalysis, from: Int, after end: Int, limit: Int? = nil) -> [AgreementTopic] {
        var topics: [AgreementTopic] = []
        let stop = min(a.tokenCount, limit ?? (end + 16))
        var k = from
        while k < stop {
            if k >= end, limit == nil, a.isClauseBreak(k) { break }
            if k >= end, limit == nil, a.isPunctuation(k, UInt8(ascii: ",")),
                isWord(a, k + 1, .indefinite) || isWord(a, k + 1, .coordinator) || a.sentence.isWord(k + 1, "as") {
                break
            }
            if let match = a.tagMatch(at: k) {
                if k >= end, limit == nil, match.tokenStart >= end, Self.docType(match.value) != nil, !isWord(a, match.tokenStart - 1, .definite) { break }
                for tag in match.value { if case .topic(let topic) = tag, !topics.contains(topic) { topics.append(topic) } }
                k = match.tokenEnd
            } else {
                k += 1
            }
        }
        return topics
    }

    /// Countries of the mention's comma-bounded clause, else its organisations, completed by the visit's pair.
    /// "the two countries signed ...", "both sides agreed ...": the article's pair (`pair`) when the clause names no other country.
    func parties(_ a: SentenceAnalysis, start: Int, end: Int, visit: VisitMention?, pair: [String] = []) -> [String] {
        let clause = clauseRange(a, start: start, end: end, commas: true)
        let (lower, upper) = (clause.lowerBound, clause.upperBound)
        var parties = a.countries(in: lower..<upper, knowledge: knowledge)
        if parties.count < 2, pair.count == 2, parties.allSatisfy(pair.contains), a.hasTag(in: clause, { $0 == .bothSides }) { return pair }
        if parties.isEmpty {
            for entity in a.entities where entity.tokenStart >= lower && entity.tokenStart < upper {
                if case .organisation(let acronym) = entity.value, !parties.contains(acronym) { parties.append(acronym) }
            }
            if !parties.isEmpty { return parties }
        }
        if parties.count < 2, let visit {
            let pair = [visit.visitorCountry, visit.hostCountry]
            if parties.allSatisfy({ pair.contains($0) }) { parties = pair }
        }
        return parties
    }

    /// Token ranges of "one ...; and another ..." after a colon.
    func enumeration(_ a: SentenceAnalysis, after end: Int) -> [Range<Int>] {
        guard a.isPunctuation(end, UInt8(ascii: ":")) else { return [] }
        var parts: [Range<Int>] = []
        var start = end + 1
        var k = start
        while k <= a.tokenCount {
            if k == a.tokenCount || a.isPunctuation(k, UInt8(ascii: ";")) || a.isPunctuation(k, UInt8(ascii: ".")) {
                if k > start { parts.append(start..<k) }
                start = k + 1
            }
            k += 1
        }
        return parts
    }
}
