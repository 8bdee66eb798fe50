import CommuniqueKnowledge

/// How often each country is a side of an article's trade figures, and where it first appears:
/// the reporter of the figures (`TradeMetricExtractor.reporter(of:)`), and of the figures outside
/// one sentence without filtering the figures again for every sentence.
struct SideTally {
    /// Sides per country code (organisations left out), over all figures.
    private var counts: [String: Int] = [:]
    /// Where each code is a side, in reading order: twice the figure's index, plus one for its partner.
    private var appearances: [String: [Int]] = [:]

    init(_ metrics: [TradeMetricFact], organisations: [String: Organisation]) {
        for (index, fact) in metrics.enumerated() {
            for (side, code) in [fact.row.country, fact.row.partner].enumerated() where !code.isEmpty && organisations[code] == nil {
                counts[code, default: 0] += 1
                appearances[code, default: []].append(2 * index + side)
            }
        }
    }

    /// The code most of the figures name (ties: the one named first), outside sentence `sentence`
    /// when one is given; `members` are that sentence's figures.
    func reporter(excluding members: [Int] = [], sentence: Int? = nil, of metrics: [TradeMetricFact]) -> String? {
        var own: [String: Int] = [:]
        for member in members {
            for code in [metrics[member].row.country, metrics[member].row.partner] where counts[code] != nil { own[code, default: 0] += 1 }
        }
        var best: (code: String, count: Int, first: Int)?
        for (code, count) in counts {
            let outside = count - (own[code] ?? 0)
            guard outside > 0, let first = appearances[code]?.first(where: { sentence == nil || metrics[$0 / 2].sentenceIndex != sentence }) else { continue }
            if let current = best, current.count > outside || current.count == outside && current.first < first { continue }
            best = (code, outside, first)
        }
        return best?.code
    }
}
