import CommuniqueCore
import CommuniqueKnowledge

/// One row per document an article names twice.
extension AgreementExtractor {
    /// One row per document an article mentions twice: same type, parties (or, for a batch, the
    /// parties of one within the other's), counts and value, and statuses, titles and topics that
    /// agree where both are given.
    func mergeAgreements(_ facts: [AgreementFact], headline: Range<Int>) -> [AgreementFact] {
        var merged: [AgreementFact] = []
        // The parties of each merged row, sorted once.
        var mergedParties: [[String]] = []
        let priority = knowledge.lexicon.statusPriority
        for fact in facts {
            let r = fact.row
            let parties = r.parties.sorted()
            if let index = merged.indices.first(where: { Self.sameDocument(merged[$0], fact) && Self.sameParties(mergedParties[$0], parties, counted: r.count != nil || r.value != nil) }) {
                var row = merged[index].row
                // "18 MoUs were signed by Egypt and Turkey ... the 18 MoUs Turkey signed": both parties.
                if parties.count > mergedParties[index].count {
                    row.parties = r.parties
                    mergedParties[index] = parties
                }
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

    /// The same parties, or, for a batch with a count or a value, parties of which one sentence
    /// names only some.
    static func sameParties(_ first: [String], _ second: [String], counted: Bool) -> Bool {
        first == second || counted && (Set(first).isSubset(of: second) || Set(second).isSubset(of: first))
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
