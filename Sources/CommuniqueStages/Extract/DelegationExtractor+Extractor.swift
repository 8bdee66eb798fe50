import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// The delegations extractor of the extract stage: groups of people with a size in every
/// sentence that names a kind of delegate.
extension DelegationExtractor: Extractor {
    package static let name = "delegations"
    package static let tables = ["delegations"]
    package static let after = ["visits"]
    package static let optionKeys: [String] = []
    package static let sentenceKinds: LexiconTagKinds = [.delegation, .delegationGroup, .accompaniment]
    /// Sentences where companies may be counted as a delegation (`eventCompanies`).
    static let eventKinds: LexiconTagKinds = [.visitAttendance, .event, .accompaniment]
    /// Every sentence the extractor reads.
    static let readKinds = sentenceKinds.union(eventKinds)

    package init(knowledge: Knowledge, options: StepOptions) throws(ConfigurationError) {
        self.init(knowledge: knowledge)
    }

    /// Sentences after "the Kazakh delegation ..." within which people of no named country
    /// ("some 80 officials from the country's provinces") are that delegation's.
    static let groupReach = 2

    /// A row that says no more than a nationality: no size, no kind of people.
    static func isBareNationality(_ row: DelegationRow) -> Bool {
        row.size == nil && row.category == .other && !row.fromCountry.isEmpty
    }

    package func extract(_ work: inout ArticleWork) {
        var lastGroup: (country: String, sentence: Int)?
        for analysis in work.context.analyses where !analysis.tagKinds.isDisjoint(with: Self.readKinds) {
            let index = analysis.sentence.index
            if !analysis.tagKinds.isDisjoint(with: Self.eventKinds), analysis.tagKinds.contains(.indicator) {
                let quantities = work.quantities(of: index)
                for var fact in eventCompanies(analysis, context: work.context, quantities: quantities, visit: work.visitCountries(of: index),
                                               claimed: &work.claimed[index]) {
                    fact.visitIndex = work.visitAtSentence[index]
                    work.facts.delegations.append(fact)
                }
            }
            guard !analysis.tagKinds.isDisjoint(with: Self.sentenceKinds) else { continue }
            defer { if let country = groupNationality(analysis) { lastGroup = (country, index) } }
            let earlierGroup = lastGroup.flatMap { index - $0.sentence <= Self.groupReach ? $0.country : nil }
            let quantities = work.quantities(of: index)
            // People need a number unless they accompany the visitor or attend an event; a group
            // noun ("a business delegation") does not.
            guard !quantities.isEmpty || !analysis.tagKinds.isDisjoint(with: [.delegationGroup, .accompaniment])
                    || analysis.tagKinds.isSuperset(of: [.visitAttendance, .event]) else { continue }
            for var fact in facts(in: analysis, context: work.context, quantities: quantities, visit: work.visitCountries(of: index), continuesGroup: earlierGroup != nil) {
                fact.visitIndex = work.visitAtSentence[index]
                if fact.row.fromCountry.isEmpty, let earlierGroup { fact.row.fromCountry = earlierGroup }
                work.facts.delegations.append(fact)
            }
        }
        // "The Kazakh delegation is headed by ...": a delegation named only by its nationality is
        // the one another row of the article counts or kinds, or the first such mention.
        let delegations = work.facts.delegations
        work.facts.delegations = delegations.enumerated().filter { index, fact in
            // "Russian leads business delegation" ... "a delegation that includes almost 60 business
            // executives": a group without a size is the one a row of its country and kind counts.
            if fact.row.size == nil, !fact.row.fromCountry.isEmpty, delegations.contains(where: { candidate in
                candidate.row.size != nil && candidate.row.fromCountry == fact.row.fromCountry && candidate.row.category == fact.row.category
            }) { return false }
            guard Self.isBareNationality(fact.row) else { return true }
            return !delegations.enumerated().contains { other, candidate in
                candidate.row.fromCountry == fact.row.fromCountry && (!Self.isBareNationality(candidate.row) || other < index)
            }
        }.map(\.element)
        let ids = StableID.assign("d-", work.facts.delegations.map { [$0.row.sourceID, $0.row.group, $0.row.evidence] })
        for index in work.facts.delegations.indices { work.facts.delegations[index].row.delegationID = ids[index] }
    }
}
