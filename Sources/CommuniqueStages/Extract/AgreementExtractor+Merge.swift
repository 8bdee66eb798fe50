import CommuniqueCore
import CommuniqueKnowledge

/// One row per document an article names twice.
extension AgreementExtractor {
    /// One row per document an article mentions twice: same type, parties (or, for a batch, the
    /// parties of one within the other's), counts and value, and statuses, titles and topics that
    /// agree where both are given.
    func mergeAgreements(_ facts: [AgreementFact], headline: Range<Int>) -> [AgreementFact] {
        var merged: [MergedAgreement] = []
        let priority = knowledge.lexicon.statusPriority
        for fact in facts {
            let incoming = fact.row
            let parties = incoming.parties.sorted()
            // A definite mention ("the MoU on trade") points back whichever parties its sentence names.
            let counted = incoming.count != nil || incoming.value != nil || fact.definite && !fact.plural
            if let index = merged.firstIndex(where: { Self.sameDocument($0.fact, fact) && Self.sameParties($0.parties, parties, counted: counted) }) {
                var document = merged[index].fact
                var documentParties = merged[index].parties
                var row = document.row
                let hadStatus = row.status != nil
                // "18 MoUs were signed by Egypt and Turkey ... the 18 MoUs Turkey signed": both parties.
                if parties.count > documentParties.count {
                    row.parties = incoming.parties
                    documentParties = parties
                }
                if let status = incoming.status, let rank = priority.firstIndex(of: status), row.status.flatMap(priority.firstIndex(of:)).map({ rank < $0 }) ?? true { row.status = status }
                // "struck agreements on energy ... struck 40 agreements": the counted batch says more
                // (so does one counted vaguely: "a raft of deals"; and an exact count more than a
                // vague one: "more than a dozen agreements" ... "the 16 agreements").
                // A mention with a status says more than one without ("wins deal" then "signed deals").
                if row.count == nil && (incoming.count != nil || row.countQualifier == nil && incoming.countQualifier != nil)
                    || Self.vagueBatch(row, incoming) || !hadStatus && incoming.status != nil && incoming.count == row.count {
                    row.count = incoming.count
                    row.countQualifier = incoming.countQualifier
                    row.docType = incoming.docType
                    if row.value == nil {
                        row.value = incoming.value
                        row.currency = incoming.currency
                    }
                    row.evidence = incoming.evidence
                    document.sentenceIndex = fact.sentenceIndex
                    document.rule = fact.rule
                }
                if row.value == nil, incoming.value != nil, row.count == incoming.count {
                    row.value = incoming.value
                    row.currency = incoming.currency
                }
                if row.value == incoming.value, row.valueQualifier == nil { row.valueQualifier = incoming.valueQualifier }
                if row.title.isEmpty { row.title = incoming.title }
                row.topics += incoming.topics.filter { !row.topics.contains($0) }
                if row.date.isEmpty { row.date = incoming.date }
                // The body says more than the headline: its sentence is the better evidence; so is a
                // sentence after a title line repeated in the body (a caption, a subheading).
                // (`document.row` is still the row before this mention.)
                if headline.contains(document.sentenceIndex) && !headline.contains(fact.sentenceIndex)
                    || Self.isTitleLine(document.row.evidence) && !Self.isTitleLine(incoming.evidence) {
                    row.evidence = incoming.evidence
                    document.sentenceIndex = fact.sentenceIndex
                    document.rule = fact.rule
                }
                document.row = row
                merged[index] = MergedAgreement(fact: document, parties: documentParties)
            } else {
                merged.append(MergedAgreement(fact: fact, parties: parties))
            }
        }
        return merged.map(\.fact)
    }

    /// Words a title line has at most.
    static let titleLineWords = 12

    /// True for a line written as a title: a few words with no full stop, question or exclamation
    /// mark at its end ("A and B sign free trade deal").
    static func isTitleLine(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return !".!?\"”'’)".unicodeScalars.contains(last) && text.split(separator: " ").count <= titleLineWords
    }

    /// The same parties, or, for a batch with a count or a value (or a definite singular that
    /// points back), parties of which one sentence names only some.
    static func sameParties(_ first: [String], _ second: [String], counted: Bool) -> Bool {
        first == second || counted && (Set(first).isSubset(of: second) || Set(second).isSubset(of: first))
    }

    /// Two facts of one article name the same document (parties aside): same type, counts and
    /// value, or an uncounted plural and a counted batch of the same noun ("agreements on energy",
    /// "40 agreements"); other sentences; and statuses, titles and topics that agree where both are given.
    static func sameDocument(_ other: AgreementFact, _ fact: AgreementFact) -> Bool {
        // A document named as one more is none named before it, but a definite singular after it
        // may point back at it ("also signed a memorandum on trade ... the MoU on trade").
        !(other.separate && !(fact.definite && !fact.plural)) && !fact.separate && (sameCountAndValue(other.row, fact.row) && other.sentenceIndex != fact.sentenceIndex
            || (sameBatch(other, fact) || sameBatch(fact, other) || vagueBatch(other.row, fact.row) || vagueBatch(fact.row, other.row)
                || countsAgain(other, fact) || countsAgain(fact, other)) && other.sentenceIndex != fact.sentenceIndex
            || other.nounType != nil && other.nounType == fact.nounType
                && (unnumbered(other) && (unnumbered(fact) || vaguelyCounted(fact.row)) || unnumbered(fact) && vaguelyCounted(other.row)))
            && sameStatus(other, fact)
            && !introducesAnother(other, fact)
            && titlesAgree(other, fact)
            && topicsAgree(other.row, fact.row)
    }

    /// Titles agree when one is not given or they name the same document (`sameTitle`).
    static func titlesAgree(_ other: AgreementFact, _ fact: AgreementFact) -> Bool {
        other.row.title.isEmpty || fact.row.title.isEmpty || sameTitle(other, fact)
    }

    /// Two titles of one document: equal, or a definite mention's title is the start of the
    /// other's ("the Joint Declaration" names the "Joint Declaration on Strategic Partnership"
    /// adopted before).
    static func sameTitle(_ other: AgreementFact, _ fact: AgreementFact) -> Bool {
        let (first, second) = (other.row.title, fact.row.title)
        guard !first.isEmpty, !second.isEmpty else { return false }
        func shortens(_ short: AgreementFact, _ long: String) -> Bool {
            short.definite && long.hasPrefix(short.row.title + " ")
        }
        return first == second || shortens(fact, first) || shortens(other, second)
    }

    /// "signed various MoUs and agreements" ... "the 24 agreements signed": a count after a definite
    /// determiner counts the article's uncounted batch, whatever its nouns.
    static func countsAgain(_ counted: AgreementFact, _ uncounted: AgreementFact) -> Bool {
        counted.countedAgain && uncounted.plural && uncounted.row.count == nil && uncounted.row.value == nil
    }

    /// Topics agree when either mention gives none or both give the same; for two counted batches,
    /// also when one names some of the other's ("18 MoUs on transport and energy" and "the 18 MoUs
    /// cover transport, energy, defence and health").
    ///
    /// The lists hold a topic or two: they are compared as they are, not made into sets first.
    static func topicsAgree(_ first: AgreementRow, _ second: AgreementRow) -> Bool {
        let (one, other) = (first.topics, second.topics)
        if one.isEmpty || other.isEmpty { return true }
        let oneInOther = one.allSatisfy(other.contains), otherInOne = other.allSatisfy(one.contains)
        if oneInOther && otherInOne { return true }
        return first.count != nil && second.count != nil && (oneInOther || otherInOne)
    }

    /// "X signed agreements with Y ... an agency signed an agreement to share knowledge": a single
    /// document named with "a"/"an" after another mention is another document, unless the two
    /// give the same name, the same topics or the same value. A joint statement or declaration is one per meeting
    /// ("in a joint statement" names the one already reported) unless both mentions say what they
    /// are on: "adopted a Statement on the partnership ... signed a statement on terrorism" are two.
    static func introducesAnother(_ other: AgreementFact, _ fact: AgreementFact) -> Bool {
        guard !fact.plural, fact.sentenceIndex != other.sentenceIndex else { return false }
        if [.jointStatement, .declaration].contains(fact.row.docType) {
            guard fact.namesSubject && other.namesSubject else { return false }
        } else {
            guard fact.indefinite else { return false }
        }
        let sameName = sameTitle(other, fact)
        // "sign energy deals ... will sign an accord on nuclear energy": a single document said with
        // its own subject after a batch is one of it, not the batch, whatever their topics.
        let oneOfBatch = other.plural && fact.namesSubject
        let sameTopics = !oneOfBatch && !fact.row.topics.isEmpty && Set(fact.row.topics) == Set(other.row.topics)
        let sameValue = fact.row.value != nil && fact.row.value == other.row.value && fact.row.currency == other.row.currency
        return !sameName && !sameTopics && !sameValue
    }

    /// Same type, count and value; a batch counted alike twice is one even when only one mention
    /// gives its value ("a total of 29 agreements worth $28 billion" ... "A total of 29 agreements
    /// are expected to be signed").
    static func sameCountAndValue(_ first: AgreementRow, _ second: AgreementRow) -> Bool {
        first.docType == second.docType && first.count == second.count && first.countQualifier == second.countQualifier
            && (first.value == second.value || (first.count ?? 0) > 1 && (first.value == nil || second.value == nil))
    }

    /// `uncounted` names with a plural noun and no number the batch `counted` counts by number, or
    /// vaguely with the same value ("Deals worth $13bn" and "a raft of deals worth $13bn").
    static func sameBatch(_ uncounted: AgreementFact, _ counted: AgreementFact) -> Bool {
        uncounted.plural && uncounted.row.count == nil && uncounted.row.countQualifier == nil
            && (counted.row.count != nil || counted.row.countQualifier != nil && uncounted.row.value != nil
                // "signed several agreements ... signed agreements in areas from mining to culture":
                // neither gives a value, so the second, with a status of its own, says what the vague
                // batch covers ("interested in agreements on schools" names documents of their own).
                || counted.row.countQualifier != nil && uncounted.row.value == nil && counted.row.value == nil && uncounted.row.status != nil)
            && counted.row.docType == .package && uncounted.nounType != nil && uncounted.nounType == counted.nounType
            && (uncounted.row.value == nil || uncounted.row.value == counted.row.value)
    }

    /// A plural with no number, qualifier, value, name or topic ("signed agreements with ..."; not
    /// "agreements on schools"): it says no more
    /// than that documents were signed, so it is the article's other such mention of the same noun,
    /// or its batch of "several" of them, even in the same sentence.
    static func unnumbered(_ fact: AgreementFact) -> Bool {
        fact.plural && fact.row.count == nil && fact.row.countQualifier == nil && fact.row.value == nil && fact.row.title.isEmpty && fact.row.topics.isEmpty
    }

    /// A batch counted only vaguely ("several agreements").
    static func vaguelyCounted(_ row: AgreementRow) -> Bool {
        guard row.count == nil, let qualifier = row.countQualifier else { return false }
        return [.several, .many, .numerous].contains(qualifier)
    }

    /// The smallest number "several" (or "a number of") stands for: two documents are a pair.
    static let severalAtLeast = 3

    /// `vague` is a batch whose number `exact` fits: "more than 20 MoUs" and "26 MoUs", "a number
    /// of documents" and "20 agreements" (both batches, no values that differ: "more than a dozen
    /// agreements worth 4 billion euros" and "the 16 agreements").
    static func vagueBatch(_ vague: AgreementRow, _ exact: AgreementRow) -> Bool {
        guard vague.docType == .package, exact.docType == .package, let number = exact.count, exact.countQualifier == nil,
              vague.value == nil || exact.value == nil || vague.value == exact.value, let qualifier = vague.countQualifier else { return false }
        switch qualifier {
        case .over: return vague.count.map { number > $0 } ?? false
        case .atLeast: return vague.count.map { number >= $0 } ?? false
        case .several, .many, .numerous: return vague.count == nil && number >= Self.severalAtLeast
        default: return false
        }
    }

    /// Statuses agree when equal or one is not given; a joint statement or declaration agreed in
    /// one sentence and signed in another is one document; and a definite singular noun with no
    /// name ("the joint statement") points back at the document named before, whatever its verb.
    static func sameStatus(_ other: AgreementFact, _ fact: AgreementFact) -> Bool {
        guard let first = other.row.status, let second = fact.row.status, first != second else { return true }
        if fact.definite, !fact.plural, fact.row.title.isEmpty { return true }
        return issuedTogether.contains(fact.row.docType) && Set([first, second]) == [.agreed, .signed]
    }

    /// Document types whose agreed and signed mentions name one document.
    static let issuedTogether: Set<DocumentType> = [.jointStatement, .declaration]
}
