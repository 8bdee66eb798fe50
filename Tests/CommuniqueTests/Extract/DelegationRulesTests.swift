import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

/// The delegations rules on sentences of our own: each case an article and the rows it must give.
@Suite struct DelegationRulesTests {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var category: String
        var size: Int?
        var fromCountry: String
        var description: String { "\(category) \(size.map(String.init) ?? "-") \(fromCountry)" }
    }

    typealias Case = RuleCase<Expected>

    static let cases: [Case] = [
        Case(name: "people counted where nothing travels, meets or gathers and no leader is named are no delegation",
             text: "About 300 soldiers are being deployed across the province to help with the fires.",
             rows: []),
        Case(name: "a leader who leads people counts them",
             text: "Kassym-Jomart Tokayev will lead more than 50 delegates to Uzbekistan next week.",
             rows: [Expected(category: "other", size: 50, fromCountry: "KZ")]),
        Case(name: "companies counted at an event are a business delegation of their country",
             text: "Kassym-Jomart Tokayev opened the exhibition in Tashkent, where Kazakhstan is represented by more than 100 companies.",
             rows: [Expected(category: "business", size: 100, fromCountry: "KZ")]),
        Case(name: "companies of no named country at an event are no delegation",
             text: "Kassym-Jomart Tokayev opened the exhibition in Tashkent, where 550 foreign companies are participating.",
             rows: []),
        Case(name: "an N-strong delegation has its size",
             text: "Heading a 120-strong delegation of business leaders, Kassym-Jomart Tokayev arrived in Tashkent.",
             rows: [Expected(category: "business", size: 120, fromCountry: "KZ")]),
        Case(name: "a size said after the group noun",
             text: "Kassym-Jomart Tokayev arrived in Tashkent. The security of the Kazakh delegation, numbering 400 people, is provided by the police.",
             rows: [Expected(category: "other", size: 400, fromCountry: "KZ")]),
        Case(name: "the delegation accompanying the visitor is the visitor's",
             text: "Kassym-Jomart Tokayev and the sizeable delegation accompanying him landed in Tashkent on Friday night.",
             rows: [Expected(category: "other", fromCountry: "KZ")]),
        Case(name: "nationalities and a kind word between the number and the people",
             text: "Kassym-Jomart Tokayev spoke at a forum in Tashkent attended by some 450 Kazakh and Uzbek business executives.",
             rows: [Expected(category: "business", size: 450, fromCountry: "KZ;UZ")]),
        Case(name: "a number counts the first of two coordinated people nouns only",
             text: "Kassym-Jomart Tokayev will be accompanied to Tashkent by a delegation including five ministers and senior officials.",
             rows: [Expected(category: "government", size: 5, fromCountry: "KZ")]),
        Case(name: "a delegation 'including' people of a category",
             text: "Kassym-Jomart Tokayev will travel to Tashkent with a delegation including ministers and governors.",
             rows: [Expected(category: "government", fromCountry: "KZ")]),
        Case(name: "an N-member delegation has its size and the kind before it",
             text: "Kazakh President Kassym-Jomart Tokayev arrived in Tashkent with a 150-member business delegation.",
             rows: [Expected(category: "business", size: 150, fromCountry: "KZ")]),
        Case(name: "a delegation of people of a category, without a number",
             text: "A delegation of Kazakh businessmen will travel to Uzbekistan next week.",
             rows: [Expected(category: "business", fromCountry: "KZ")]),
        Case(name: "a bare delegation is no row",
             text: "The delegation held talks in Tashkent with Uzbekistan's ministers.",
             rows: []),
        Case(name: "a delegation named by its nationality is a row without a kind, once per article",
             text: "The Kazakh delegation held talks in Tashkent with Uzbekistan's ministers. The Kazakh delegation then left for Samarkand.",
             rows: [Expected(category: "other", fromCountry: "KZ")]),
        Case(name: "a nationality-only mention is the delegation another row counts",
             text: "A 40-member Kazakh business delegation arrived in Tashkent. The Kazakh delegation is headed by a deputy prime minister.",
             rows: [Expected(category: "business", size: 40, fromCountry: "KZ")]),
        Case(name: "kinds among other modifiers before the group noun",
             text: "Kassym-Jomart Tokayev has brought a large trade and finance delegation to Tashkent.",
             rows: [Expected(category: "business", fromCountry: "KZ")]),
        Case(name: "a modifier between 'delegation of' and its people",
             text: "Kassym-Jomart Tokayev arrived in Tashkent along with a delegation of high-ranking Kazakh officials.",
             rows: [Expected(category: "government", fromCountry: "KZ")]),
        Case(name: "a delegation made up of people of a category",
             text: "Kazakh President Kassym-Jomart Tokayev arrived in Tashkent with a delegation made up of businessmen, governors and senators.",
             rows: [Expected(category: "business", fromCountry: "KZ")]),
        Case(name: "a country's possessive before the group noun",
             text: "Uzbekistan's delegation held talks in Astana with Kazakh ministers.",
             rows: [Expected(category: "other", fromCountry: "UZ")]),
        Case(name: "a contingent with a kind word is a group",
             text: "A military contingent from the Kazakh army will take part in the parade in Tashkent.",
             rows: [Expected(category: "military", fromCountry: "KZ")]),
        Case(name: "people accompanying the visitor, said as an adjective",
             text: "Kazakh President Kassym-Jomart Tokayev met in Tashkent with accompanying business representatives.",
             rows: [Expected(category: "business", fromCountry: "KZ")]),
        Case(name: "office holders named after an accompaniment phrase are a government delegation",
             text: "During his visit to Uzbekistan, Kazakh President Kassym-Jomart Tokayev is accompanied by Foreign Minister Murat Nurtleu and the head of the railways.",
             rows: [Expected(category: "government", fromCountry: "KZ")]),
        Case(name: "people of both countries come from the article's two countries",
             text: "The forum of Kazakhstan and Uzbekistan brought together over 600 representatives of both countries.",
             rows: [Expected(category: "other", size: 600, fromCountry: "KZ;UZ")]),
        Case(name: "people accompanying the visitor are a group without a size",
             text: "Kazakh President Kassym-Jomart Tokayev will visit Uzbekistan. He will be accompanied by cabinet ministers and business leaders.",
             rows: [Expected(category: "government", fromCountry: "KZ")]),
        Case(name: "the heads of a counted number of institutions are that many",
             text: "Kazakh President Kassym-Jomart Tokayev met in Tashkent the rectors of more than 120 universities.",
             rows: [Expected(category: "education", size: 120, fromCountry: "KZ")]),
        Case(name: "the heads 'of the two countries' are no number",
             text: "Kassym-Jomart Tokayev met in Tashkent business leaders of the two countries.",
             rows: []),
        Case(name: "the people's own nationality beats a later 'between the two countries'",
             text: "A delegation of Kazakh scientists went to Tashkent for talks on research links between both countries.",
             rows: [Expected(category: "education", fromCountry: "KZ")]),
        Case(name: "people a leader brings come from the leader's country",
             text: "President Kassym-Jomart Tokayev is bringing 40 executives to Tashkent.",
             rows: [Expected(category: "business", size: 40, fromCountry: "KZ")]),
        Case(name: "people of no named country after a delegation of a nationality are that delegation's",
             text: "The Kazakh delegation arrived on Monday.\n\nIt includes some 80 officials from the country's provinces.",
             rows: [Expected(category: "government", size: 80, fromCountry: "KZ")]),
        Case(name: "'of the two countries' at the end of a list with commas still names both",
             text: "Kazakhstan and Uzbekistan held a fair in Tashkent.\n\nOver 500 experts from ministries, universities, banks and firms of both countries attended the fair.",
             rows: [Expected(category: "other", size: 500, fromCountry: "KZ;UZ")]),
        Case(name: "people travelling with a leader are a group without a size",
             text: "Kazakh bankers visiting Tashkent with President Kassym-Jomart Tokayev signed several contracts.",
             rows: [Expected(category: "business", fromCountry: "KZ")]),
        Case(name: "people travelling with others than a leader are no group",
             text: "Kazakh bankers visiting Tashkent with their families signed several contracts.",
             rows: []),
        Case(name: "people from two countries joined by 'and' come from both",
             text: "More than 200 scientists from universities of Kazakhstan and the Kyrgyz Republic attended the forum.",
             rows: [Expected(category: "education", size: 200, fromCountry: "KG;KZ")]),
    ]

    @Test(arguments: cases) func rows(_ testCase: Case) {
        let facts = TestSupport.extract(testCase.text + VisitRulesTests.english, published: "2024-03-08")
        let found = facts.delegations.map { Expected(category: $0.row.category?.rawValue ?? "", size: $0.row.size, fromCountry: $0.row.fromCountry) }
        #expect(found == testCase.rows)
    }
}
