import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// The agreements extractor of the extract stage: documents in every sentence that names one,
/// then one row per document the article names twice.
extension AgreementExtractor: Extractor {
    package static let name = "agreements"
    package static let tables = ["agreements"]
    package static let after = ["visits"]
    package static let optionKeys: [String] = []
    package static let sentenceKinds: LexiconTagKinds = [.document]

    package init(knowledge: Knowledge, options: StepOptions) throws(ConfigurationError) {
        self.init(knowledge: knowledge)
    }

    /// The document's value is its own: later extractors do not read it as a figure of theirs.
    func claimValue(of fact: AgreementFact, quantities: [Quantity], sentence: Int, work: inout ArticleWork) {
        guard let value = fact.row.value, let quantity = quantities.first(where: { $0.value == value }) else { return }
        work.claimed[sentence].append(quantity.range)
    }

    /// Sentences after a dated signing within which an undated signed document shares its date.
    static let signingDateReach = 2

    /// True when the held visit `visit` (an index into the article's visits) has days that do not
    /// include `date`: a document of that visit was not signed at an earlier signing named before it.
    func visitExcludes(_ date: String, visit: Int?, work: ArticleWork) -> Bool {
        guard let visit, work.facts.visits.indices.contains(visit), work.facts.visits[visit].status == .held,
              let days = work.facts.visits[visit].dates, let signed = DateSpan(period: date) else { return false }
        return !DateSpan.overlaps(days, signed)
    }

    package func extract(_ work: inout ArticleWork) {
        var found: [AgreementFact] = []
        for analysis in work.context.analyses {
            let index = analysis.sentence.index
            // "The first is on a strategic partnership, ...": an item of the batch named before.
            if !found.isEmpty, var item = ordinalSubjectItem(analysis, context: work.context) {
                item.visitIndex = work.visitAtSentence[index]
                found.append(item)
            }
            // "They include one for X and another on Y", after a sentence with documents.
            guard analysis.tagKinds.contains(.document) else {
                // "The two sides agreed to build a rail link": a commitment with no document noun.
                if analysis.tagKinds.contains(.docStatus) {
                    let values = work.values
                    if var commitment = commitment(in: analysis, context: work.context, quantities: { values.quantities(of: index) }, visit: work.visitCountries(of: index),
                                                   dates: { values.dates(of: index) }) {
                        commitment.visitIndex = work.visitAtSentence[index]
                        found.append(commitment)
                    }
                }
                if let last = found.last, index - last.sentenceIndex <= Self.listBatchReach {
                    let values = work.values
                    for var item in pronounContentItems(analysis, context: work.context, quantities: { values.quantities(of: index) }) {
                        item.visitIndex = work.visitAtSentence[index]
                        claimValue(of: item, quantities: work.quantities(of: index), sentence: index, work: &work)
                        found.append(item)
                    }
                }
                continue
            }
            let quantities = work.quantities(of: index)
            let visitIndex = work.visitAtSentence[index]
            let values = work.values
            let pair = work.context.pair
            let followsPairDocuments = pair.count == 2 && found.contains { fact in
                index - fact.sentenceIndex <= Self.listBatchReach && fact.row.parties.count == 2 && pair.allSatisfy(fact.row.parties.contains)
            }
            let sentenceFacts = facts(in: analysis, context: work.context, quantities: quantities, visit: work.visitCountries(of: index),
                                      followsPairDocuments: followsPairDocuments, dates: { values.dates(of: index) })
            let namedBefore = found.contains { $0.sentenceIndex < index }
                && !quantities.contains { if case .currency = $0.unit { return true }; return false }
            for var fact in sentenceFacts {
                // "This agreement was signed by ...": a status the document named last already has
                // adds nothing; "we will sign this agreement" says more, and the merge keeps it.
                if namedBefore, fact.pointsBack, fact.row.status == nil || fact.row.status == found.last?.row.status { continue }
                fact.visitIndex = visitIndex
                claimValue(of: fact, quantities: quantities, sentence: index, work: &work)
                found.append(fact)
            }
            // "signed 20 agreements, including one on energy": the one named by its subject.
            if let batch = sentenceFacts.first(where: { $0.plural }), var item = includedItem(analysis, batch: batch, context: work.context) {
                item.visitIndex = visitIndex
                found.append(item)
            }
        }
        listedDocuments(&found, work: work)
        resolveContentItems(&found)
        // The headline repeats the body: its documents count only when the body names none.
        let headline = work.headline
        if found.contains(where: { !headline.contains($0.sentenceIndex) }) {
            found.removeAll { headline.contains($0.sentenceIndex) }
        }
        found = mergeAgreements(found, headline: headline)
        // One topic a document: the first its mention names ("an investment agreement on an
        // industrial park" is investment); `other` for a document or batch whose mentions name
        // none of the topic words ("a declaration on friendship", "a joint statement", "signed
        // five agreements").
        for index in found.indices {
            found[index].row.topics = Array(found[index].row.topics.prefix(1))
            if found[index].row.topics.isEmpty { found[index].row.topics = [.other] }
        }
        // "A and B yesterday signed several agreements ... A memorandum on trade was signed
        // between ...": a document signed with no date of its own, within `signingDateReach`
        // sentences after a dated signing (or after one that took its date so), was signed with it.
        var lastSigning: (date: String, sentence: Int)?
        for index in found.indices.sorted(by: { found[$0].sentenceIndex < found[$1].sentenceIndex }) where found[index].row.status == .signed {
            if !found[index].row.date.isEmpty {
                lastSigning = (found[index].row.date, found[index].sentenceIndex)
            } else if let last = lastSigning, found[index].sentenceIndex - last.sentence <= Self.signingDateReach,
                      !visitExcludes(last.date, visit: found[index].visitIndex, work: work) {
                found[index].row.date = last.date
                lastSigning = (last.date, found[index].sentenceIndex)
            }
        }
        // "The two sides also signed two agreements": a document signed or agreed during the held
        // visit its sentence is about, with no date of its own, has the visit's first day; so does
        // one planned in an article written during the visit ("four agreements are to be signed today").
        for index in found.indices where found[index].row.date.isEmpty {
            guard let status = found[index].row.status, status == .signed || status == .agreed || status == .planned, let visit = found[index].visitIndex,
                  work.facts.visits.indices.contains(visit), work.facts.visits[visit].status == .held,
                  let days = work.facts.visits[visit].dates,
                  status != .planned || work.context.dct.map({ DateSpan.overlaps(days, DateSpan(start: $0)) }) == true else { continue }
            // A document is signed on one day: the visit's first, when the text gives no other
            // (a span would say the signing took all the visit's days).
            found[index].row.date = days.start.description
        }
        let ids = StableID.assign("a-", found.map { [$0.row.sourceID, $0.row.docType.rawValue, $0.row.evidence, $0.row.topics.map(\.rawValue).joined(separator: ";")] })
        for index in found.indices { found[index].row.agreementID = ids[index] }
        work.facts.agreements = found
    }
}
