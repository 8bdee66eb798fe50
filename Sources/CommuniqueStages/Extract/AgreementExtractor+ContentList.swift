import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// "These agreements cover A, B and C": documents named before, listed one an item by what they
/// are about.
extension AgreementExtractor {
    /// Tokens after the document noun within which its content verb stands ("are likely to include").
    static let contentVerbReach = 4
    /// Tokens after a partitive's document noun within which the copula before the one document
    /// stands ("one of the agreements forged within the framework of the visit is ...").
    static let partitiveCopulaReach = 10
    /// Tokens after the content verb within which a list lead opens the list ("cover a range of
    /// topics, including ...").
    static let contentLeadReach = 8
    /// Tokens an aside between a document noun and its content verb has at most.
    static let asideReach = 12
    /// Items a content list has at least.
    static let contentListItems = 2
    /// Tokens a closing clause of saying has at most (", it added", ", the ministry said").
    static let reportingClauseWords = 5

    /// True when an indefinite article and a singular document noun right after it stand at
    /// `position` ("an agreement on ...", "a memorandum"): "A, B and an agreement on C" ends item B there.
    func opensDocument(_ analysis: SentenceAnalysis, at position: Int) -> Bool {
        guard isWord(analysis, position, .indefinite), let noun = analysis.tagMatch(at: position + 1) else { return false }
        return Self.docType(noun.value) != nil && !noun.value.contains(.plural)
    }

    /// The first money amount that lies inside the tokens `item` ("a company valued at $3 billion").
    func money(in item: Range<Int>, of analysis: SentenceAnalysis, quantities: [Quantity]) -> Quantity? {
        let first = analysis.sentence.tokens[item.lowerBound].start, last = analysis.sentence.tokens[item.upperBound - 1].end
        return quantities.first { quantity in
            guard case .currency = quantity.unit else { return false }
            return quantity.range.lowerBound >= first && quantity.range.upperBound <= last
        }
    }

    /// The items of the list a content verb opens right after a plural document mention that a
    /// definite or additive determiner opens ("These agreements cover ...", "Other joint documents
    /// deal with ..."): its comma- or semicolon-separated parts, from the list lead when one
    /// follows the verb, without a closing "among others"; after a partitive ("One of the
    /// agreements will involve ...") the one item after the verb. Empty unless most items have two
    /// words or more and the last opens with a conjunct: a list of single topic words ("cover
    /// trade, energy and culture") is one batch's topics.
    func contentList(_ analysis: SentenceAnalysis, start: Int, end: Int) -> [Range<Int>] {
        guard isDefinite(analysis, start: start) || opensWithAdditive(analysis, before: start) else { return [] }
        var verb: Int?
        // "The agreements, signed by the ministers, include ...", "The six agreements, besides the
        // one on prisoners, are: ...": a short aside between commas that names no document is
        // passed over.
        var from = end
        if analysis.isPunctuation(end, UInt8(ascii: ",")), end + 2 < analysis.tokenCount,
           let close = analysis.tokens(from: end + 2, upTo: end + 2 + Self.asideReach).first(where: { analysis.isPunctuation($0, UInt8(ascii: ",")) }),
           isStatusWord(analysis, at: end + 1) || !((end + 1)..<close).contains(where: { position in
               analysis.tagMatch(at: position).map { Self.docType($0.value) != nil } == true }) {
            from = close + 1
        }
        // "One of the key documents is the agreement on X", "one of the agreements forged during the
        // visit is an alliance between A and B": after a partitive, a copula before an article
        // opens the one document, a few words further on.
        let opening = modifiersStart(analysis, before: start)
        let partitive = analysis.sentence.isWord(opening - 2, "of")
        let onePartitive = partitive && analysis.isWord(opening - 3, .documentPronoun, knowledge)
        for position in analysis.tokens(from: from, upTo: from + (onePartitive ? Self.partitiveCopulaReach : Self.contentVerbReach)) {
            if analysis.sentence.tokens[position].kind == .punctuation, !(onePartitive && analysis.isPossessive(at: position)) { return [] }
            if position < from + Self.contentVerbReach, isWord(analysis, position, .contentVerb) {
                verb = position
                break
            }
            if onePartitive, analysis.isWord(position, .passiveAuxiliary, knowledge), isArticle(analysis, position + 1) {
                verb = position
                break
            }
            // "The five instruments were – A, B and C": a copula right before a dash or a colon
            // opens the list as a content verb does.
            if analysis.isWord(position, .passiveAuxiliary, knowledge),
               analysis.isPunctuation(position + 1, UInt8(ascii: "-")) || analysis.isPunctuation(position + 1, UInt8(ascii: ":")) {
                verb = position + 1
                break
            }
        }
        guard let verb else { return [] }
        // "One of the agreements will involve X": one document, whatever its commas.
        if analysis.sentence.isWord(modifiersStart(analysis, before: start) - 2, "of") { return [(verb + 1)..<analysis.tokenCount] }
        return contentItems(analysis, afterVerb: verb)
    }

    /// The items of a content list whose verb is at `verb`; see `contentList`.
    func contentItems(_ analysis: SentenceAnalysis, afterVerb verb: Int) -> [Range<Int>] {
        var first = verb + 1
        if let lead = analysis.tokens(from: first, upTo: first + Self.contentLeadReach).first(where: { isWord(analysis, $0, .listLead) }) {
            first = lead + 1
        }
        var items: [Range<Int>] = []
        var itemStart = first
        // "..., another on Y while the third is on Z, W and V": an ordinal pro-form opens the
        // list's last item, which runs to the sentence's end, its commas included.
        let ordinalItem = ordinalLastItem(analysis, from: first)
        let listEnd = ordinalItem?.opener ?? analysis.tokenCount
        // "A; B of the ministry, Qatar and the institute; and C": a list that separates its items
        // with semicolons keeps the commas inside them.
        let bySemicolons = (first..<listEnd).contains { analysis.isPunctuation($0, UInt8(ascii: ";")) }
        for position in first...listEnd {
            // "one for X and another on Y": a coordinator before a document pronoun ends an item too.
            let ends = position == listEnd || !bySemicolons && analysis.isPunctuation(position, UInt8(ascii: ","))
                || analysis.isPunctuation(position, UInt8(ascii: ";")) || analysis.isPunctuation(position, UInt8(ascii: "."))
                || isWord(analysis, position, .coordinator) && analysis.isWord(position + 1, .documentPronoun, knowledge)
                || isWord(analysis, position, .coordinator) && opensDocument(analysis, at: position + 1)
            guard ends else { continue }
            var head = itemStart
            while head < position, isWord(analysis, head, .coordinator) { head += 1 }
            if position > head, !isWord(analysis, head, .listCloser) { items.append(itemStart..<position) }
            // The coordinator that ends an item opens the next one ("and another on Y").
            itemStart = isWord(analysis, position, .coordinator) ? position : position + 1
        }
        if let ordinalItem { items.append(ordinalItem.item) }
        // A list's last item opens with its conjunct ("..., and C", "..., as well as C") or is the ordinal one.
        func closesList(_ item: Range<Int>) -> Bool { isWord(analysis, item.lowerBound, .lastItemLead) || item == ordinalItem?.item }
        // "..., as well as cooperation in science, it added.": a short closing clause of saying is
        // the reporter's, no item.
        if items.count > 1, let last = items.last, last.count <= Self.reportingClauseWords,
           last.contains(where: { analysis.isWord($0, .reportVerb, knowledge) }) {
            items.removeLast()
        }
        // "include the supply of wagons and (for) the construction of a power line": with no
        // comma, two noun phrases that each open with an article, joined by a coordinator, are two items.
        // What follows after a comma without a conjunct is an aside ("..., in the south").
        let endsWithConjunct = items.count > 1 && items.last.map(closesList) == true
        // So are "agricultural exports and the development of a plant": a phrase of two words or
        // more with no preposition or determiner (which the coordinator would continue:
        // "cooperation in trade and the economy" is one item), then one that opens with an article.
        if !endsWithConjunct, let only = items.first,
           let joint = only.first(where: { isWord(analysis, $0, .coordinator)
               && (isArticle(analysis, $0 + 1) || isWord(analysis, $0 + 1, .documentSubject) && isArticle(analysis, $0 + 2)) }),
           isArticle(analysis, only.lowerBound) || joint - only.lowerBound >= 2 && isArticle(analysis, joint + 1)
               && !(only.lowerBound..<joint).contains(where: { isWord(analysis, $0, .modifierStop) }),
           // "a MoU between the ministry and the commission": the pair of "between" is one item.
           !(only.lowerBound..<joint).contains(where: { analysis.sentence.isWord($0, "between") }) {
            items = [only.lowerBound..<joint, joint..<only.upperBound]
        }
        // "A, co-operation in B and co-operation in C", with no comma before the conjunct: the
        // last part's first coordinator opens the list's last item when what follows it opens
        // like an item before: the same word, or an article after articles (not for the second
        // of a "between" pair: "a contract between the ministry and the bank"). An item's own
        // "and" ("transport and energy links") stays inside it.
        if items.count >= 2, let last = items.last, !isWord(analysis, last.lowerBound, .lastItemLead),
           let joint = last.dropFirst().first(where: { isWord(analysis, $0, .coordinator) }), joint + 1 < last.upperBound,
           items.dropLast().contains(where: { item in
               sameWord(analysis, item.lowerBound, joint + 1)
                   || opensAlike(analysis, item.lowerBound, joint + 1) && !(last.lowerBound..<joint).contains { analysis.sentence.isWord($0, "between") }
           }) {
            items[items.count - 1] = last.lowerBound..<joint
            items.append(joint..<last.upperBound)
        }
        let wordy = items.filter { item in item.filter { analysis.sentence.tokens[$0].kind == .word && !isWord(analysis, $0, .coordinator) }.count >= 2 }
        // "addressing topics such as establishing a dialogue, aligning programmes, ...": a list
        // whose items mostly open with a gerund names activities, the topics of the documents, not
        // documents ("include establishing a joint company, an MoU on X and an agreement on Y" does).
        if items.filter({ opensWithGerund(analysis, $0) }).count * 2 >= items.count { return [] }
        // "The deals include four with A, four with B, two with C ...": counted groups, no documents one by one.
        if items.contains(where: { opensWithCount(analysis, $0) }) { return [] }
        // "The agreements included one on economic cooperation under which ...": a document
        // pronoun that opens the only item names one document of the batch.
        if items.count == 1, analysis.isWord(items[0].lowerBound, .documentPronoun, knowledge) { return items }
        // A list ends with its conjunct ("..., and C", "..., as well as C"); commas that end
        // otherwise set off an aside ("deals on X, launched in 2013, ..."), unless every item
        // names a document of its own ("MoU on X, MoU on Y, Protocol on Z").
        guard items.count >= Self.contentListItems, wordy.count * 2 > items.count, let last = items.last,
              closesList(last) || items.allSatisfy({ namesDocument(analysis, $0) }) else { return [] }
        return items
    }

    /// True when a document noun of a single kind (not a batch word) stands in `item`.
    func namesDocument(_ analysis: SentenceAnalysis, _ item: Range<Int>) -> Bool {
        analysis.tags.contains { item.contains($0.tokenStart) && Self.docType($0.value).map { $0 != .package } == true }
    }

    /// The last item of a content list that "the" and an ordinal word open after a clause opener,
    /// a coordinator or a comma, and that say what the document is or is about ("while the third
    /// is on Z", "and the last one covers Z"; not "..., the first since 2010"), from "the" up to
    /// the sentence's final stop, and the token that ends the item before it.
    func ordinalLastItem(_ analysis: SentenceAnalysis, from first: Int) -> (opener: Int, item: Range<Int>)? {
        guard first + 2 < analysis.tokenCount,
              let start = ((first + 1)..<(analysis.tokenCount - 2)).first(where: { position in
                  opensWithOrdinal(analysis, at: position)
                      && (isWord(analysis, position - 1, .clauseOpener) || isWord(analysis, position - 1, .coordinator)
                          || analysis.isPunctuation(position - 1, UInt8(ascii: ",")))
                      && describesItem(analysis, at: position + 2)
              }) else { return nil }
        var end = analysis.tokenCount
        while end > start + 2, analysis.isClauseBreak(end - 1) { end -= 1 }
        return (start - 1, start..<end)
    }

    /// True when token `position`, right after an ordinal, goes on to say what the document is or
    /// is about: a copula, a subject word, a content verb, a document pronoun or a document noun.
    func describesItem(_ analysis: SentenceAnalysis, at position: Int) -> Bool {
        analysis.isWord(position, .passiveAuxiliary, knowledge) || isWord(analysis, position, .documentSubject)
            || isWord(analysis, position, .contentVerb) || analysis.isWord(position, .documentPronoun, knowledge)
            || analysis.tagMatch(at: position).map { Self.docType($0.value) != nil } == true
    }

    /// True when tokens `one` and `other` are the same word.
    func sameWord(_ analysis: SentenceAnalysis, _ one: Int, _ other: Int) -> Bool {
        let tokens = analysis.sentence.tokens
        return one < analysis.tokenCount && other < analysis.tokenCount && tokens[one].kind == .word && tokens[one].foldedHash == tokens[other].foldedHash
    }

    /// True when tokens `one` and `other` open noun phrases alike: the same word, or both an article.
    func opensAlike(_ analysis: SentenceAnalysis, _ one: Int, _ other: Int) -> Bool {
        sameWord(analysis, one, other) || isArticle(analysis, one) && isArticle(analysis, other)
    }

    /// True when token `position` is "the", "a" or "an".
    func isArticle(_ analysis: SentenceAnalysis, _ position: Int) -> Bool {
        position < analysis.tokenCount && (isWord(analysis, position, .indefinite) || analysis.sentence.isWord(position, "the"))
    }

    /// A row per content item: the mention's most specific single type, the item's topics, the
    /// mention's own status and parties when its sentence gives them.
    func contentItems(_ items: [Range<Int>], analysis: SentenceAnalysis, context: ArticleContext, mention: Range<Int>,
                      types: [DocumentType], visit: VisitCountries?, quantities: [Quantity] = []) -> [AgreementFact] {
        var row = AgreementRow()
        row.sourceID = context.sourceID
        row.evidence = analysis.sentence.text
        let specific = Self.typeSpecificity.first { types.contains($0) && $0 != .package }
        row.docType = specific ?? .agreement
        row.status = status(analysis, start: mention.lowerBound, end: mention.upperBound)
        row.parties = parties(analysis, start: mention.lowerBound, end: mention.upperBound, visit: visit, pair: context.pair)
        // "by a Kazakh firm": one of the article's two countries named in the list is a
        // party of documents between the two.
        if row.parties.count == 1, context.pair.count == 2, context.pair.contains(row.parties[0]) { row.parties = context.pair }
        let rule = context.recordsRules ? "agreement: content item of '\(analysis.sentence.text(mention))'" : ""
        return items.map { item in
            var itemRow = row
            itemRow.topics = topicsOrWeak(analysis, from: item.lowerBound, after: item.lowerBound, limit: item.upperBound)
            // "an MoU on X" is a memorandum; "a company valued at $3 billion" has that value.
            let own = ownDocument(in: item, of: analysis)
            if let own { itemRow.docType = own.type }
            if let value = money(in: item, of: analysis, quantities: quantities) { Self.setValue(value, of: &itemRow) }
            var fact = contentFact(itemRow, analysis: analysis, rule: rule)
            fact.typeOfBatch = specific == nil && own == nil
            // "included one on X", "another on Y": a document of its own, never one named before.
            fact.separate = analysis.isWord(item.lowerBound, .documentPronoun, knowledge)
            return fact
        }
    }

    /// A content item's fact: a document named for the first time, by what it is about.
    func contentFact(_ row: AgreementRow, analysis: SentenceAnalysis, rule: String) -> AgreementFact {
        var fact = AgreementFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index, rule: rule)
        fact.indefinite = true
        fact.namesSubject = true
        fact.contentItem = true
        return fact
    }

    /// "signed 20 agreements, including one on energy": a list lead, a document
    /// pronoun and a subject word after a plural batch name one of its documents by what it is
    /// about, up to the next comma; the item has the batch's status, parties and date and is a
    /// row of its own.
    func includedItem(_ analysis: SentenceAnalysis, batch: AgreementFact, context: ArticleContext) -> AgreementFact? {
        guard let lead = (1..<max(1, analysis.tokenCount - 3)).first(where: { position in
            isWord(analysis, position, .listLead) && analysis.isWord(position + 1, .documentPronoun, knowledge)
                && isWord(analysis, position + 2, .documentSubject)
                && analysis.tagMatch(at: analysis.isPunctuation(position - 1, UInt8(ascii: ",")) ? position - 2 : position - 1)
                    .map { Self.docType($0.value) != nil && $0.value.contains(.plural) } ?? false
        }) else { return nil }
        let subject = lead + 2
        let end = (subject..<analysis.tokenCount).first { analysis.isClauseBreak($0) || analysis.isPunctuation($0, UInt8(ascii: ",")) } ?? analysis.tokenCount
        var row = AgreementRow()
        row.sourceID = batch.row.sourceID
        row.evidence = batch.row.evidence
        row.status = batch.row.status
        row.parties = batch.row.parties
        row.date = batch.row.date
        row.docType = .agreement
        row.topics = topicsOrWeak(analysis, from: subject, after: subject, limit: end)
        var fact = AgreementFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index,
                                 rule: context.recordsRules ? "agreement: the one a batch includes, by its subject" : "")
        fact.indefinite = true
        fact.namesSubject = true
        fact.separate = true
        return fact
    }

    /// Tokens from a sentence's start within which its content verb stands after a pronoun ("They
    /// also include").
    static let pronounVerbReach = 3

    /// "They include one for the construction of X and another on Y": a sentence that opens with
    /// a pronoun and a content verb, whose items each open with a document pronoun, lists the
    /// documents of the batch named before, one an item, each with the money it names;
    /// `resolveContentItems` gives them the batch's status and parties.
    func pronounContentItems(_ analysis: SentenceAnalysis, context: ArticleContext, quantities: () -> [Quantity]) -> [AgreementFact] {
        guard analysis.tokenCount > 2, isWord(analysis, 0, .pronounSubject) || isWord(analysis, 0, .definite) && analysis.entity(at: 1) == nil,
              let verb = analysis.tokens(from: 1, upTo: Self.pronounVerbReach + 1).first(where: { isWord(analysis, $0, .contentVerb) }),
              analysis.tagMatch(at: 1).map({ Self.docType($0.value) == nil }) ?? true else { return [] }
        // Only items that each name one document ("one for X", "another on Y") are documents here:
        // "They cover economic cooperation, ... and visa exemptions" says what the batch is about.
        let items = contentItems(analysis, afterVerb: verb)
        guard !items.isEmpty, items.allSatisfy({ analysis.isWord(itemHead(analysis, $0), .documentPronoun, knowledge) }) else { return [] }
        let rule = context.recordsRules ? "agreement: content item after '\(analysis.sentence.text(0..<(verb + 1)))'" : ""
        // Read only for a sentence that lists documents.
        let quantities = quantities()
        return items.map { item in
            var row = AgreementRow()
            row.sourceID = context.sourceID
            row.evidence = analysis.sentence.text
            row.docType = .agreement
            row.topics = topicsOrWeak(analysis, from: item.lowerBound, after: item.lowerBound, limit: item.upperBound)
            Self.setValue(money(in: item, of: analysis, quantities: quantities), of: &row)
            return contentFact(row, analysis: analysis, rule: rule)
        }
    }

    /// "The first is on a strategic partnership, and ...": a sentence that opens with "the", an
    /// ordinal word, a copula and a subject word names the document of a batch by what it is
    /// about, up to the first comma; `resolveContentItems` gives it the batch's status and parties.
    func ordinalSubjectItem(_ analysis: SentenceAnalysis, context: ArticleContext) -> AgreementFact? {
        guard analysis.tokenCount > 4, opensWithOrdinal(analysis, at: 0),
              analysis.isWord(2, .passiveAuxiliary, knowledge), isWord(analysis, 3, .documentSubject) else { return nil }
        let end = (4..<analysis.tokenCount).first { analysis.isClauseBreak($0) || analysis.isPunctuation($0, UInt8(ascii: ",")) } ?? analysis.tokenCount
        guard end > 4 else { return nil }
        var row = AgreementRow()
        row.sourceID = context.sourceID
        row.evidence = analysis.sentence.text
        row.docType = .agreement
        row.topics = topicsOrWeak(analysis, from: 4, after: 4, limit: end)
        var fact = contentFact(row, analysis: analysis, rule: context.recordsRules ? "agreement: the item an ordinal names by its subject" : "")
        fact.enumerated = true
        fact.separate = true
        return fact
    }

    /// True when the item's first word, past a conjunct, is a number of two or more ("four with
    /// A", "12 on B").
    func opensWithCount(_ analysis: SentenceAnalysis, _ item: Range<Int>) -> Bool {
        let first = itemHead(analysis, item)
        guard first < item.upperBound else { return false }
        if analysis.sentence.tokens[first].kind == .number { return true }
        if case .cardinal(let value) = knowledge.lexicon.values.lexeme(ofToken: first, in: analysis.sentence) { return value >= 2 }
        return false
    }

    /// Letters a gerund has at least ("addressing"; not "king" or "thing").
    static let gerundLength = 6

    /// True when the item's first word, past a conjunct, ends in "-ing".
    func opensWithGerund(_ analysis: SentenceAnalysis, _ item: Range<Int>) -> Bool {
        analysis.sentence.wordEnds(itemHead(analysis, item), with: "ing", minimumLength: Self.gerundLength)
    }

    /// The item's first token past its conjunct ("and", "as" of "as well as").
    func itemHead(_ analysis: SentenceAnalysis, _ item: Range<Int>) -> Int {
        var first = item.lowerBound
        while first < item.upperBound, isWord(analysis, first, .coordinator) || isWord(analysis, first, .lastItemLead) { first += 1 }
        return first
    }

    /// True when the noun phrase opens its sentence with an additive word ("Other agreements ...").
    func opensWithAdditive(_ analysis: SentenceAnalysis, before start: Int) -> Bool {
        let first = modifiersStart(analysis, before: start)
        return (0...1).contains(first) && (first..<start).contains { isWord(analysis, $0, .additive) }
    }

    /// Content items with no status or parties of their own take those of the batch named last,
    /// in their sentence or up to `listBatchReach` sentences before, else of the document named
    /// last there ("Also signed was a statement on X. Other documents deal with A, B and C"), and
    /// items listed after a batch noun alone take the batch's kind of document ("signed five
    /// memoranda ... The five instruments were - A, B and C": three memoranda); an
    /// enumerated item ("The fourth is ...") takes them from the item of the sentence before;
    /// items no signed, agreed or planned document stands behind are dropped, except one opened by
    /// an additive word, which names a document of its own ("Another agreement set up a fund").
    func resolveContentItems(_ found: inout [AgreementFact]) {
        var resolved: [AgreementFact] = []
        for fact in found {
            guard fact.contentItem, fact.row.status == nil || fact.row.parties.isEmpty || fact.typeOfBatch else {
                resolved.append(fact)
                continue
            }
            let named = resolved.filter { !$0.contentItem && $0.row.status != nil && fact.sentenceIndex - $0.sentenceIndex <= Self.listBatchReach }
            // "The fourth is ...": an enumerated item goes on from the item of the sentence before.
            let previousItem = fact.enumerated ? resolved.last { $0.enumerated && fact.sentenceIndex - $0.sentenceIndex == 1 } : nil
            // "The agreements included one on X", "Another agreement set up Y", far from the batch:
            // one more document of the article's last batch with a status.
            let batch = previousItem ?? named.last { $0.plural || $0.row.docType == .package } ?? named.last
                ?? (fact.additive || fact.separate ? resolved.last { !$0.contentItem && $0.row.status != nil && ($0.plural || $0.row.docType == .package) } : nil)
            var item = fact
            if item.typeOfBatch, let batch, batch.plural || batch.row.docType == .package, let type = batch.nounType, type != .package {
                item.row.docType = type
            }
            if item.row.status == nil { item.row.status = batch?.row.status }
            if item.row.parties.isEmpty, let parties = batch?.row.parties { item.row.parties = parties }
            guard item.row.status != nil || item.additive else { continue }
            resolved.append(item)
        }
        found = resolved
    }
}
