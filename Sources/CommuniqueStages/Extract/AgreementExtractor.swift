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

    package func facts(in analysis: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitCountries?) -> [AgreementFact] {
        facts(in: analysis, context: context, quantities: quantities, visit: visit) { analysis.withoutPeople(context.dates.dates(in: analysis.sentence)) }
    }

    /// The facts of sentence `a`, whose dates `dates` gives when first asked (the article
    /// extractor shares them with the other extractors of the sentence); `followsPairDocuments`
    /// when a sentence shortly before named documents of the article's two countries.
    func facts(in analysis: SentenceAnalysis, context: ArticleContext, quantities: [Quantity], visit: VisitCountries?,
               followsPairDocuments: Bool = false, dates: () -> [DateMention]) -> [AgreementFact] {
        // "Signing of agreements" on a line of its own heads a section: the sentences after it
        // name the documents.
        if isSectionHeading(analysis) { return [] }
        var facts: [AgreementFact] = []
        var previousStatus: (status: AgreementStatus, end: Int)?
        // The sentence's first date, read once however many documents it names, and only when
        // one of them is kept (most document nouns are not).
        var sentenceDate: String??
        // The token after the sentence's previous document mention, kept or not.
        var previousMentionEnd: Int?
        // The token after the last mention whose subject follows it ("a protocol on ..."), while
        // that subject goes on.
        var openSubject: Int?
        // The token after the last counted mention after a possessive ("the country's 12 pacts").
        var ownedEnd: Int?
        // The document nouns of a batch's list items that have a row already ("agreements on A,
        // an MoU on B"): the item's row is that noun's.
        var listedNouns: [Int] = []
        var position = 0
        while position < analysis.tokenCount {
            guard let match = analysis.tagMatch(at: position), let firstType = Self.docType(match.value), !insideName(analysis, match), !namesNoDocument(analysis, match) else {
                position += 1
                continue
            }
            if listedNouns.contains(match.tokenStart) {
                position = match.tokenEnd
                continue
            }
            // Coordinated document nouns form one mention.
            var types = [firstType]
            var plural = match.value.contains(.plural) || firstType == .package
            var generic = match.value.contains(.generic)
            var end = match.tokenEnd
            while true {
                // "memorandums of understanding (MoUs)": a document noun alone in brackets right after
                // a noun of the mention is its abbreviation, part of it ("MoUs (memoranda) and agreements").
                if analysis.isPunctuation(end, UInt8(ascii: "(")), let inner = analysis.tagMatch(at: end + 1), Self.docType(inner.value) != nil,
                   analysis.isPunctuation(inner.tokenEnd, UInt8(ascii: ")")) {
                    end = inner.tokenEnd + 1
                }
                var next = end
                // "agreements/MoUs": nouns joined by a slash are one mention too.
                func separates(_ position: Int) -> Bool {
                    position < analysis.tokenCount && (analysis.isPunctuation(position, UInt8(ascii: ",")) || analysis.isPunctuation(position, UInt8(ascii: "/"))
                        || isWord(analysis, position, .coordinator))
                }
                while separates(next) { next += 1 }
                // "agreements, projects and contracts": one word between separators in a list of
                // document nouns is an item of the same mention.
                if next > end, next < analysis.tokenCount, analysis.tagMatch(at: next) == nil, analysis.sentence.tokens[next].kind == .word, separates(next + 1) {
                    var after = next + 1
                    while separates(after) { after += 1 }
                    if let listed = analysis.tagMatch(at: after), Self.docType(listed.value) != nil { next = after }
                }
                guard next > end, let following = analysis.tagMatch(at: next), let type = Self.docType(following.value),
                      !namesNoDocument(analysis, following) else { break }
                types.append(type)
                plural = true
                generic = generic && following.value.contains(.generic)
                end = following.tokenEnd
            }
            // "a package of 15 documents": the batch noun, its "of" and the documents are one mention.
            var countAnchor = match.tokenStart
            if firstType == .package, analysis.sentence.isWord(end, "of") {
                var next = end + 1
                while next < min(analysis.tokenCount, end + 6), analysis.sentence.tokens[next].kind != .punctuation {
                    if let inner = analysis.tagMatch(at: next), Self.docType(inner.value) != nil {
                        end = inner.tokenEnd
                        countAnchor = inner.tokenStart
                        break
                    }
                    next += 1
                }
            }
            let mentionBefore = previousMentionEnd
            let start = match.tokenStart
            // "a protocol on amendments over an agreement to abolish visas": a document noun in the
            // subject of the mention before (no comma, semicolon, coordinator or "as well as"
            // between) says what that one is about.
            let inSubject = openSubject.map { opened in
                start - opened <= Self.subjectReach && !(opened..<start).contains { position in
                    analysis.isClauseBreak(position) || analysis.isPunctuation(position, UInt8(ascii: ",")) || analysis.isPunctuation(position, UInt8(ascii: ";"))
                        || isWord(analysis, position, .coordinator) || isWord(analysis, position, .lastItemLead)
                }
            } ?? false
            defer {
                position = end
                previousMentionEnd = end
                if !inSubject { openSubject = hasSubject(analysis, after: end) ? end : nil }
            }
            // "MoUs for 14 trade deals": a counted batch in the subject is news of its own.
            if inSubject, countBefore(analysis, start: start, quantities: quantities) == nil { continue }
            // "signing a historic document - a treaty on ...": a generic noun that a dash or colon
            // explains with another document noun is that document.
            if generic, !plural, namedAgainAfter(analysis, end: end) { continue }
            // "several agreements, including memorandums of understanding": documents a list lead
            // names after a batch of the sentence are part of it; a single one it names ("16
            // accords, including a strategic cooperation agreement"), or documents it names by two
            // subjects or more ("including agreements on legal assistance and labour"), is a row
            // of its own too ("including MoUs on investments" names a kind of the batch).
            // A counted group the lead names ("including two lines of credit") is a row too.
            if let batch = facts.last, batch.plural, plural, !namesSubjects(analysis, after: end),
               ((start - 3)..<start).contains(where: { isWord(analysis, $0, .listLead) }),
               countBefore(analysis, start: start, quantities: quantities) == nil { continue }
            // "a declaration on X, documents signed by both presidents", "four instruments, between
            // agreements and memoranda": an uncounted plural with no subject of its own, right after
            // a comma that follows another document mention, says what those documents are.
            if plural, mentionBefore != nil, !hasSubject(analysis, after: end) {
                let first = modifiersStart(analysis, before: start)
                if analysis.isPunctuation(first - 1, UInt8(ascii: ",")) || analysis.isPunctuation(first - 2, UInt8(ascii: ",")) && analysis.sentence.tokens[first - 1].kind == .word,
                   countBefore(analysis, start: start, quantities: quantities) == nil {
                    continue
                }
            }
            // "similar deals" compare; "15 other agreements" (a number before the word) and "Other
            // agreements will be signed" (opening the sentence) are more of them.
            if !opensWithAdditive(analysis, before: start), let comparison = ((start - 2)..<start).last(where: { analysis.hasTag(in: $0..<($0 + 1), .comparison) }),
               !quantities.contains(where: { $0.unit == .number && $0.range.upperBound == analysis.sentence.tokens[max(0, comparison - 1)].end && comparison > 0 }) {
                continue
            }
            if isFraming(analysis, start: start) { continue }
            // "But No Airbus Deal", "no new agreements": a negation word opening the noun's modifiers
            // says there is none.
            if analysis.hasTag(in: (modifiersStart(analysis, before: start) - 1)..<start, .negation) { continue }
            // "signed a strategic partnership": a governed noun takes its status from its verb.
            let governed = match.value.contains(.governed) ? governedStatus(analysis, start: start) : nil

            var count = countBefore(analysis, start: countAnchor, quantities: quantities) ?? countBefore(analysis, start: start, quantities: quantities)
            // "Over a quarter of a century, 100 agreements were signed": a tally of the past; "In
            // total, 31 agreements were signed this Wednesday" (a day of its own) is today's news.
            if count != nil, analysis.hasTag(in: clauseRange(analysis, start: start, end: end, commas: false), .cumulative),
               !dates().contains(where: { !$0.isHabitual && $0.span?.start.day != nil }) { continue }
            // "the country's 12 free trade pacts": a count after a possessive tallies what its owner
            // has, and so does a count joined to it ("..., and 23 other agreements").
            if let count, isOwnedCount(analysis, count) || ownedEnd.map({ owned in
                let countToken = analysis.sentence.tokenIndex(atByte: count.range.lowerBound)
                return countToken - owned <= Self.ownedListReach && (owned..<countToken).contains { isWord(analysis, $0, .coordinator) }
            }) == true {
                ownedEnd = end
                continue
            }
            // "The first agreement signed was a memorandum on X": the ordinal's noun is the document
            // the copula names, one row (the memorandum's).
            if !plural, isOrdinalSubject(analysis, start: start, end: end) { continue }
            let definite = isDefinite(analysis, start: start)
            // "A memorandum on X is amongst the MoUs signed": the set the memorandum belongs to.
            if definite, isAfter(analysis, start: start, .partitive) { continue }
            // "the 17 memoranda of understanding" after "signed memoranda": a counted set named
            // again, whose count the merge gives the batch it names (or which is the batch, when
            // the article counts it nowhere else).
            var countedAgain = false
            if count == nil, let again = countBefore(analysis, start: start, quantities: quantities, definite: true) {
                count = again
                countedAgain = true
            }
            // "These agreements cover A, B and C": one document an item, of the batch named before;
            // so does "The three agreements include A, B and C", a counted set named again as its
            // sentence's subject, when the count holds the items.
            if plural, count == nil || countedAgain && opensSentence(analysis, start: start) {
                let items = contentList(analysis, start: start, end: end)
                if !items.isEmpty, !countedAgain || items.count <= Int(count?.value ?? 0) {
                    facts += contentItems(items, analysis: analysis, context: context, mention: start..<end, types: types, visit: visit, quantities: quantities)
                    // The document nouns inside the items are those items: the scan goes on after the list.
                    end = max(end, items.last!.upperBound)
                    continue
                }
            }
            // "a number of agreements", "multiple deals": a batch of several.
            let vaguelyCounted = plural && count == nil && vagueCountBefore(analysis, start: start)
            let title = titleOf(analysis, start: start, typeEnd: match.tokenEnd)
            // "the deals" refers back; "the agreements on police cooperation will be signed" names
            // what they are about, a mention of its own (the merge joins it to one named before).
            if definite && generic && count == nil && title.isEmpty && !hasSubject(analysis, after: end) { continue }

            var row = AgreementRow()
            row.sourceID = context.sourceID
            row.evidence = analysis.sentence.text
            row.title = title
            if let count {
                row.count = count.value.map { Int($0) }
                row.countQualifier = CountQualifier(count)
            } else if vaguelyCounted {
                row.countQualifier = .several
            }
            // "15 MOU", a count of two or more before a singular form, is a batch too.
            let batch = types.contains(.package) || (plural && (count != nil || vaguelyCounted || types.count > 1) && (row.count ?? 2) > 1)
                || (row.count ?? 0) > 1
            row.docType = batch ? .package : Self.typeSpecificity.first { types.contains($0) } ?? firstType
            Self.setValue(valueNear(analysis, start: start, end: end, quantities: quantities), of: &row)
            row.status = appositiveStatus(analysis, after: end) ?? status(analysis, start: start, end: end) ?? governed
            // "100 agreements were signed over the years, the key ones being the Treaty of ...":
            // a document with no status of its own beside a tally of the past is that past.
            if row.status == nil, analysis.tagKinds.contains(.cumulative) { continue }
            // "signed an agreement on X, a memorandum on Y and ...": later items share the verb.
            // A semicolon ends the list unless a list lead opened it ("inked several documents,
            // including agreements on X and Y; a memorandum on Z").
            if row.status == nil, let previous = previousStatus, isListItem(analysis, start: start, quantities: quantities),
                !(previous.end..<start).contains(where: { analysis.isPunctuation($0, UInt8(ascii: ";")) })
                    || (0..<start).contains(where: { isWord(analysis, $0, .listLead) }) {
                row.status = previous.status
            }
            if let status = row.status { previousStatus = (status, end) }
            // "with the aim of securing agreements for investment": documents sought, not made; a
            // named one sought ("is negotiating a Free Trade Agreement") is planned.
            if row.status == nil, isAfter(analysis, start: start, .goal) {
                guard !title.isEmpty else { continue }
                row.status = .planned
            }
            // "said in their joint declaration": a document the sides issue together was agreed.
            if row.status == nil { row.status = jointStatus(analysis, start: start, type: row.docType) }
            // "extended a $200 million line of credit to X": a loan of a sum a lending verb governs
            // ("has extended loans to X" names no sum: no document of its own).
            if row.status == nil, row.value != nil, match.value.contains(.statusOnly) { row.status = lendingStatus(analysis, start: start) }
            // "will open a $200 million credit line": a loan with no status word is a pledge; "an MoU
            // for a line of credit" is what another document is about.
            if match.value.contains(.statusOnly), row.status == nil || isAfter(analysis, start: start, .documentSubject) { continue }
            row.topics = topics(analysis, from: count.map { analysis.sentence.tokenIndex(atByte: $0.range.upperBound) } ?? topicModifiersStart(analysis, before: start), after: end)
            if definite && title.isEmpty && row.count == nil && row.value == nil && row.topics.isEmpty && row.status == nil { continue }
            // "The third is a transit agreement", "Another agreement set up a fund": an item of the
            // batch enumerated before, whose status and parties `resolveContentItems` gives.
            let additive = !plural && row.status == nil && opensWithAdditive(analysis, before: start)
            let enumerated = additive || !plural && row.status == nil && isEnumeratedMember(analysis, start: start)
            if row.status == nil && title.isEmpty && row.topics.isEmpty && row.count == nil && row.countQualifier == nil && row.value == nil && !enumerated { continue }
            // "business deals" says what kind of deals, not which: a plural with nothing but a
            // modifier is no document; "agreements on the development of schools" names one.
            if generic, plural, row.status == nil, row.count == nil, row.countQualifier == nil, row.value == nil,
                topics(analysis, from: end, after: end).isEmpty {
                continue
            }
            row.parties = parties(analysis, start: start, end: end, visit: visit, pair: context.pair)
            // "12 accords, including a cooperation agreement, were signed by A and B", "A and B will
            // sign three agreements: a memorandum on X, a convention on Y and ...": a member a list
            // lead names, or an item of the list after the batch, has its batch's parties.
            if row.parties.isEmpty, let batch = facts.last(where: \.plural),
               ((start - 4)..<start).contains(where: { isWord(analysis, $0, .listLead) }) || isListItem(analysis, start: start, quantities: quantities) {
                row.parties = batch.row.parties
            }
            // Documents signed or planned in an article about two countries are theirs when the
            // sentence names no party ("99 documents were signed at the forum"), or only one of
            // the two ("Uzbek media announced 12 agreements"); so is a single document only states
            // sign (a memorandum, a joint statement) or one with a name, or one signed right after
            // documents of the two ("They signed two agreements. A revised tax agreement was also
            // signed."); a single contract or deal with no party is a private one (a player's).
            if row.status != nil, context.pair.count == 2 {
                if row.parties.isEmpty, plural || batch || !title.isEmpty || Self.betweenStates.contains(row.docType)
                    || followsPairDocuments && row.docType == .agreement {
                    row.parties = context.pair
                }
                if row.parties.count == 1, plural || batch, context.pair.contains(row.parties[0]) { row.parties = context.pair }
            }
            // A document nobody can be named a party to is outside the dataset (a footballer's contract),
            // and so is one whose only parties are institutions without member countries (a
            // court's statute, a bank's loan terms).
            if row.parties.allSatisfy({ knowledge.organisations[$0].map { $0.members.isEmpty } ?? false }), !enumerated { continue }
            if sentenceDate == nil {
                sentenceDate = .some(Self.documentDate(dates()))
            }
            if let date = sentenceDate ?? nil { row.date = date }
            // A kept document with no topic word takes its weak topic words ("a deal to buy 60 aircraft").
            if row.topics.isEmpty {
                row.topics = topics(analysis, from: count.map { analysis.sentence.tokenIndex(atByte: $0.range.upperBound) } ?? topicModifiersStart(analysis, before: start),
                                    after: end, weak: true)
            }
            // "a $200 million loan", "credit lines worth $5 billion": a document noun that is a topic
            // word itself gives its topic when no other word does.
            if row.topics.isEmpty, let own = match.value.lazy.compactMap({ tag -> AgreementTopic? in
                if case .topic(let topic) = tag { return topic }
                return nil
            }).first {
                row.topics = [own]
            }
            let rule = !context.recordsRules ? "" : "agreement: document noun '\(analysis.sentence.text(start..<end))'" + (row.status == nil ? "" : ", status word") + (count == nil ? "" : ", count before it")

            // "two documents: one on X; and another on Y" gives a row per enumerated document.
            let parts = enumeration(analysis, after: end)
            // "Agreements were signed on establishing a business council, cooperation between the A
            // and B regions, and a free zone in C": an uncounted batch whose list names each document.
            let named = plural && row.count == nil && row.countQualifier == nil && row.status != nil ? namedList(analysis, after: end) : []
            if !named.isEmpty {
                for part in named {
                    var item = row
                    item.docType = Self.typeSpecificity.first { types.contains($0) && $0 != .package } ?? .agreement
                    // "agreements on A, an MoU in B": an item with a document noun of its own is of that noun's type.
                    if let own = ownDocument(in: part, of: analysis) {
                        item.docType = own.type
                        listedNouns.append(own.token)
                    }
                    item.topics = topicsOrWeak(analysis, from: part.lowerBound, after: part.lowerBound, limit: part.upperBound)
                    var fact = AgreementFact(row: item, visitIndex: nil, sentenceIndex: analysis.sentence.index, rule: context.recordsRules ? rule + ", listed document" : "")
                    fact.indefinite = true
                    fact.namesSubject = true
                    facts.append(fact)
                }
            } else if let documents = row.count, documents >= 2, parts.count >= 2, parts.count <= documents {
                for part in parts {
                    var item = row
                    item.docType = .agreement
                    item.count = nil
                    item.countQualifier = nil
                    item.topics = topicsOrWeak(analysis, from: part.lowerBound, after: part.lowerBound, limit: part.upperBound)
                    var fact = AgreementFact(row: item, visitIndex: nil, sentenceIndex: analysis.sentence.index, rule: context.recordsRules ? rule + ", enumerated item" : "")
                    fact.namesSubject = true
                    facts.append(fact)
                }
            } else {
                var fact = AgreementFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index, rule: rule)
                fact.plural = plural
                fact.definite = definite
                fact.demonstrative = !plural && isWord(analysis, start - 1, .demonstrative)
                fact.indefinite = isWord(analysis, modifiersStart(analysis, before: start) - 1, .indefinite)
                fact.nounType = Self.typeSpecificity.first { types.contains($0) } ?? firstType
                fact.namesSubject = row.docType != .package && (!title.isEmpty || hasSubject(analysis, after: end))
                fact.countedAgain = countedAgain
                if enumerated {
                    fact.contentItem = true
                    fact.enumerated = true
                    fact.additive = additive
                    fact.namesSubject = true
                }
                // "Another MoU was signed", "a separate agreement", an enumerated item: one more
                // document, never one named before.
                fact.separate = enumerated || !plural && (modifiersStart(analysis, before: start)..<start).contains { isWord(analysis, $0, .additive) }
                    // "The two countries also signed memoranda on information technology": an
                    // uncounted plural that says what it is on, right after "also" and its verb, is more documents.
                    || plural && row.count == nil && fact.namesSubject && addsToEarlier(analysis, before: start)
                facts.append(fact)
            }
        }
        facts += pronounDocuments(analysis, after: facts)
        facts += ellipticalBatches(analysis, after: facts, quantities: quantities)
        // "The two sides agreed to build a rail link": with no document noun, a commitment to make something.
        if facts.isEmpty, analysis.tagKinds.contains(.docStatus),
           let commitment = commitment(in: analysis, context: context, quantities: { quantities }, visit: visit, dates: dates) {
            facts.append(commitment)
        }
        return facts
    }

    /// "signed an MoU on media, as well as another on defence industries and a separate one in the
    /// fields of employment": a `document_pronoun` right before what it is about stands for one more
    /// document of the kind the sentence named last, with its status and parties.
    func pronounDocuments(_ analysis: SentenceAnalysis, after facts: [AgreementFact]) -> [AgreementFact] {
        guard let named = facts.last(where: { !$0.plural && $0.row.docType != .package && !$0.contentItem }) else { return [] }
        var found: [AgreementFact] = []
        guard let firstDocument = analysis.tags.first(where: { Self.docType($0.value) != nil })?.tokenStart else { return [] }
        for position in (firstDocument + 1)..<max(firstDocument + 1, analysis.tokenCount) where analysis.isWord(position, .documentPronoun, knowledge) {
            let subject = position + 1
            guard analysis.isWord(subject, .documentSubject, knowledge) || analysis.sentence.isWord(subject, "in"),
                  analysis.tagMatch(at: subject) == nil else { continue }
            var end = subject + 1
            while end < analysis.tokenCount, !analysis.isClauseBreak(end), !analysis.isPunctuation(end, UInt8(ascii: ",")),
                  !(isWord(analysis, end, .coordinator) && analysis.tokens(from: end + 1, upTo: end + 4).contains { analysis.isWord($0, .documentPronoun, knowledge) }) {
                end += 1
            }
            var row = named.row
            row.title = ""
            Self.setValue(nil, of: &row)
            row.topics = topicsOrWeak(analysis, from: subject, after: subject, limit: end)
            var fact = AgreementFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index,
                                     rule: named.rule.isEmpty ? "" : "agreement: '\(analysis.sentence.text(position..<subject))' for one more document")
            fact.indefinite = true
            fact.namesSubject = true
            fact.separate = true
            fact.nounType = named.nounType
            found.append(fact)
        }
        return found
    }

    /// True when an `additive_adverb` ("also") stands right before the verb right before the
    /// mention at `start` ("also signed memoranda").
    func addsToEarlier(_ analysis: SentenceAnalysis, before start: Int) -> Bool {
        let first = modifiersStart(analysis, before: start)
        return isStatusWord(analysis, at: first - 1)
            && isWord(analysis, first - 2, .additiveAdverb)
    }

    /// The first singular document noun inside the list item `item` and its type ("an MoU in
    /// the health sector": a memorandum); nil when the item has none but a batch noun.
    func ownDocument(in item: Range<Int>, of analysis: SentenceAnalysis) -> (type: DocumentType, token: Int)? {
        guard let noun = analysis.tags.first(where: { item.contains($0.tokenStart) && !$0.value.contains(.plural) }),
              let type = Self.docType(noun.value), type != .package else { return nil }
        return (type, noun.tokenStart)
    }

    /// A document's value, currency and value qualifier from the amount that values it (none: cleared).
    static func setValue(_ value: Quantity?, of row: inout AgreementRow) {
        row.value = value?.value
        row.currency = ""
        if case .currency(let code) = value?.unit { row.currency = code }
        row.valueQualifier = value?.qualifier.flatMap(AgreementValueQualifier.init)
    }

    static func docType(_ tags: [LexiconTag]) -> DocumentType? {
        for tag in tags { if case .document(let type) = tag { return type } }
        return nil
    }

    /// A number or vague amount ending just before the noun phrase ("18 official documents", "dozens of");
    /// after a definite determiner ("the 18 documents") only when `definite` is true.
    func countBefore(_ analysis: SentenceAnalysis, start: Int, quantities: [Quantity], definite: Bool = false) -> Quantity? {
        let startByte = analysis.sentence.tokens[start].start
        for quantity in quantities.reversed() where quantity.range.upperBound <= startByte {
            guard quantity.unit == .number || quantity.vague != nil else { continue }
            // "a five-year programme": a number joined by a hyphen to its noun measures it, it counts nothing.
            if quantity.range.upperBound < analysis.sentence.utf8.count, analysis.sentence.utf8[quantity.range.upperBound] == UInt8(ascii: "-") { return nil }
            let first = analysis.sentence.tokenIndex(atByte: quantity.range.upperBound)
            // Only modifiers and "of" between the number and the noun ("the two presidents signed a ..." is no count),
            // a list of them ("27 intergovernmental, interdepartmental and interregional agreements") or a
            // pair of places ("20 Uzbekistan-India documents"), quoted or not ('12 "key" agreements').
            guard start - first <= Self.countReach else { return nil }
            var modifiers = 0
            for position in first..<start {
                let token = analysis.sentence.tokens[position]
                if token.kind != .word {
                    guard analysis.isPunctuation(position, UInt8(ascii: ",")) || analysis.isPunctuation(position, UInt8(ascii: "-"))
                            || analysis.isPunctuation(position, UInt8(ascii: "\"")) else { return nil }
                    continue
                }
                if isWord(analysis, position, .coordinator) { continue }
                let pairedPlace = analysis.entity(at: position).map { analysis.isHyphenated($0.tokenStart..<$0.tokenEnd) } ?? false
                if analysis.entity(at: position) != nil && !isAdjective(analysis, position) && !pairedPlace || !Self.mayModifyCount(analysis.tagMatch(at: position))
                    || isWord(analysis, position, .indefinite) || isWord(analysis, position, .definite) {
                    return nil
                }
                // "18 signed documents"; but "the two countries penned agreements": a verb of status
                // after another word ends the count's phrase.
                if position > first, isStatusWord(analysis, at: position) { return nil }
                modifiers += 1
            }
            guard modifiers <= 3 else { return nil }
            // "the two documents", "those 12 deals" point back at documents already counted.
            if isWord(analysis, analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound) - 1, .definite) != definite { return nil }
            return quantity
        }
        return nil
    }

    /// The date a document takes from its sentence: the sentence's first date that is not habitual.
    /// The first date of a document's sentence that can be a signing's: a span of several years
    /// ("a programme for the period 2016-2018") is the document's term, not its day.
    static func documentDate(_ dates: [DateMention]) -> String? {
        dates.first { mention in
            guard !mention.isHabitual, let span = mention.span else { return false }
            return span.end.map { $0.year == span.start.year } ?? true
        }?.span?.description
    }

    /// Tokens after an owned count's noun within which a count joined to it by a coordinator is owned too.
    static let ownedListReach = 8

    /// True when a possessive stands right before the count ("Kazakhstan's 12 free trade
    /// agreements", "his 30 treaties"): the documents its owner has, no news of signing.
    func isOwnedCount(_ analysis: SentenceAnalysis, _ count: Quantity) -> Bool {
        let first = analysis.sentence.tokenIndex(atByte: count.range.lowerBound)
        return analysis.isPossessive(at: first - 2) || analysis.isWord(first - 1, .possessivePronoun, knowledge)
    }

    /// True when a vague count ("a number of", "multiple") ends right before the noun or its modifiers.
    func vagueCountBefore(_ analysis: SentenceAnalysis, start: Int) -> Bool {
        (modifiersStart(analysis, before: start)...start).contains { analysis.tagMatch(endingAt: $0, .vagueCount) != nil }
    }

    /// Tokens after a document noun within which another document noun is part of its subject.
    static let subjectReach = 10

    /// Words a loan noun may stand before another document noun it modifies ("Line of Credit transport MoU").
    static let modifierReach = 3

    /// Tokens a determiner, a count and modifiers before a document noun take at most when the
    /// mention opens its sentence ("The three bilateral agreements").
    static let openingMentionReach = 4

    /// True when the mention whose noun is at `start` opens its sentence with a definite
    /// determiner, with only words and numbers before the noun ("These 12 agreements").
    func opensSentence(_ analysis: SentenceAnalysis, start: Int) -> Bool {
        start <= Self.openingMentionReach && isWord(analysis, 0, .definite)
            && !(1..<max(1, start)).contains { analysis.sentence.tokens[$0].kind == .punctuation }
    }

    /// True when "the" and an ordinal word stand at `position` ("the third"; at 0: "The third ..." opens the sentence).
    func opensWithOrdinal(_ analysis: SentenceAnalysis, at position: Int) -> Bool {
        isWord(analysis, position, .definite) && isWord(analysis, position + 1, .ordinalWord)
    }

    /// Tokens between the ordinal and the article of an enumerated item ("The fourth, which is a").
    static let enumerationReach = 4

    /// "The third is a transit agreement", "The second document is a memorandum on ...", "The
    /// fourth, which is a customs cooperation agreement": a sentence that opens with "the" and an
    /// ordinal word, whose copula stands right before the mention's indefinite article.
    func isEnumeratedMember(_ analysis: SentenceAnalysis, start: Int) -> Bool {
        guard analysis.tokenCount > 4, opensWithOrdinal(analysis, at: 0),
              let determiner = (3..<max(3, min(start, Self.enumerationReach + 4))).first(where: { isWord(analysis, $0, .indefinite) }),
              analysis.isWord(determiner - 1, .passiveAuxiliary, knowledge) else { return false }
        // Only the noun phrase's modifiers between the article and the noun ("a customs and transit cooperation agreement").
        return !(determiner..<start).contains { analysis.isClauseBreak($0) || analysis.tagMatch(at: $0).map { Self.docType($0.value) != nil } == true }
    }

    /// Words a section heading has at most.
    static let headingWords = 4

    /// True for a line of a few words with no full stop that names no country, place, leader or
    /// number ("Signing of agreements", "Documents signed"): a section heading of the article.
    func isSectionHeading(_ analysis: SentenceAnalysis) -> Bool {
        analysis.tokenCount <= Self.headingWords && analysis.entities.isEmpty
            && !analysis.sentence.tokens.contains { $0.kind == .number || $0.kind == .punctuation }
    }

    /// Tokens after an ordinal's noun within which its copula stands ("The first agreement signed was").
    static let ordinalCopulaReach = 3

    /// True for the noun right after a sentence's opening "the" and ordinal word whose copula, a few
    /// tokens on, stands before an indefinite article and another document noun: "The second
    /// agreement was an Air Service Agreement" names one document, the one after the copula.
    func isOrdinalSubject(_ analysis: SentenceAnalysis, start: Int, end: Int) -> Bool {
        guard start == 2, opensWithOrdinal(analysis, at: 0),
              let copula = analysis.tokens(from: end, upTo: end + Self.ordinalCopulaReach).first(where: { analysis.isWord($0, .passiveAuxiliary, knowledge) }),
              isWord(analysis, copula + 1, .indefinite) else { return false }
        return analysis.tokens(from: copula + 2, upTo: copula + 2 + Self.enumerationReach).contains { position in
            analysis.tagMatch(at: position).map { Self.docType($0.value) != nil } == true
        }
    }

    /// Tokens a count may stand before its noun, punctuation of a list of modifiers included.
    static let countReach = 7

    /// Words between a count and its noun that still modify the noun: a topic ("34 investment
    /// agreements") or a status ("15 inked documents"), or no lexicon word at all.
    static func mayModifyCount(_ match: PhraseMatch<[LexiconTag]>?) -> Bool {
        guard let match else { return true }
        // "15 partnership agreements": a governed noun before another document noun modifies it.
        if match.value.contains(.governed) { return true }
        return match.value.allSatisfy { tag in
            switch tag {
            // "15 other agreements": a comparison word right after a number adds to a count.
            case .topic, .weakTopic, .indicator, .docStatus, .comparison: return true
            default: return false
            }
        }
    }

    func isAdjective(_ analysis: SentenceAnalysis, _ position: Int) -> Bool {
        if let entity = analysis.entity(at: position), case .adjective = entity.value { return true }
        return false
    }

    /// True when token `k` is a word the lexicon spells for `role`.
    @inline(__always)
    func isWord(_ analysis: SentenceAnalysis, _ position: Int, _ role: RuleWord) -> Bool {
        knowledge.lexicon.isWord(analysis.sentence, position, role)
    }

    /// A definite determiner ("the", "these") before the noun phrase (skipping up to three
    /// modifiers, but no verb or preposition: "the parties signed agreements" is indefinite).
    func isDefinite(_ analysis: SentenceAnalysis, start: Int) -> Bool {
        var position = start - 1
        var skipped = 0
        while position >= 0, skipped <= 3 {
            if isWord(analysis, position, .definite) { return true }
            // "the following instruments" point forward.
            if isWord(analysis, position, .cataphor) { return false }
            // "The countries penned agreements": a verb of status after a noun ends the noun's
            // phrase; right after the determiner it is an adjective ("the reached agreements",
            // "the signed agreements", "the previously reached agreements"), even one that ends a
            // run of modifiers elsewhere.
            if isStatusWord(analysis, at: position) {
                var before = position - 1
                if before >= 0, analysis.sentence.tokens[before].end - analysis.sentence.tokens[before].start > 2,
                   analysis.sentence.utf8[analysis.sentence.tokens[before].end - 2] == UInt8(ascii: "l"),
                   analysis.sentence.utf8[analysis.sentence.tokens[before].end - 1] == UInt8(ascii: "y") { before -= 1 }
                return isWord(analysis, before, .definite)
            }
            if isWord(analysis, position, .modifierStop) { return false }
            // An opening quotation mark between the determiner and the noun ("the "deals").
            if analysis.isPunctuation(position, UInt8(ascii: "\"")) || analysis.isPunctuation(position, UInt8(ascii: "'")) {
                position -= 1
                continue
            }
            if isWord(analysis, position, .indefinite) || analysis.sentence.tokens[position].kind != .word { return false }
            skipped += 1
            position -= 1
        }
        return false
    }

    /// A capitalised document name ("Agreement on Cooperation in the Field of ... Nuclear Energy").
    func titleOf(_ analysis: SentenceAnalysis, start: Int, typeEnd: Int) -> String {
        let tokens = analysis.sentence.tokens
        guard start > 0, tokens[start].isCapitalized, (start..<typeEnd).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind != .word }) else {
            return ""
        }
        // Capitalised words right before the noun belong to the name ("the Xi'an Declaration").
        var first = start
        while first > 1, tokens[first - 1].isCapitalized || analysis.isPunctuation(first - 1, UInt8(ascii: "'")) && tokens[first - 2].isCapitalized,
            !analysis.isClauseBreak(first - 1), analysis.sentence.tokens[first - 1].end + 1 >= tokens[first].start, first - 1 > 0 || !tokens[0].isCapitalized {
            // A status verb among them is a headline's capitals ("Council Signs Key Bilateral
            // Agreements", "Berlusconi Sign Accord Worth Billions"): no name.
            if isStatusWord(analysis, at: first - 1) || isWord(analysis, first - 1, .presentSigning) { return "" }
            first -= 1
        }
        if analysis.isPunctuation(first, UInt8(ascii: "'")) { first += 1 }
        // A plural noun alone ("the MoUs") names no document; a name has a capitalised word of its
        // own before the noun or after it, past its joiners ("Memoranda of the Ministries").
        if first == start, analysis.tagMatch(at: start)?.value.contains(.plural) == true {
            var next = typeEnd
            while next < tokens.count, isWord(analysis, next, .titleJoiner) { next += 1 }
            guard next < tokens.count, tokens[next].isCapitalized, tokens[next].kind == .word else { return "" }
        }
        var end = typeEnd
        var position = typeEnd
        while position < tokens.count {
            if tokens[position].isCapitalized && tokens[position].kind == .word {
                position += 1
                end = position
            } else if isWord(analysis, position, .coordinator), isWord(analysis, position + 1, .definite) || isWord(analysis, position + 1, .indefinite) {
                // "the Joint Statement and the Roadmap": a coordinator and an article open another noun phrase.
                break
            } else if isWord(analysis, position, .titleJoiner) {
                position += 1
            } else {
                break
            }
        }
        // "the Declaration sets forth ...", "another MoU was signed": the capitalised noun alone
        // is no name (after "the" it points back at a document named before).
        if first == start, end == typeEnd { return "" }
        return analysis.sentence.text(first..<end)
    }

    /// Money within the mention's clause: just before it ("a $6 billion agreement") or after ("contracts exceeding $3.5 billion").
    /// Tokens before a document noun within which its value starts; an aside in parentheses does
    /// not count ("a 50 billion tenge ($100 million) loan").
    static let valueBeforeReach = 6

    /// Tokens after a document noun within which its value may stand ("an agreement for $5 million").
    static let valueAfterReach = 8
    /// Tokens after a document noun within which a value link ("amounting to") may stand.
    static let linkedValueReach = 16
    /// Tokens after a value link within which its amount ends ("amounting to US$ 500 million").
    static let valueAfterLink = 5

    func valueNear(_ analysis: SentenceAnalysis, start: Int, end: Int, quantities: [Quantity]) -> Quantity? {
        var first = start
        var counted = 0
        var depth = 0
        while first > 0, counted < Self.valueBeforeReach {
            first -= 1
            if analysis.isPunctuation(first, UInt8(ascii: ")")) {
                depth += 1
            } else if analysis.isPunctuation(first, UInt8(ascii: "(")) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                counted += 1
            }
        }
        let from = analysis.sentence.tokens[first].start
        var last = end + Self.valueAfterReach
        // "the Exchange of Notes on a Stand-by Loan (PSDL) amounting to ¥50 billion": a value link
        // past the document's subject, with no clause break or other document before it, reaches
        // the amount right after it.
        if let link = analysis.tokens(from: end, upTo: end + Self.linkedValueReach).first(where: { isWord(analysis, $0, .valueLink) }),
           !(end..<link).contains(where: { position in
               analysis.isClauseBreak(position) && !analysis.isPunctuation(position, UInt8(ascii: "(")) && !analysis.isPunctuation(position, UInt8(ascii: ")"))
                   || analysis.tagMatch(at: position).map { Self.docType($0.value) != nil && !$0.value.contains(.statusOnly) } == true
           }) {
            last = max(last, link + Self.valueAfterLink)
        }
        let to = last < analysis.tokenCount ? analysis.sentence.tokens[last].end : analysis.sentence.utf8.count
        return quantities.first { quantity in
            guard case .currency = quantity.unit, quantity.range.lowerBound >= from, quantity.range.upperBound <= to else { return false }
            let quantityToken = analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound)
            let range = quantityToken < start ? quantityToken..<start : end..<quantityToken
            let aside = { (position: Int) in analysis.isPunctuation(position, UInt8(ascii: "(")) || analysis.isPunctuation(position, UInt8(ascii: ")")) }
            // "an investment agreement and a $40 million loan agreement": after a coordinator and an
            // article, the value opens the next item's phrase.
            if quantityToken >= end, range.contains(where: { isWord(analysis, $0, .coordinator) && isWord(analysis, $0 + 1, .indefinite) }) { return false }
            // "named no sum for the deal, but the minister said that $50 million ...": a
            // contrast word after the document opens another clause.
            if quantityToken >= end, range.contains(where: { isWord(analysis, $0, .contrast) }) { return false }
            return !range.contains { analysis.isClauseBreak($0) && !aside($0) } && !analysis.hasTag(in: range) { if case .indicator = $0 { return true }; return false }
        }
    }

    /// The status words of the mention's comma-bounded clause, or, when the clause names other
    /// documents too, of the verb that governs the mention ("reached an understanding and signed a
    /// treaty"); failing that, a signing verb in the present right before it ("leaders sign treaty"),
    /// or the status words of its `;`-bounded segment when no other document is named there ("A
    /// package ..., ..., and ... was signed").
    func status(_ analysis: SentenceAnalysis, start: Int, end: Int) -> AgreementStatus? {
        let status = verbStatus(analysis, start: start, end: end)
        // "The signing of four instruments ... should take place at the end of the talks": a
        // signing named as the sentence's subject takes the tense of the verb after it; "talks
        // which would be followed by signing of agreements": a signing after a word of intent is
        // planned, when it is the sentence's only signing word.
        guard status == .signed, let signing = (0..<end).first(where: { isWord(analysis, $0, .signingNoun) }) else { return status }
        let otherSigning = analysis.tags.contains { match in
            match.tokenStart != signing && match.value.contains(.docStatus(.signed))
        }
        if signing < Self.subjectStart, (end..<analysis.tokenCount).contains(where: { isWord(analysis, $0, .futureAuxiliary) }) { return .planned }
        if !otherSigning, isIntended(analysis, before: signing) { return .planned }
        return status
    }

    /// Tokens after a document mention within which the comma of an apposition stands.
    static let appositionReach = 8

    /// "a Presidential Declaration on Gender Equality, documents signed by both presidents": the
    /// status of an uncounted plural right after the mention's comma, which says what the
    /// documents before it are (it is no row of its own).
    func appositiveStatus(_ analysis: SentenceAnalysis, after end: Int) -> AgreementStatus? {
        guard let comma = analysis.tokens(from: end, upTo: end + Self.appositionReach).first(where: { analysis.isPunctuation($0, UInt8(ascii: ",")) }),
              !(end..<comma).contains(where: { analysis.tagMatch(at: $0).map { Self.docType($0.value) != nil } ?? false }),
              let noun = analysis.tagMatch(at: comma + 1), Self.docType(noun.value) != nil,
              noun.value.contains(.plural), !hasSubject(analysis, after: noun.tokenEnd) else { return nil }
        return status(analysis, start: noun.tokenStart, end: noun.tokenEnd)
    }

    /// Tokens from a sentence's start within which a signing is its subject ("The signing of ...").
    static let subjectStart = 3

    func verbStatus(_ analysis: SentenceAnalysis, start: Int, end: Int) -> AgreementStatus? {
        let clause = clauseRange(analysis, start: start, end: end, commas: true)
        let mentionNouns = documentCount(analysis, in: start..<end, wholeNames: false)
        if documentCount(analysis, in: clause, wholeNames: true) > mentionNouns, let governing = governingStatus(analysis, start: start) { return governing }
        if let status = strongestStatus(analysis, in: clause) { return status }
        if let governing = governingStatus(analysis, start: start) { return governing }
        // "16 accords, including a cooperation agreement, were signed": the verb after the aside.
        if let after = asideListEnd(analysis, after: end) {
            return strongestStatus(analysis, in: clauseRange(analysis, start: after, end: after, commas: true))
        }
        let segment = clauseRange(analysis, start: start, end: end, commas: false)
        guard documentCount(analysis, in: segment, wholeNames: true) <= mentionNouns else { return predicateStatus(analysis, segment: segment) }
        if let status = strongestStatus(analysis, in: segment) { return status }
        return closingStatus(analysis, subjectStart: start)
    }

    /// Tokens before a sentence's end within which its closing status verb stands ("... were signed.").
    static let closingStatusReach = 4

    /// "Important cooperation agreements on fighting terrorism; combating trafficking; and the energy
    /// sector were signed.": a document that opens its sentence, whose items run over semicolons,
    /// takes the status verb that closes the sentence, when no other document stands between.
    func closingStatus(_ analysis: SentenceAnalysis, subjectStart start: Int) -> AgreementStatus? {
        guard start < Self.subjectStart, analysis.tokenCount > Self.closingStatusReach else { return nil }
        var last = analysis.tokenCount
        while last > 0, analysis.sentence.tokens[last - 1].kind == .punctuation { last -= 1 }
        let tail = max(start + 1, last - Self.closingStatusReach)..<last
        guard tail.contains(where: { isStatusWord(analysis, at: $0) }),
              let opener = analysis.tagMatch(at: start), documentCount(analysis, in: opener.tokenEnd..<tail.lowerBound, wholeNames: true) == 0 else { return nil }
        return strongestStatus(analysis, in: tail)
    }

    /// "A declaration, a treaty on X as well as several documents ... are expected to be signed":
    /// documents listed as the subject of one verb that comes after all of them share its status,
    /// when the segment has no status word before its last document.
    func predicateStatus(_ analysis: SentenceAnalysis, segment: Range<Int>) -> AgreementStatus? {
        var lastDocumentEnd: Int?
        var statusBefore = false
        var position = segment.lowerBound
        while position < segment.upperBound {
            guard let match = analysis.tagMatch(at: position) else { position += 1; continue }
            if Self.docType(match.value) != nil, !namesNoDocument(analysis, match) {
                lastDocumentEnd = match.tokenEnd
            } else if Self.hasStatus(match.value) {
                // A status word between the documents ("signed a treaty, and a memorandum is planned") stops it.
                statusBefore = statusBefore || lastDocumentEnd == nil || documentCount(analysis, in: match.tokenEnd..<segment.upperBound, wholeNames: true) > 0
            }
            position = match.tokenEnd
        }
        guard let lastDocumentEnd, !statusBefore else { return nil }
        return strongestStatus(analysis, in: lastDocumentEnd..<segment.upperBound)
    }

    /// True when a `document_subject` word follows the document noun, past a short aside in
    /// parentheses: "a memorandum of understanding (MoU) on the strategic framework".
    func hasSubject(_ analysis: SentenceAnalysis, after end: Int) -> Bool {
        var next = end
        if analysis.isPunctuation(next, UInt8(ascii: "(")), let close = Self.asideEnd(analysis, opening: next) { next = close + 1 }
        return isWord(analysis, next, .documentSubject)
    }

    /// True when a subject follows the document noun and coordinates two or more things before
    /// the next comma or semicolon ("agreements on legal assistance and the hiring of workers").
    func namesSubjects(_ analysis: SentenceAnalysis, after end: Int) -> Bool {
        guard hasSubject(analysis, after: end) else { return false }
        var position = end + 1
        while position < analysis.tokenCount, !analysis.isClauseBreak(position), !analysis.isPunctuation(position, UInt8(ascii: ",")),
              !analysis.isPunctuation(position, UInt8(ascii: ";")) {
            if isWord(analysis, position, .coordinator) { return true }
            position += 1
        }
        return false
    }

    /// The token after an aside that a list lead opens right after a document noun and a comma
    /// closes (", including a cooperation agreement,"), when the sentence goes on after it.
    func asideListEnd(_ analysis: SentenceAnalysis, after end: Int) -> Int? {
        guard analysis.isPunctuation(end, UInt8(ascii: ",")), isWord(analysis, end + 1, .listLead) else { return nil }
        var position = end + 2
        while position < analysis.tokenCount, !analysis.isClauseBreak(position) {
            if analysis.isPunctuation(position, UInt8(ascii: ",")) { return position + 1 < analysis.tokenCount ? position + 1 : nil }
            position += 1
        }
        return nil
    }

    /// The document nouns in `range`; with `wholeNames`, not those inside a name or used as a verb.
    func documentCount(_ analysis: SentenceAnalysis, in range: Range<Int>, wholeNames: Bool) -> Int {
        var documents = 0
        var position = range.lowerBound
        while position < range.upperBound {
            if let match = analysis.tagMatch(at: position) {
                if Self.docType(match.value) != nil, !wholeNames || !insideName(analysis, match) && !namesNoDocument(analysis, match) { documents += 1 }
                position = match.tokenEnd
            } else {
                position += 1
            }
        }
        return documents
    }

    /// Tokens before a signing verb within which a future auxiliary makes it planned ("will also be signed").
    static let auxiliaryReach = 3

    /// The highest-priority status the lexicon's status words in `range` give; a past participle
    /// of signing a future auxiliary stands a few words before is planned ("will also be signed").
    func strongestStatus(_ analysis: SentenceAnalysis, in range: Range<Int>) -> AgreementStatus? {
        // The statuses found, each once: a short list (five statuses at most), not a `Set` that
        // hashed each status's raw string.
        var found: [AgreementStatus] = []
        var position = range.lowerBound
        while position < range.upperBound {
            if let match = analysis.tagMatch(at: position) {
                for tag in match.value {
                    guard case .docStatus(let status) = tag else { continue }
                    let future = status == .signed && (max(0, match.tokenStart - Self.auxiliaryReach)..<match.tokenStart).contains { auxiliary in
                        isWord(analysis, auxiliary, .futureAuxiliary) && ((auxiliary + 1)..<match.tokenStart).allSatisfy { between in
                            analysis.tagMatch(at: between) == nil && !isWord(analysis, between, .definite) && !isWord(analysis, between, .indefinite)
                        }
                    }
                    let said: AgreementStatus = future ? .planned : status
                    if !found.contains(said) { found.append(said) }
                }
                position = match.tokenEnd
            } else {
                position += 1
            }
        }
        guard !found.isEmpty else { return nil }
        return knowledge.lexicon.statusPriority.first { found.contains($0) }
    }

    /// Tokens from the clause break before `start` to the one after `end`; commas count as breaks when asked.
    func clauseRange(_ analysis: SentenceAnalysis, start: Int, end: Int, commas: Bool) -> Range<Int> {
        func isBreak(_ position: Int) -> Bool {
            guard !analysis.isPunctuation(position, UInt8(ascii: "-")) else { return false }
            return analysis.isClauseBreak(position) || (commas && analysis.isPunctuation(position, UInt8(ascii: ",")))
        }
        var lower = start
        while lower > 0 {
            // A short aside in parentheses ("(MoUs)", "(£10.2bn)") does not end the clause.
            if analysis.isPunctuation(lower - 1, UInt8(ascii: ")")), let open = Self.asideStart(analysis, closing: lower - 1) { lower = open; continue }
            if isBreak(lower - 1) { break }
            lower -= 1
        }
        var upper = end
        while upper < analysis.tokenCount {
            if analysis.isPunctuation(upper, UInt8(ascii: "(")), let close = Self.asideEnd(analysis, opening: upper) { upper = close + 1; continue }
            if isBreak(upper) { break }
            upper += 1
        }
        return lower..<upper
    }

    /// True when a dash or a colon right after `end` opens another document noun within three words.
    func namedAgainAfter(_ analysis: SentenceAnalysis, end: Int) -> Bool {
        guard analysis.isPunctuation(end, UInt8(ascii: "-")) || analysis.isPunctuation(end, UInt8(ascii: ":")) else { return false }
        return analysis.tokens(from: end + 1, upTo: end + 4).contains { position in
            analysis.tagMatch(at: position).map { Self.docType($0.value) != nil } ?? false
        }
    }

    /// Tokens a parenthesised aside may hold and still be part of its clause.
    static let asideTokens = 12

    /// The `)` closing a short aside opened at `opening`.
    static func asideEnd(_ analysis: SentenceAnalysis, opening: Int) -> Int? {
        analysis.tokens(from: opening + 1, upTo: opening + 2 + asideTokens).first { analysis.isPunctuation($0, UInt8(ascii: ")")) }
    }

    /// The `(` opening a short aside closed at `closing`.
    static func asideStart(_ analysis: SentenceAnalysis, closing: Int) -> Int? {
        (max(0, closing - 1 - asideTokens)..<closing).reversed().first { analysis.isPunctuation($0, UInt8(ascii: "(")) }
    }

    /// A document word inside an organisation's name ("Collective Security Treaty Organization").
    func insideName(_ analysis: SentenceAnalysis, _ match: PhraseMatch<[LexiconTag]>) -> Bool {
        guard let entity = analysis.entity(at: match.tokenStart) else { return false }
        if case .organisation = entity.value { return true }
        return false
    }

    /// True when a document noun names no document where it stands: used as a verb ("which deals
    /// with", "the papers deal with": after a pronoun, or a verb the lexicon lists before "with"
    /// after a plural document noun), or a governed noun ("statement", "partnership") that no verb
    /// of status governs ("said in a statement") or that modifies a document noun after it ("a
    /// partnership agreement").
    func namesNoDocument(_ analysis: SentenceAnalysis, _ match: PhraseMatch<[LexiconTag]>) -> Bool {
        // "a Line of Credit transport MoU": a loan noun before another document noun modifies it.
        if match.value.contains(.statusOnly),
           analysis.tokens(from: match.tokenEnd, upTo: match.tokenEnd + Self.modifierReach).contains(where: { position in
               analysis.tagMatch(at: position).map { Self.docType($0.value) != nil } == true
                   && (match.tokenEnd..<position).allSatisfy { analysis.sentence.tokens[$0].kind == .word }
           }) {
            return true
        }
        if match.value.contains(.governed) {
            if analysis.tagMatch(at: match.tokenEnd).map({ Self.docType($0.value) != nil }) == true { return true }
            if governedStatus(analysis, start: match.tokenStart) == nil { return true }
        }
        // "the Protocol Department": a capitalised document noun right before a capitalised
        // institution noun is part of that institution's name.
        if match.tokenEnd < analysis.tokenCount, analysis.sentence.tokens[match.tokenEnd - 1].isCapitalized,
           analysis.sentence.tokens[match.tokenEnd].isCapitalized, isWord(analysis, match.tokenEnd, .institutionNoun) { return true }
        let before = match.tokenStart - 1
        if isWord(analysis, before, .pronounSubject) { return true }
        // "decided to work together to deal with threats".
        if analysis.sentence.isWord(before, "to"), match.tokenEnd == match.tokenStart + 1, isWord(analysis, match.tokenStart, .verbBeforeWith),
           analysis.sentence.isWord(match.tokenEnd, "with") { return true }
        guard match.tokenEnd == match.tokenStart + 1, isWord(analysis, match.tokenStart, .verbBeforeWith),
              analysis.sentence.isWord(match.tokenEnd, "with"), let subject = analysis.tagMatch(at: before) else { return false }
        return subject.tokenEnd == match.tokenStart && subject.value.contains(.plural)
    }

    /// "under the agreement", "under the upgraded protocol of ...": a document named after a
    /// framing preposition and its determiner is the frame of what the sentence says, not news.
    func isFraming(_ analysis: SentenceAnalysis, start: Int) -> Bool {
        isAfter(analysis, start: start, .framing)
    }

    /// True when a word of `role` stands right before the noun phrase's modifiers and determiner.
    func isAfter(_ analysis: SentenceAnalysis, start: Int, _ role: RuleWord) -> Bool {
        let first = modifiersStart(analysis, before: start)
        var position = first - 1
        if isWord(analysis, position, .definite) || isWord(analysis, position, .indefinite) { position -= 1 }
        return isWord(analysis, position, role)
    }

    /// ", a memorandum ...", "and an agreement ...", "as well as a memorandum ...": an item of a list of documents.
    func isListItem(_ analysis: SentenceAnalysis, start: Int, quantities: [Quantity] = []) -> Bool {
        var first = modifiersStart(analysis, before: start)
        // "including a $3.7 billion deal": a value before the modifiers belongs to the item.
        let firstByte = analysis.sentence.tokens[first].start
        if let value = quantities.first(where: { $0.range.lowerBound < firstByte && analysis.sentence.tokenIndex(atByte: $0.range.upperBound) >= first }) {
            first = analysis.sentence.tokenIndex(atByte: value.range.lowerBound)
        }
        if isWord(analysis, first - 1, .listLead) { return true }
        let determiner = first - 1
        guard isWord(analysis, determiner, .indefinite) else { return false }
        // "will sign three agreements: a memorandum on X, ...": a colon opens the list; a semicolon
        // separates its items.
        return analysis.isPunctuation(determiner - 1, UInt8(ascii: ",")) || analysis.isPunctuation(determiner - 1, UInt8(ascii: ":"))
            || analysis.isPunctuation(determiner - 1, UInt8(ascii: ";"))
            || isWord(analysis, determiner - 1, .coordinator) || analysis.sentence.isWord(determiner - 1, "as")
            || isWord(analysis, determiner - 1, .listLead)
    }

    /// The first of up to three modifiers right before the noun ("preferential trade agreement");
    /// a verb of status is none ("the countries penned agreements").
    func modifiersStart(_ analysis: SentenceAnalysis, before start: Int) -> Int {
        var position = start
        while position > max(0, start - 3) {
            let previous = position - 1
            guard analysis.sentence.tokens[previous].kind == .word, analysis.entity(at: previous) == nil, !isWord(analysis, previous, .modifierStop),
                  !isStatusWord(analysis, at: previous) else { break }
            position = previous
        }
        return position
    }

    /// The modifiers before the noun, with topic words coordinated before them ("economic and
    /// trade development programme").
    func topicModifiersStart(_ analysis: SentenceAnalysis, before start: Int) -> Int {
        var first = modifiersStart(analysis, before: start)
        while first >= 2, isWord(analysis, first - 1, .coordinator), let match = analysis.tagMatch(at: first - 2),
            match.value.contains(where: { if case .topic = $0 { return true }; return false }) {
            first = modifiersStart(analysis, before: first - 1)
        }
        return first
    }

    /// Topic words from the modifiers before the noun to the end of its complement; the
    /// complement ends at a clause break, the next document of a list, or ", a/an/the ...".
    /// With `weak`, the words of `weak_topics` instead of `topics`.
    func topics(_ analysis: SentenceAnalysis, from: Int, after end: Int, limit: Int? = nil, weak: Bool = false) -> [AgreementTopic] {
        var topics: [AgreementTopic] = []
        let stop = min(analysis.tokenCount, limit ?? (end + 16))
        var position = from
        while position < stop {
            if position >= end, limit == nil, analysis.isClauseBreak(position) { break }
            if position >= end, limit == nil, analysis.isPunctuation(position, UInt8(ascii: ",")),
                isWord(analysis, position + 1, .indefinite) || isWord(analysis, position + 1, .coordinator) || analysis.sentence.isWord(position + 1, "as") {
                break
            }
            if let match = analysis.tagMatch(at: position) {
                if position >= end, limit == nil, match.tokenStart >= end, Self.docType(match.value) != nil, !isWord(analysis, match.tokenStart - 1, .definite) { break }
                for tag in match.value {
                    switch tag {
                    case .topic(let topic) where !weak && !topics.contains(topic), .weakTopic(let topic) where weak && !topics.contains(topic): topics.append(topic)
                    default: break
                    }
                }
                position = match.tokenEnd
            } else {
                position += 1
            }
        }
        return topics
    }

    /// `topics`, else the weak topics of the same words ("an agreement to buy 60 aircraft": trade).
    func topicsOrWeak(_ analysis: SentenceAnalysis, from: Int, after end: Int, limit: Int? = nil) -> [AgreementTopic] {
        let strong = topics(analysis, from: from, after: end, limit: limit)
        return strong.isEmpty ? topics(analysis, from: from, after: end, limit: limit, weak: true) : strong
    }

    /// Countries of the mention's comma-bounded clause, else its organisations, completed by the visit's pair.
    /// "the two countries signed ...", "both sides agreed ...": the article's pair (`pair`) when the clause names no other country.
    func parties(_ analysis: SentenceAnalysis, start: Int, end: Int, visit: VisitCountries?, pair: [String] = []) -> [String] {
        let clause = clauseRange(analysis, start: start, end: end, commas: true)
        let (lower, upper) = (clause.lowerBound, clause.upperBound)
        var parties = analysis.countries(in: lower..<upper, knowledge: knowledge)
        // "the two countries": the sides of the visit the sentence is about, else the article's two.
        let sides = visit.map { [$0.visitorCountry, $0.hostCountry] }.flatMap { $0.contains("") ? nil : $0 } ?? pair
        if parties.count < 2, sides.count == 2, parties.allSatisfy(sides.contains), analysis.hasTag(in: clause, .bothSides) { return sides }
        if parties.isEmpty {
            for entity in analysis.entities where entity.tokenStart >= lower && entity.tokenStart < upper {
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
    /// Items a list of named documents has at least, and words each item has at least.
    static let namedListItems = 3
    static let namedItemWords = 3

    /// The comma-separated items after "on" or "for" right after a document noun and its verb
    /// ("were signed on A, B, and C"), when there are three or more and each has three words or
    /// more (a list of topic words, "on trade, energy and culture", is one batch's topics), or when
    /// each item after the first repeats the link word ("on A and on B").
    func namedList(_ analysis: SentenceAnalysis, after end: Int) -> [Range<Int>] {
        guard let link = analysis.tokens(from: end, upTo: end + 4).first(where: { analysis.sentence.isWord($0, "on") || analysis.sentence.isWord($0, "for") }) else { return [] }
        let linkHash = analysis.sentence.tokens[link].foldedHash
        func isLink(_ position: Int) -> Bool { position < analysis.tokenCount && analysis.sentence.tokens[position].foldedHash == linkHash }
        var parts: [Range<Int>] = []
        var start = link + 1
        for position in (link + 1)...analysis.tokenCount {
            // "on A, on B and on C": a coordinator before the link word repeated ends an item too.
            let ends = position == analysis.tokenCount || analysis.isPunctuation(position, UInt8(ascii: ",")) || analysis.isPunctuation(position, UInt8(ascii: ";"))
                || analysis.isPunctuation(position, UInt8(ascii: ".")) || isWord(analysis, position, .coordinator) && isLink(position + 1)
            guard ends else { continue }
            var first = start
            if isWord(analysis, first, .coordinator) { first += 1 }
            // "..., the presidential press service reported": an attribution ends the list, no item.
            if (first..<position).contains(where: { isWord(analysis, $0, .reportVerb) }) { break }
            if position > first { parts.append(first..<position) }
            start = position + 1
        }
        // Items that repeat the link word ("on air traffic, on cooperation in fishery, ...", "on
        // legal assistance and on political dialogue") are parallel documents however short and
        // however few; otherwise a list of `namedListItems` items of a few words at least.
        let parallel = parts.count >= 2 && parts.dropFirst().allSatisfy { isLink($0.lowerBound) }
        let wordy = parts.count >= Self.namedListItems && parts.allSatisfy { part in part.filter { analysis.sentence.tokens[$0].kind == .word }.count >= Self.namedItemWords }
        return wordy || parallel ? parts : []
    }

    func enumeration(_ analysis: SentenceAnalysis, after end: Int) -> [Range<Int>] {
        guard analysis.isPunctuation(end, UInt8(ascii: ":")) else { return [] }
        var parts: [Range<Int>] = []
        var start = end + 1
        var position = start
        while position <= analysis.tokenCount {
            if position == analysis.tokenCount || analysis.isPunctuation(position, UInt8(ascii: ";")) || analysis.isPunctuation(position, UInt8(ascii: ".")) {
                if position > start { parts.append(start..<position) }
                start = position + 1
            }
            position += 1
        }
        return parts
    }
}
