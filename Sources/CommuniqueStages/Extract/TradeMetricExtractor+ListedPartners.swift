import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// Partners listed one figure each: "Trade with Singapore increased by 22.5 per cent (RM11.16
/// billion), Vietnam by 14.5 per cent (RM2.36 billion) and Laos by 72.4 per cent (RM4.3 million)".
extension TradeMetricExtractor {
    /// Figures a sentence must give before its countries are read as a list of partners.
    static let listedPartnersMinimum = 3

    /// A sentence with three figures or more, each an amount with exactly one country named
    /// between it and the figure before it (no leader, adjective or possessive), all different
    /// and none the article's reporter (the country most of its other figures name): each figure
    /// is the reporter's with its own country.
    func listedPartners(_ work: inout ArticleWork) {
        let metrics = work.facts.metrics
        let bySentence = Dictionary(grouping: metrics.indices) { metrics[$0].sentenceIndex }
        // The sides of every figure, counted once for the article: a sentence's reporter is read
        // from them minus the sentence's own, so the cost stays linear in the figures.
        let tally = SideTally(metrics, organisations: knowledge.organisations)
        for (index, members) in bySentence.sorted(by: { $0.key < $1.key }) where members.count >= Self.listedPartnersMinimum {
            let analysis = work.context.analyses[index]
            let quantities = work.quantities(of: index)
            var positions: [(member: Int, token: Int)] = []
            for member in members {
                guard let value = metrics[member].row.value, let quantity = quantities.first(where: { quantity in
                    if case .currency(let code) = quantity.unit { return code == metrics[member].row.unit && quantity.value == value }
                    return false
                }) else { break }
                positions.append((member, analysis.sentence.tokenIndex(atByte: quantity.range.lowerBound)))
            }
            guard positions.count == members.count, Set(positions.map(\.token)).count == positions.count else { continue }
            positions.sort { $0.token < $1.token }
            let mentions = CountryMention.all(in: analysis, knowledge: knowledge).filter { !$0.isLeader && !$0.isAdjective && !$0.isPossessive }
            var start = 0
            var partners: [String] = []
            for position in positions {
                let own = mentions.filter { $0.token >= start && $0.tokenEnd <= position.token }
                guard own.count == 1 else { break }
                partners.append(own[0].code)
                start = position.token + 1
            }
            guard partners.count == positions.count, Set(partners).count == partners.count,
                  let reporter = tally.reporter(excluding: members, sentence: index, of: metrics), !partners.contains(reporter) else { continue }
            for (slot, position) in positions.enumerated() {
                var row = work.facts.metrics[position.member].row
                let roles = knowledge.lexicon.indicators[row.indicator]?.roles ?? .symmetric
                (row.country, row.partner) = Self.ordered((reporter, partners[slot]), roles: roles, pair: work.context.pair)
                work.facts.metrics[position.member].row = row
            }
        }
    }
}
