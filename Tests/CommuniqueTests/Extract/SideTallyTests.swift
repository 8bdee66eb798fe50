import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

/// The tally reads the same reporter as `TradeMetricExtractor.reporter(of:)` on the figures
/// outside a sentence, for every sentence of generated articles.
@Suite struct SideTallyTests {
    static func fact(_ country: String, _ partner: String, sentence: Int) -> TradeMetricFact {
        var row = TradeMetricRow()
        (row.country, row.partner) = (country, partner)
        return TradeMetricFact(row: row, sentenceIndex: sentence, rule: "")
    }

    @Test func theReporterOutsideASentenceIsTheOneTheFilteredFiguresGive() {
        let codes = ["KZ", "UZ", "KG", "TJ", "", "ASEAN"]
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            let metrics = (0..<next(12) + 1).map { _ in Self.fact(codes[next(codes.count)], codes[next(codes.count)], sentence: next(4)) }
            let organisations = TestSupport.knowledge.organisations
            let tally = SideTally(metrics, organisations: organisations)
            for sentence in Set(metrics.map(\.sentenceIndex)) {
                let members = metrics.indices.filter { metrics[$0].sentenceIndex == sentence }
                let expected = TradeMetricExtractor.reporter(of: metrics.filter { $0.sentenceIndex != sentence }, organisations: organisations)
                #expect(tally.reporter(excluding: members, sentence: sentence, of: metrics) == expected)
            }
        }
    }
}
