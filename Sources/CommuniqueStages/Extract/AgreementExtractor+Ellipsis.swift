import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// "signed five agreements with A, and four with B": a number after a coordinator, followed by a
/// party link and a country, counts more documents of the batch before it, with that country.
extension AgreementExtractor {
    /// Batches the sentence names by a bare number after `facts`' last counted batch.
    func ellipticalBatches(_ analysis: SentenceAnalysis, after facts: [AgreementFact], quantities: [Quantity]) -> [AgreementFact] {
        guard let batch = facts.last(where: { $0.row.docType == .package && $0.row.count != nil && $0.row.parties.count == 2 }) else { return [] }
        // The batch's partner: a party of the batch named right after a party link ("with Kenya").
        let linked = analysis.entities.compactMap { entity -> (token: Int, code: String)? in
            guard isPartyLink(analysis, entity.tokenStart - 1), let code = knowledge.country(of: entity.value) else { return nil }
            return (entity.tokenStart, code)
        }
        guard let partner = linked.first(where: { batch.row.parties.contains($0.code) }) else { return [] }
        var found: [AgreementFact] = []
        for quantity in quantities {
            guard quantity.unit == .number, let value = quantity.value, value >= 1, value == value.rounded() else { continue }
            let first = analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound)
            let last = analysis.sentence.tokenIndex(atByte: max(quantity.range.lowerBound, quantity.range.upperBound - 1))
            guard first > partner.token, isWord(analysis, first - 1, .coordinator),
                  let other = linked.first(where: { $0.token == last + 2 }), isPartyLink(analysis, last + 1),
                  !batch.row.parties.contains(other.code) else { continue }
            var row = batch.row
            row.count = Int(value)
            row.countQualifier = nil
            Self.setValue(nil, of: &row)
            row.parties = batch.row.parties.map { $0 == partner.code ? other.code : $0 }
            var fact = AgreementFact(row: row, visitIndex: nil, sentenceIndex: analysis.sentence.index,
                                     rule: batch.rule.isEmpty ? "" : "agreement: a number and '\(analysis.sentence.text((last + 1)..<(last + 3)))' after a batch")
            fact.plural = true
            fact.separate = true
            fact.nounType = batch.nounType
            found.append(fact)
        }
        return found
    }

    /// True when token `position` links a batch to a country (`party_link`: "with").
    func isPartyLink(_ analysis: SentenceAnalysis, _ position: Int) -> Bool {
        isWord(analysis, position, .partyLink)
    }
}
