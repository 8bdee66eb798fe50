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
        Case(name: "a bare amount of billions takes the currency of the figure before it",
             text: "Trade between Kazakhstan and Uzbekistan reached a record $7.3 billion in 2023.\n\nThe trade was balanced, with 3.7 billion Kazakh exports to Uzbekistan and 3.6 billion imports from Uzbekistan.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 7_300_000_000),
                    Expected(indicator: "exports", period: "2023", value: 3_700_000_000),
                    Expected(indicator: "imports", period: "2023", value: 3_600_000_000)]),
        Case(name: "'it' in a later clause names the same indicator",
             text: "Trade between Kazakhstan and Uzbekistan reached $6.3 billion in 2023; in 2010 it was $300 million.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 6_300_000_000),
                    Expected(indicator: "trade_turnover", period: "2010", value: 300_000_000)]),
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
        Case(name: "a share of transactions is a national currency share",
             text: "Payments in tenge and sum now account for 70% of Kazakh-Uzbek transactions.",
             rows: [Expected(indicator: "national_currency_share", value: 70)]),
        Case(name: "a second share with no trigger of its own is the same indicator's",
             text: "Kazakhstan and Uzbekistan settle 35% of transactions in tenge and sum, and 20% in roubles.",
             rows: [Expected(indicator: "national_currency_share", value: 35), Expected(indicator: "national_currency_share", value: 20)]),
        Case(name: "'this' right before a change refers back to the previous sentence's figure",
             text: "Remittances from Kazakhstan to Uzbekistan reached $2 billion in 2022.\n\nIn 2023 this climbed by 5% to $2.1 billion.",
             rows: [Expected(indicator: "remittances", period: "2022", value: 2_000_000_000),
                    Expected(indicator: "remittances", period: "2023", value: 2_100_000_000, changePct: 5)]),
        Case(name: "'this' of a date refers back to nothing",
             text: "Trade between Kazakhstan and Uzbekistan reached $4 billion in 2022.\n\nThis year the new museum grew by 5%.",
             rows: [Expected(indicator: "trade_turnover", period: "2022", value: 4_000_000_000)]),
        Case(name: "a trigger after a hyphenated modifier still claims the change before it",
             text: "In 2023, trade between Kazakhstan and Uzbekistan neared $4 billion, with a 12% rise in high-tech exports.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 4_000_000_000),
                    Expected(indicator: "exports", period: "2023", changePct: 12)]),
        Case(name: "the base a change starts from is a row of its own; the change goes with the level it reaches",
             text: "Exports from Kazakhstan to Uzbekistan grew by 40% from $1 billion in 2021 to $1.4 billion in 2022.",
             rows: [Expected(indicator: "exports", period: "2022", value: 1_400_000_000, changePct: 40),
                    Expected(indicator: "exports", period: "2021", value: 1_000_000_000)]),
        Case(name: "the amount a share is taken of is no figure of its own",
             text: "Kazakh firms provided 20% of the $5 billion of investments Uzbekistan received in 2023.",
             rows: [Expected(indicator: "fdi_share", period: "2023", value: 20)]),
        Case(name: "a subheading's figure that the body repeats is the body's row only",
             text: "Kazakhstan and Uzbekistan met in Tashkent on Monday.\n\nExports top $3 billion\n\nIn 2023 Kazakhstan's exports to Uzbekistan were worth $3 billion, official data show.",
             rows: [Expected(indicator: "exports", period: "2023", value: 3_000_000_000)]),
        Case(name: "a date after 'since' dates an earlier event, not the figure",
             text: "Kazakhstan has been Uzbekistan's top partner since 2015, and trade between them reached $5 billion in 2023.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 5_000_000_000)]),
        Case(name: "a commitment of money is an investment",
             text: "Kazakh firms made a $2 billion commitment to Uzbekistan's energy sector in 2023.",
             rows: [Expected(indicator: "investment", period: "2023", value: 2_000_000_000)]),
        Case(name: "a handful of companies is no statistic",
             text: "Three large Kazakh companies opened plants in Uzbekistan in 2023.",
             rows: []),
        Case(name: "split years, and a date before a figure is farther than one after",
             text: "Trade between Kazakhstan and Uzbekistan was $2 billion in 2022/23, down from the record high of $3 billion in 2021/22.",
             rows: [Expected(indicator: "trade_turnover", period: "2022/2023", value: 2_000_000_000),
                    Expected(indicator: "trade_turnover", period: "2021/2022", value: 3_000_000_000)]),
        Case(name: "the past N months end with the article's month",
             text: "Kazakh companies invested $70 million in Uzbekistan over the past six months.",
             rows: [Expected(indicator: "investment", period: "2023-10/2024-03", value: 70_000_000)]),
        Case(name: "a change without a verb of its own goes the way of the change before it",
             text: "Trade between Kazakhstan and Uzbekistan fell by 10% in 2022 and by another 4% in 2023.",
             rows: [Expected(indicator: "trade_turnover", period: "2022", changePct: -10),
                    Expected(indicator: "trade_turnover", period: "2023", changePct: -4)]),
        Case(name: "'the previous year' counts back from the sentence's own year",
             text: "Remittances to Uzbekistan from Kazakhstan rose to $2 billion in 2022, double the $1 billion of the previous year.",
             rows: [Expected(indicator: "remittances", period: "2022", value: 2_000_000_000),
                    Expected(indicator: "remittances", period: "2021", value: 1_000_000_000)]),
        Case(name: "'a year earlier' is the year before the sentence's own year",
             text: "Trade between Kazakhstan and Uzbekistan came to $4 billion in 2023, against $3 billion a year earlier.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 4_000_000_000),
                    Expected(indicator: "trade_turnover", period: "2022", value: 3_000_000_000)]),
        Case(name: "a percent 'higher than' before is the figure's change",
             text: "Trade between Kazakhstan and Uzbekistan was $4 billion in 2023, which is 20 percent higher than in 2022.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", value: 4_000_000_000, changePct: 20)]),
        Case(name: "an indicator's sentence with a period and no figure dates the next figures",
             text: "Kazakhstan and Uzbekistan met in Tashkent on Monday.\n\nFigures for the first half of 2023 show strong exports from Kazakhstan to Uzbekistan.\n\nTrade between Kazakhstan and Uzbekistan neared $5 billion.",
             rows: [Expected(indicator: "trade_turnover", period: "2023-01/2023-06", value: 5_000_000_000)]),
        Case(name: "a date that opens a new clause dates that clause's figure",
             text: "In 2022 trade between Kazakhstan and Uzbekistan grew 10% to $3 billion, and in January-June 2023 it exceeded the level of the same period of 2022 by 12%.",
             rows: [Expected(indicator: "trade_turnover", period: "2022", value: 3_000_000_000, changePct: 10),
                    Expected(indicator: "trade_turnover", period: "2023-01/2023-06", changePct: 12)]),
        Case(name: "a list of changes may give each its date",
             text: "Exports from Kazakhstan to Uzbekistan rose 3% in 2022 and 5% in 2023.",
             rows: [Expected(indicator: "exports", period: "2022", changePct: 3), Expected(indicator: "exports", period: "2023", changePct: 5)]),
        Case(name: "the change of a noun that names no indicator is no figure",
             text: "Trade between Kazakhstan and Uzbekistan grew by 12% in 2021 despite a fall in cotton prices by 5%.",
             rows: [Expected(indicator: "trade_turnover", period: "2021", changePct: 12)]),
        Case(name: "the change of an indicator said as 'an increase in trade by' is a figure",
             text: "In 2023 the leaders noted an increase in trade between Kazakhstan and Uzbekistan by 5%.",
             rows: [Expected(indicator: "trade_turnover", period: "2023", changePct: 5)]),
        Case(name: "a date after 'since' in a sentence with no figure dates nothing",
             text: "Kazakhstan and Uzbekistan met in Tashkent on Monday.\n\nTrade between Kazakhstan and Uzbekistan has grown since 2015.\n\nExports from Kazakhstan to Uzbekistan reached $3 billion.",
             rows: [Expected(indicator: "exports", value: 3_000_000_000)]),
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
        RuleCase(name: "a place in a later clause with its own trade figure trades with the possessive side",
                 text: "China was Kazakhstan's biggest trade partner in 2023 with trade of $30 billion, while Russia came in second with trade turnover of $27 billion.",
                 rows: [Roles(indicator: "trade_turnover", country: "CN", partner: "KZ"), Roles(indicator: "trade_turnover", country: "KZ", partner: "RU")]),
        RuleCase(name: "partners ranked after a figure, each with its amount in brackets",
                 text: "Trade between Kazakhstan and Russia reached $27 billion in 2023.\n\nThey are followed by China ($20 billion) and Uzbekistan ($4 billion).",
                 rows: [Roles(indicator: "trade_turnover", country: "KZ", partner: "RU"), Roles(indicator: "trade_turnover", country: "CN", partner: "KZ"),
                        Roles(indicator: "trade_turnover", country: "KZ", partner: "UZ")]),
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
        RuleCase(name: "a directed figure whose sentence names one country of the pair puts it first",
                 text: "Kazakhstan and Uzbekistan signed a deal in Astana.\n\nSales abroad matter for Kazakhstan, whose exports grew 12% in 2023.",
                 rows: [Roles(indicator: "exports", country: "KZ", partner: "UZ")]),
        RuleCase(name: "a sentence that names no country takes the countries of the figure just before, facing the article's way",
                 text: "Kazakhstan's exports to Uzbekistan rose 4% in 2022.\n\nImports came to $1 billion in 2023.",
                 rows: [Roles(indicator: "exports", country: "KZ", partner: "UZ"), Roles(indicator: "imports", country: "KZ", partner: "UZ")]),
        RuleCase(name: "a directed indicator named again with no place near it keeps the sentence's earlier sides",
                 text: "Uzbekistan wants to attract $1 billion in Kazakh investments next year to add to existing investments of about $3 billion.",
                 rows: [Roles(indicator: "investment", country: "UZ", partner: "KZ"), Roles(indicator: "investment", country: "UZ", partner: "KZ")]),
        RuleCase(name: "a directed indicator named again with only its second side keeps the first",
                 text: "Last year Kazakhstan's exports to China rose 5% and exports to India grew 3%.",
                 rows: [Roles(indicator: "exports", country: "KZ", partner: "CN"), Roles(indicator: "exports", country: "KZ", partner: "IN")]),
    ]

    @Test(arguments: roleCases) func roles(_ testCase: RuleCase<Roles>) {
        let facts = TestSupport.extract(testCase.text + VisitRulesTests.english, published: "2024-03-08")
        let found = facts.metrics.map { Roles(indicator: $0.row.indicator, country: $0.row.country, partner: $0.row.partner) }
        #expect(found == testCase.rows)
    }
}
