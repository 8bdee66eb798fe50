import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

/// The agreements rules on sentences of our own: each case an article and the rows it must give.
@Suite struct AgreementRulesTests {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var docType: String
        var count: Int?
        var countQualifier: String = ""
        var status: String
        var parties: [String]
        var description: String { "\(docType) \(count.map(String.init) ?? "-") \(countQualifier) \(status) \(parties.joined(separator: ";"))" }
    }

    typealias Case = RuleCase<Expected>

    static let cases: [Case] = [
        Case(name: "a topic word between the count and the noun",
             text: "Kazakhstan and Uzbekistan signed 34 investment agreements.",
             rows: [Expected(docType: "package", count: 34, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "documents to be exchanged are planned, whatever word describes them",
             text: "Kazakhstan and Uzbekistan will exchange around 15 inked documents.",
             rows: [Expected(docType: "package", count: 15, countQualifier: "about", status: "planned", parties: ["KZ", "UZ"])]),
        Case(name: "agreements struck are signed",
             text: "Kazakhstan and Uzbekistan struck nearly 40 cooperation agreements.",
             rows: [Expected(docType: "package", count: 40, countQualifier: "nearly", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a currency's country is no party",
             text: "Kazakhstan and Uzbekistan signed 13 agreements worth 5 billion U.S. dollars.",
             rows: [Expected(docType: "package", count: 13, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a signed batch without a party in its sentence belongs to the article's two countries",
             text: "Kazakhstan and Uzbekistan held a forum of regions in Tashkent.\n\nAt the forum, 99 documents were signed.",
             rows: [Expected(docType: "package", count: 99, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a tally of years of relations is no document of the news",
             text: "Kazakhstan and Uzbekistan signed a joint statement.\n\nOver a quarter of a century, Kazakhstan and Uzbekistan have signed 100 agreements.",
             rows: [Expected(docType: "joint_statement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a batch named twice is one row with both parties",
             text: "Kazakhstan and Uzbekistan signed 18 memorandums of understanding.\n\nOfficials in Uzbekistan said 18 memorandums were signed on energy and transport.",
             rows: [Expected(docType: "package", count: 18, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a programme of cooperation is an agreement",
             text: "Kazakhstan and Uzbekistan signed a programme of cooperation in the field of defence.",
             rows: [Expected(docType: "agreement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a short aside in parentheses does not cut the status off",
             text: "Kazakhstan and Uzbekistan said 19 memoranda of understanding (MoUs) were signed in Tashkent.",
             rows: [Expected(docType: "package", count: 19, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "documents whose signing leaders are expected to witness are planned",
             text: "The presidents of Kazakhstan and Uzbekistan are expected to witness the signing of a series of cooperation documents.",
             rows: [Expected(docType: "package", status: "planned", parties: ["KZ", "UZ"])]),
        Case(name: "documents with no status of their own beside a tally of the past are that past",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nThe President of Kazakhstan stressed that over the years of cooperation, 60 agreements were signed in various fields, the key ones being the Treaty of Friendship and the Treaty on Alliance.",
             rows: []),
        Case(name: "a quotation mark between the determiner and a generic noun keeps it definite",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nKazakhstan and Uzbekistan signed 12 agreements.\n\nA minister said the \"agreements on energy and trade were good for both sides\".",
             rows: [Expected(docType: "package", count: 12, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a determiner before the verb does not make the documents after it definite",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nThe parties signed intergovernmental agreements on customs and transit.",
             rows: [Expected(docType: "agreement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "documents right after a verb of seeking, with no status, are a goal",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan, with the aim of securing agreements for investment and energy.",
             rows: []),
        Case(name: "a document whose only party is an institution without member countries is none",
             text: "Kazakhstan and Uzbekistan met. The charter, a treaty binding IMF lenders, was ratified long ago.",
             rows: []),
        Case(name: "a document after a framing preposition is the frame of the news, not news",
             text: "Kazakhstan and Uzbekistan said farm exports grew under the revised protocol of their free trade area.",
             rows: []),
        Case(name: "a framing preposition before a document of the news is not counted for a later document",
             text: "Trade grew under the old treaty. Kazakhstan and Uzbekistan signed a new agreement on transit.",
             rows: [Expected(docType: "agreement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a document noun between a plural document noun and 'with' is a verb",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nKazakhstan and Uzbekistan signed documents on transit. Other signed papers deal with customs procedures.",
             rows: [Expected(docType: "package", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a noun 'deal with' after a modifier is a document",
             text: "Kazakhstan signed a transit deal with Uzbekistan.",
             rows: [Expected(docType: "agreement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a counted set named again with a definite determiner is no new row",
             text: "Kazakhstan and Uzbekistan signed 12 memoranda on energy.\n\nThe 12 signed memoranda cover energy, transport and culture.",
             rows: [Expected(docType: "package", count: 12, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a capitalised plural noun alone is no title: the definite MoUs refer back",
             text: "Kazakhstan and Uzbekistan signed five memoranda on energy.\n\nAfter the signing of the MoUs, the ministers met the press.",
             rows: [Expected(docType: "package", count: 5, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "an information statement is a joint statement",
             text: "Kazakhstan and Uzbekistan signed an information statement on the summit.",
             rows: [Expected(docType: "joint_statement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a portfolio of projects signed is a package",
             text: "Kazakhstan and Uzbekistan signed a portfolio of joint projects worth $2 billion.",
             rows: [Expected(docType: "package", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "an investment portfolio with no status is no document",
             text: "Kazakhstan and Uzbekistan discussed transit. The investment portfolio of Kazakhstan in Uzbekistan is worth $2 billion.",
             rows: []),
        Case(name: "each document of a clause takes the verb that governs it",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nKazakhstan and Uzbekistan achieved agreements on water use and signed a joint statement.\n\nAgreements on sister regions were signed as well.",
             rows: [Expected(docType: "agreement", status: "agreed", parties: ["KZ", "UZ"]),
                    Expected(docType: "joint_statement", status: "signed", parties: ["KZ", "UZ"]),
                    Expected(docType: "agreement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a signing verb in the present is signed",
             text: "Kazakhstan and Uzbekistan sign joint statement",
             rows: [Expected(docType: "joint_statement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a signing verb after a word of intent is planned, and a statement needs no party in its sentence",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nTokayev will hold talks on Monday, then meet business leaders and sign a cooperation statement on Tuesday.",
             rows: [Expected(docType: "joint_statement", status: "planned", parties: ["KZ", "UZ"])]),
        Case(name: "documents that are planned are planned",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nAs a result, it is planned to adopt a package of about 30 commercial contracts.",
             rows: [Expected(docType: "package", count: 30, countQualifier: "about", status: "planned", parties: ["KZ", "UZ"])]),
        Case(name: "a joint declaration named with no status word was agreed",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nThe presidents called the partnership strategic in their joint declaration.",
             rows: [Expected(docType: "declaration", status: "agreed", parties: ["KZ", "UZ"])]),
        Case(name: "documents of the two countries are the article's pair",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nThe two countries also signed a five-year industrial development programme.",
             rows: [Expected(docType: "agreement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "uncounted documents and a counted batch of the same noun are one row",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nKazakhstan and Uzbekistan struck agreements on energy and transport.\n\nKazakhstan and Uzbekistan struck 25 agreements on energy and transport.",
             rows: [Expected(docType: "package", count: 25, status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a definite joint statement points back at the one planned before",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nThe presidents are expected to sign a joint statement on partnership.\n\nAfter signing the joint statement, they will meet the press.",
             rows: [Expected(docType: "joint_statement", status: "planned", parties: ["KZ", "UZ"])]),
        Case(name: "a joint statement signed in one sentence and agreed in another is one",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nTokayev, Mirziyoyev sign joint statement\n\nThe presidents agreed to expand transit in a joint statement.",
             rows: [Expected(docType: "joint_statement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a longer aside in parentheses stays inside the clause",
             text: "A memorandum on a council of akims (the heads of local bodies of executive power of both sides) of Kazakhstan and Uzbekistan was signed.",
             rows: [Expected(docType: "memorandum", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a document a dash explains is the document named after it",
             text: "Kazakhstan and Uzbekistan are signing a historic document - a treaty on allied relations.",
             rows: [Expected(docType: "agreement", status: "signed", parties: ["KZ", "UZ"])]),
        Case(name: "a singular document is an agreement",
             text: "Kazakhstan and Uzbekistan will sign a renewed document on strategic partnership.",
             rows: [Expected(docType: "agreement", status: "planned", parties: ["KZ", "UZ"])]),
        Case(name: "'more than 20' and '26' of one batch are one row",
             text: "Kazakhstan and Uzbekistan signed 26 memoranda of understanding. The two countries have signed more than 20 MoUs.",
             rows: [Expected(docType: "package", count: 26, status: "signed", parties: ["KZ", "UZ"])]),
    ]

    @Test(arguments: cases) func rows(_ testCase: Case) {
        let facts = TestSupport.extract(testCase.text + VisitRulesTests.english, published: "2024-03-08")
        let found = facts.agreements.map { fact in
            Expected(docType: fact.row.docType.rawValue, count: fact.row.count, countQualifier: fact.row.countQualifier?.rawValue ?? "",
                     status: fact.row.status?.rawValue ?? "",
                     parties: fact.row.parties.sorted())
        }
        #expect(found == testCase.rows)
    }
}
