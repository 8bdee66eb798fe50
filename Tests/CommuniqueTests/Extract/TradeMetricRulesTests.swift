import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

/// The trade metrics rules on sentences of our own: each case an article and the rows it must give.
@Suite struct TradeMetricRulesTests {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var indicator: String
        var period: String = ""
        var value: Double?
        var changePct: Double?
        var description: String { "\(indicator) \(period) \(value.map { "\($0)" } ?? "-") \(changePct.map { "\($0)%" } ?? "-")" }
    }

    typealias Case = RuleCase<Expected>

    static let cases: [Case] = [
        Case(name: "a change and a value joined by 'and' are one figure",
             text: "In 2023, trade between Kazakhstan and Uzbekistan increased by 2.5% and reached $1.8 billion.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 1_800_000_000, changePct: 2.5)]),
        Case(name: "'and' before another indicator starts another figure",
             text: "In 2023, Kazakhstan's exports to Uzbekistan grew by 10% and imports from Uzbekistan fell by 5%.",
             rows: [Expected(indicator: "exports", period: "2023", changePct: 10), Expected(indicator: "imports", period: "2023", changePct: -5)]),
        Case(name: "a figure at the end of a year is the year's",
             text: "At the end of 2024, trade between Kazakhstan and Uzbekistan stood at $4 billion.",
             rows: [Expected(indicator: "trade_turnover", period: "2024", value: 4_000_000_000)]),
        Case(name: "to increase trade to an amount is a target",
             text: "The presidents of Kazakhstan and Uzbekistan agreed to increase bilateral trade to $10 billion.",
             rows: [Expected(indicator: "trade_target", value: 10_000_000_000)]),
        Case(name: "trade that increased to an amount is a fact",
             text: "Last year trade between Kazakhstan and Uzbekistan increased to $4 billion.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 4_000_000_000)]),
        Case(name: "the earlier figure a value is compared with is a row of its own",
             text: "Trade between Kazakhstan and Uzbekistan reached $7.1 billion this year, up from last year's $6.6 billion.",
             rows: [Expected(indicator: "trade_turnover", period: "2024", value: 7_100_000_000),
                    Expected(indicator: "trade_turnover", period: "2023", value: 6_600_000_000)]),
        Case(name: "the same figure in another currency in parentheses is no second row",
             text: "In 2023, trade between Kazakhstan and Uzbekistan reached 900 billion tenge (about $2 billion).",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 900_000_000_000)]),
        Case(name: "a figure of a sentence with no date shares the period of the figure just before",
             text: "In 2023, trade between Kazakhstan and Uzbekistan grew by 8%.\n\nExports to Uzbekistan rose 5% to $1 billion.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", changePct: 8),
                    Expected(indicator: "exports", period: "2023", value: 1_000_000_000, changePct: 5)]),
        Case(name: "a figure far after the last dated one keeps no period",
             text: "In 2023, trade between Kazakhstan and Uzbekistan grew by 8%.\n\nThe leaders met.\n\nThey talked.\n\nThey dined.\n\nExports to Uzbekistan rose 5% to $1 billion.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", changePct: 8),
                    Expected(indicator: "exports", value: 1_000_000_000, changePct: 5)]),
        Case(name: "a weekday dates the report, not the figure",
             text: "Exports from Kazakhstan to Uzbekistan rose 6% in 2023, data showed on Monday.",
             rows: [Expected(indicator: "exports", period: "2023", changePct: 6)]),
        Case(name: "a trigger of another indicator right after a change claims it",
             text: "In 2023, trade between Kazakhstan and Uzbekistan neared $4 billion, with a 12% rise in exports.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 4_000_000_000),
                    Expected(indicator: "exports", period: "2023", changePct: 12)]),
        Case(name: "bare percents that go on a list of changes are changes of the same indicator",
             text: "In 2023, Kazakhstan's trade grew by 10% with Uzbekistan, 15% with Kyrgyzstan and 4% with Tajikistan, making Uzbekistan its top market for exports.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", changePct: 10),
                    Expected(indicator: "trade_turnover", period: "2023", changePct: 15),
                    Expected(indicator: "trade_turnover", period: "2023", changePct: 4)]),
    ]

    @Test(arguments: cases) func rows(_ testCase: Case) {
        let facts = TestSupport.extract(testCase.text + VisitRulesTests.english, published: "2024-03-08")
        let found = facts.metrics.map { Expected(indicator: $0.row.indicator, period: $0.row.period, value: $0.row.value, changePct: $0.row.changePct) }
        #expect(found == testCase.rows)
    }

    /// A figure's indicator and its two countries.
    struct Roles: Sendable, Equatable, CustomStringConvertible {
        var indicator: String
        var country: String
        var partner: String
        var description: String { "\(indicator) \(country)/\(partner)" }
    }

    static let roleCases: [RuleCase<Roles>] = [
        RuleCase(name: "a country in a currency's name is no party",
                 text: "Last year Malaysia's exports to Kazakhstan were valued at 2 billion U.S. dollars.",
                 rows: [Roles(indicator: "exports", country: "MY", partner: "KZ")]),
        RuleCase(name: "a place right before any currency name of the lexicon is no party",
                 text: "Last year Malaysia's exports to Kazakhstan were valued at 30 billion Russian roubles.",
                 rows: [Roles(indicator: "exports", country: "MY", partner: "KZ")]),
        RuleCase(name: "a bloc of member countries is a party, and its unnamed side is the article's country",
                 text: "Kazakhstan and Uzbekistan signed a deal in Astana. Kazakhstan's president spoke in Astana. Last year exports to the EU rose 4%.",
                 rows: [Roles(indicator: "exports", country: "KZ", partner: "EU")]),
        RuleCase(name: "a later 'trade with' in a sentence keeps the earlier possessive side",
                 text: "Last year Kazakhstan's trade with Uzbekistan rose 9%, while trade with Kyrgyzstan fell 2%.",
                 rows: [Roles(indicator: "trade_turnover", country: "KZ", partner: "UZ"),
                        Roles(indicator: "trade_turnover", country: "KG", partner: "KZ")]),
        RuleCase(name: "a place right before an import verb is the importer",
                 text: "Last year Uzbekistan imported $2 billion worth of goods from Kazakhstan.",
                 rows: [Roles(indicator: "imports", country: "UZ", partner: "KZ")]),
        RuleCase(name: "a figure whose clause names no country takes the previous figure's countries",
                 text: "Last year Kazakhstan's exports to Uzbekistan rose 4% to $3 billion, while imports climbed 7% to $1 billion.",
                 rows: [Roles(indicator: "exports", country: "KZ", partner: "UZ"), Roles(indicator: "imports", country: "KZ", partner: "UZ")]),
        RuleCase(name: "each figure of a list takes the place after its 'with'",
                 text: "Last year Kazakhstan's trade grew by 10% with Uzbekistan and 15% with Kyrgyzstan.",
                 rows: [Roles(indicator: "trade_turnover", country: "KZ", partner: "UZ"),
                        Roles(indicator: "trade_turnover", country: "KG", partner: "KZ")]),
    ]

    @Test(arguments: roleCases) func roles(_ testCase: RuleCase<Roles>) {
        let facts = TestSupport.extract(testCase.text + VisitRulesTests.english, published: "2024-03-08")
        let found = facts.metrics.map { Roles(indicator: $0.row.indicator, country: $0.row.country, partner: $0.row.partner) }
        #expect(found == testCase.rows)
    }
}
