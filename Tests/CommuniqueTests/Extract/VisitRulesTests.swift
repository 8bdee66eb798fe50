import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

/// The visits rules on sentences of our own: each case an article and the visits it must give.
@Suite struct VisitRulesTests {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var visitor: String
        var host: String
        var start: String
        var end: String = ""
        var description: String { "\(visitor)->\(host) \(start)\(end.isEmpty ? "" : "/" + end)" }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var published: String?
        var text: String
        var visits: [Expected]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "the days of the visit from later sentences", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nThe talks were held in Tashkent on Wednesday.\n\nThe two presidents opened a business forum on Thursday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06", end: "2024-03-07")]),
        Case(name: "a day in the reporting sentence stays the first day", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev arrived in Tashkent on Tuesday for a state visit.\n\nThe presidents held talks on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-05", end: "2024-03-06")]),
        Case(name: "no day anywhere: the article's date", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nThe presidents discussed trade and transport.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a day long before the article is another event", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nThe two leaders last spoke by phone on 12 January 2023.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a day after 'since' dates a period", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nTrade has grown since March 1 by a fifth.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "an old date after 'after' dates another event", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev is on a state visit to Uzbekistan, his first trip abroad after his inauguration on 20 November 2023.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "an undated report is not a visit of years ago", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev arrived in Uzbekistan for a state visit.\n\nTokayev last visited Uzbekistan in June 2021.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08"), Expected(visitor: "KZ", host: "UZ", start: "2021-06")]),
        Case(name: "a meeting in the city of a place", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev held talks in the city of Samarkand with Shavkat Mirziyoyev.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a headline's infinitive is a plan", published: "2024-03-08",
             text: "Tokayev to visit Uzbekistan next week\n\nKazakh President Kassym-Jomart Tokayev will travel to Tashkent for talks.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-11", end: "2024-03-17")]),
        Case(name: "a trigger followed by other words before any place has no host after it", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev's trip comes only days after Armenia and Azerbaijan signed a deal.",
             visits: []),
        Case(name: "the one other country before a state visit is its host", published: "2024-03-08",
             text: "Kazakhstan and Uzbekistan wrapped up Kassym-Jomart Tokayev's state visit with a pledge on water.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a meeting's place after a long naming of the other leader", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev met with the President of the Republic of Uzbekistan, Shavkat Mirziyoyev, in the city of Samarkand.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a planned visit's weekday is the next one", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev will travel to Uzbekistan on Tuesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-12")]),
        Case(name: "the place right before the trigger", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev began his China visit with talks on trade.",
             visits: [Expected(visitor: "KZ", host: "CN", start: "2024-03-08")]),
        Case(name: "the place after 'in' a few words before the trigger", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev, who was in Tashkent on a state visit, opened a business forum.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a part of a country is the country", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev toured parts of Uzbekistan.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "occupied land is no host", published: "2024-03-08",
             text: "Vladimir Putin travelled to the occupied parts of Georgia.",
             visits: []),
        Case(name: "the countries listed after 'the leaders of' visit the meeting's place", published: "2024-03-08",
             text: "The leaders of Kazakhstan, Kyrgyzstan and Tajikistan met in Tashkent on Wednesday for a summit.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06"), Expected(visitor: "KG", host: "UZ", start: "2024-03-06"),
                      Expected(visitor: "TJ", host: "UZ", start: "2024-03-06")]),
        Case(name: "leaders in attendance visit the summit the article reports", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev arrived in Tashkent on Wednesday for a summit.\n\nAmong the leaders in attendance were Emomali Rahmon and Sadyr Japarov.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06"), Expected(visitor: "TJ", host: "UZ", start: "2024-03-06"),
                      Expected(visitor: "KG", host: "UZ", start: "2024-03-06")]),
        Case(name: "a country right before a meeting noun is its topic, not its place", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev's Uzbekistan visit brings transit deals and Afghanistan talks.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a city right before a meeting noun is its place", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev joined the Tashkent talks on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "a leader welcomed by a host visits the host's country", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev received a warm welcome by President Shavkat Mirziyoyev on his arrival at the palace on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "a dateline head without a year dates the report, not the visit", published: "2024-03-08",
             text: "The leaders of two neighbours meet in the capital\n\nTASHKENT, Uzbekistan, Mar 8, (Agency): Uzbek President Shavkat Mirziyoyev welcomed Kazakh President Kassym-Jomart Tokayev to Tashkent on Wednesday, starting a state visit.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "leaders joined by 'and' who meet in a third country both visit it", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov held talks in Tashkent on Wednesday.",
             visits: [Expected(visitor: "KG", host: "UZ", start: "2024-03-06"), Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "a leader who shakes hands with the visitor at a meeting abroad visits too", published: "2024-03-08",
             text: "Kyrgyz President Sadyr Japarov shook hands with Kazakh President Kassym-Jomart Tokayev during a meeting in Tashkent on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06"), Expected(visitor: "KG", host: "UZ", start: "2024-03-06")]),
        Case(name: "the host country's own leader at the meeting is no visitor", published: "2024-03-08",
             text: "Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev held talks in Tashkent on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "a leader who landed in a city visits its country", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev landed in Tashkent on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "a leader who departed for a country visits it", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev departed for Uzbekistan on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "a leader heading to a country visits it", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev was heading to Uzbekistan on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "a leader en route to a country visits it", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev was en route to Uzbekistan on Wednesday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-06")]),
        Case(name: "the place after 'of' in a visit phrase is the visitor's, not the host", published: "2024-03-08",
             text: "The forum follows the visit of the President of Kazakhstan Kassym-Jomart Tokayev to Uzbekistan.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a place after a possessive leads to the host", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev will travel to Uzbekistan's eastern neighbour, Kyrgyzstan, next week.",
             visits: [Expected(visitor: "KZ", host: "KG", start: "2024-03-11", end: "2024-03-17")]),
        Case(name: "a visit named by its visitor alone is to the other place before it", published: "2024-03-08",
             text: "A business forum was held in Tashkent on the eve of the state visit of the President of Kazakhstan Kassym-Jomart Tokayev.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a delegation's country in the visit phrase is the visitor", published: "2024-03-08",
             text: "Uzbekistan is ready to host the visit of the delegation from Kazakhstan.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a visit with no place is to the country of the counterpart met", published: "2024-03-08",
             text: "During his visit, Kassym-Jomart Tokayev will meet his Uzbek counterpart Shavkat Mirziyoyev.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "")]),
        Case(name: "a counterpart named by a country and a title", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev met Uzbekistan's president on a regional visit.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a meeting by video is no visit to the counterpart", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev met by video link with Uzbekistan's president during a regional visit.",
             visits: []),
        Case(name: "a leader met during 'the visit' does not move the visit", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev paid a state visit to Uzbekistan.\n\nHe is expected to meet Kyrgyz President Sadyr Japarov during the visit.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a day after an end word is the visit's last, the first comes from another sentence", published: "2024-03-08",
             text: "The official visit of Kazakh President Kassym-Jomart Tokayev to Uzbekistan that will end on Friday focuses on water.\n\nTokayev arrived in the city on Thursday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-07", end: "2024-03-08")]),
        Case(name: "a meeting's place in the sentence before its participants", published: "2024-03-08",
             text: "A meeting of the Supreme Council of the two states took place at the Palace of Independence in Tashkent.\n\nKassym-Jomart Tokayev and Shavkat Mirziyoyev held a meeting in a narrow format.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a meeting's place does not reach past the next sentence", published: "2024-03-08",
             text: "A meeting of the Supreme Council of the two states took place in Tashkent.\n\nThe agenda was long.\n\nKassym-Jomart Tokayev and Shavkat Mirziyoyev held a meeting in a narrow format.",
             visits: []),
        Case(name: "a place after 'after' belongs to another event", published: "2024-03-08",
             text: "The trip comes after Kyrgyzstan and Tajikistan signed a border deal.",
             visits: []),
        Case(name: "a country's adjective and 'leader' name its head of state", published: "2024-03-08",
             text: "The Kazakh leader was visiting Uzbekistan on Friday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a host named before an aside and guests listed with their titles", published: "2024-03-08",
             text: "Shavkat Mirziyoyev, along with his wife Ziroat Mirziyoyeva, welcomed Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and other guests in Samarkand.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08"), Expected(visitor: "KG", host: "UZ", start: "2024-03-08"),
                      Expected(visitor: "TJ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a plan inside the days of a held visit is part of it", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev arrived in Tashkent on Friday for a state visit.\n\nThe Kazakh President is scheduled to hold talks on Friday with Shavkat Mirziyoyev in Tashkent.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a person in no office at the time is no participant", published: "2024-03-08",
             text: "The summit in Samarkand was attended by Kassym-Jomart Tokayev and Antonio Guterres.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "talks with no place are where the story was filed", published: "2024-03-08",
             text: "TASHKENT, March 8 (Reuters) - Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev on Friday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "'to pay an official visit' is a plan", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev is to pay an official visit to Uzbekistan on March 20.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-20")]),
        Case(name: "a date after 'since' behind the trigger dates another event", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev arrived in Tashkent on his first trip since being re-elected last week.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a date inside a quotation does not date a visit outside it", published: "2024-03-08",
             text: "\"Trade grew over the past year,\" Shavkat Mirziyoyev said to Kassym-Jomart Tokayev, who arrived in Tashkent on a state visit.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "every leader a plan to attend names is a visitor of the summit, on the summit's day", published: "2024-03-08",
             text: "Uzbekistan will host a summit of Central Asian leaders in Samarkand on March 20.\n\nPresident Kassym-Jomart Tokayev of Kazakhstan, President Sadyr Japarov of Kyrgyzstan and President Emomali Rahmon of Tajikistan will attend the summit.",
             visits: [Expected(visitor: "TJ", host: "UZ", start: "2024-03-20"), Expected(visitor: "KG", host: "UZ", start: "2024-03-20"),
                      Expected(visitor: "KZ", host: "UZ", start: "2024-03-20")]),
        Case(name: "a delegation that travels is no visit of the article's leader", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev spoke about trade with Uzbekistan.\n\nIn March, a delegation of Kazakh manufacturers arrived in Tashkent.",
             visits: []),
        Case(name: "a place right after 'tour of' is where the trip goes", published: "2024-03-08",
             text: "Kazakh President Kassym-Jomart Tokayev conducted a two-day tour of Uzbekistan on Thursday.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-07")]),
        Case(name: "the traveller named in the talks is not the counterpart", published: "2024-03-08",
             text: "The declaration followed talks between Kazakh President Kassym-Jomart Tokayev, who arrived on a two-day visit, and Uzbek President Shavkat Mirziyoyev.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a dateline does not place a caption above it", published: "2024-03-08",
             text: "Kazakh president visits Uzbekistan\n\nKassym-Jomart Tokayev and Shavkat Mirziyoyev meet on Friday (photo: press service)\n\nASTANA (Agency) - During his state visit to Uzbekistan on Friday, Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev.\n\nAt the press conference after the talks, Kassym-Jomart Tokayev and Shavkat Mirziyoyev noted the progress.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
        Case(name: "a visit's date after a sequel word that opens the visit's own phrase", published: "2024-03-08",
             text: "The trip is a return visit following Shavkat Mirziyoyev's visit to Kazakhstan in October 2022.",
             visits: [Expected(visitor: "UZ", host: "KZ", start: "2022-10")]),
        Case(name: "'last' and a month name the latest such month before the article", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev and Shavkat Mirziyoyev met last September at a summit in Turkmenistan.",
             visits: [Expected(visitor: "UZ", host: "TM", start: "2023-09"), Expected(visitor: "KZ", host: "TM", start: "2023-09")]),
        Case(name: "the subject's adjective and title name the traveller of a trigger far after it", published: "2024-03-08",
             text: "Shavkat Mirziyoyev met guests in Tashkent.\n\nThe Kazakh leader was visiting Central Asia's most populous country after travelling to Kyrgyzstan on a tour of the region.",
             visits: [Expected(visitor: "KZ", host: "KG", start: "2024-03-08")]),
        Case(name: "the leaders of an organisation's member states are its members on the day", published: "2024-07-03",
             text: "The leaders of the SCO member states arrived in Astana for the summit.",
             visits: ["CN", "IN", "IR", "KG", "PK", "RU", "TJ", "UZ"].map { Expected(visitor: $0, host: "KZ", start: "2024-07-03") }),
        Case(name: "an event named after an organisation's heads names no participant", published: "2024-07-03",
             text: "The Summit of the Heads of State of the SCO will be held in Astana on July 4.",
             visits: []),
        Case(name: "a plan for the days right after a held visit's start is part of it", published: "2024-03-07",
             text: "Kassym-Jomart Tokayev arrived in Tashkent on March 7 for a two-day state visit.\n\nOn Friday Tokayev is due to take part in a summit of regional leaders in Tashkent.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-07", end: "2024-03-08")]),
        Case(name: "an undated earlier visit is none the article reports", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev arrived in Tashkent on March 7.\n\nHis previous visit to Kyrgyzstan was a historic one.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-07")]),
        Case(name: "'travel on to' is a movement to the place after it", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev will also travel on to meet President Sadyr Japarov in Bishkek.",
             visits: [Expected(visitor: "KZ", host: "KG", start: "")]),
        Case(name: "a weekday of the report is no day of a planned visit", published: "2024-03-11",
             text: "Uzbekistan will host a summit of Central Asian leaders in Samarkand on March 20, the foreign ministry announced on Monday.\n\nKassym-Jomart Tokayev will attend the summit.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-20")]),
        Case(name: "a hosting verb in the passive is said from the visitor's side", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev was welcomed to the capital on Thursday by Shavkat Mirziyoyev, marking the start of a state visit.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-07")]),
        Case(name: "a clause that times the visit itself dates it", published: "2024-03-08",
             text: "The three-day official visit of Kassym-Jomart Tokayev to Uzbekistan, which starts tomorrow, focuses on water.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-09")]),
        Case(name: "a word of plan earlier in the trigger's clause makes the next leg a plan", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev will spend two days in Tashkent before flying to Kyrgyzstan on March 11.",
             visits: [Expected(visitor: "KZ", host: "KG", start: "2024-03-11")]),
        Case(name: "a comma before any place ends the trigger's phrase", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev, on the eve of the Uzbek leader's visit, noted that Uzbekistan is a reliable partner.",
             visits: []),
        Case(name: "a visit after 'during' in a sentence of plans is planned", published: "2024-03-08",
             text: "Kazakhstan is expected to sign 13 agreements during Kassym-Jomart Tokayev's visit to Uzbekistan on March 12.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-12")]),
        Case(name: "a date in a clause a conjunction opens after the trigger is that clause's", published: "2024-03-08",
             text: "Kassym-Jomart Tokayev came to Uzbekistan to explore trade, because it was only $900 million last year.",
             visits: [Expected(visitor: "KZ", host: "UZ", start: "2024-03-08")]),
    ]

    /// Cases whose city, type and status matter too: "visitor->host city type start[/end] status".
    static let placedCases: [(name: String, published: String, text: String, visits: [String])] = [
        ("guests listed after a hosted event take its city, the summit's days and type", "2024-03-10",
         "Shavkat Mirziyoyev hosted a banquet in the city of Samarkand to welcome the guests of the summit.\n\nMirziyoyev welcomed Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov and other leaders, Tashkent-based media reported.\n\nThe summit is being held Sunday and Monday.",
         ["KZ->UZ Samarkand summit 2024-03-10/2024-03-11 held", "KG->UZ Samarkand summit 2024-03-10/2024-03-11 held"]),
        ("a list of participants after a colon, one leader a line", "2024-03-08",
         "Uzbekistan, under the chairmanship of President Shavkat Mirziyoyev, hosted the summit on March 7 and 8, 2024, in Samarkand.\n\nThe summit was attended by:\n\nPresident of Kazakhstan Kassym-Jomart Tokayev\n\nPresident of the Kyrgyz Republic Sadyr Japarov\n\nThe leaders discussed water and energy.",
         ["KZ->UZ Samarkand summit 2024-03-07/2024-03-08 held", "KG->UZ Samarkand summit 2024-03-07/2024-03-08 held"]),
        ("a list line that opens with a deputy's title names nobody's visit", "2024-03-08",
         "Uzbekistan, under the chairmanship of President Shavkat Mirziyoyev, hosted the summit on March 7 and 8, 2024, in Samarkand.\n\nThe summit was attended by:\n\nPresident of Kazakhstan Kassym-Jomart Tokayev\n\nDeputy Prime Minister of Kyrgyzstan Edil Baisalov\n\nThe leaders discussed water and energy.",
         ["KZ->UZ Samarkand summit 2024-03-07/2024-03-08 held"]),
        ("the next leg of a trip a word of plan governs is planned", "2024-03-08",
         "Kassym-Jomart Tokayev will spend two days in Tashkent before flying to Kyrgyzstan on March 11.",
         ["KZ->KG  - 2024-03-11 planned"]),
    ]

    @Test(arguments: placedCases.indices) func placedVisits(_ index: Int) {
        let testCase = Self.placedCases[index]
        let facts = TestSupport.extract(testCase.text + Self.english, published: testCase.published)
        let found = facts.visits.map { visit in
            "\(visit.visitorCountry)->\(visit.hostCountry) \(visit.city) \(visit.visitType?.rawValue ?? "-") "
                + (visit.dates?.start.description ?? "") + (visit.dates?.end.map { "/" + $0.description } ?? "") + " \(visit.status.rawValue)"
        }
        #expect(found == testCase.visits, "\(testCase.name)")
    }

    @Test func aMemberNamedOnlyByTitleIsTheHolderOfThatTitle() {
        let text = "The leaders of all 10 ASEAN nations arrived in New Delhi for the commemorative summit.\n\nThe first to arrive was Singapore Prime Minister Lee Hsein Loong."
        let facts = TestSupport.extract(text + Self.english, published: "2018-01-24")
        #expect(facts.visits.first { $0.visitorCountry == "SG" }?.visitor == "Lee Hsien Loong")
    }

    /// A sentence with no visit, so that a short case still reads as English.
    static let english = "\n\nThe sides discussed what they would do in the years to come and how it would be done."

    @Test(arguments: cases) func visits(_ testCase: Case) {
        let facts = TestSupport.extract(testCase.text + Self.english, published: testCase.published)
        let found = facts.visits.map { visit in
            Expected(visitor: visit.visitorCountry, host: visit.hostCountry, start: visit.dates?.start.description ?? "",
                     end: visit.dates?.end?.description ?? "")
        }
        #expect(found == testCase.visits)
    }
}
