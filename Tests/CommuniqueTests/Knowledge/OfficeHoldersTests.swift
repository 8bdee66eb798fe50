import Testing
@testable import CommuniqueCore
@testable import CommuniqueKnowledge

/// Office holders on given days, against the shipped leaders file: handovers (the day before and
/// the day of), acting terms, interregna, offices that never lead a country, and joint heads.
@Suite struct OfficeHoldersTests {
    static let cases: [OfficeHolderCase] = [
        // Russia: an acting term, handovers, a one-day acting prime minister.
        .init("RU", .headOfState, "1999-12-31", ["Vladimir Putin"], acting: true),
        .init("RU", .headOfState, "2008-05-06", ["Vladimir Putin"], acting: false),
        .init("RU", .headOfState, "2008-05-07", ["Dmitry Medvedev"]),
        .init("RU", .headOfState, "2012-05-07", ["Vladimir Putin"]),
        .init("RU", .headOfGovernment, "2012-05-07", ["Viktor Zubkov"], acting: true),
        .init("RU", .headOfGovernment, "2012-05-08", ["Dmitry Medvedev"]),
        .init("RU", .other, "2010-06-01", ["Sergey Lavrov"]),
        // Kazakhstan: the chairman of the Security Council is not a second head of state.
        .init("KZ", .headOfState, "2019-03-19", ["Nursultan Nazarbayev"]),
        .init("KZ", .headOfState, "2019-03-20", ["Kassym-Jomart Tokayev"]),
        .init("KZ", .headOfState, "2020-06-01", ["Kassym-Jomart Tokayev"]),
        .init("KZ", .other, "2020-06-01", ["Mukhtar Tleuberdi", "Nursultan Nazarbayev"]),
        .init("KZ", .headOfGovernment, "2022-01-07", ["Alikhan Smailov"], acting: true),
        // Uzbekistan: no head of state between Karimov's death and the acting president.
        .init("UZ", .headOfState, "2016-09-01", ["Islam Karimov"]),
        .init("UZ", .headOfState, "2016-09-05", []),
        .init("UZ", .headOfState, "2016-10-01", ["Shavkat Mirziyoyev"], acting: true),
        .init("UZ", .headOfState, "2016-12-14", ["Shavkat Mirziyoyev"], acting: false),
        // Kyrgyzstan.
        .init("KG", .headOfState, "2010-05-01", ["Roza Otunbayeva"], acting: true),
        .init("KG", .headOfState, "2021-01-27", ["Talant Mamytov"], acting: true),
        .init("KG", .headOfState, "2021-01-28", ["Sadyr Japarov"], acting: false),
        // Turkmenistan: the former president chairs the people's council, an office of its own.
        .init("TM", .headOfState, "2022-03-18", ["Gurbanguly Berdimuhamedov"]),
        .init("TM", .headOfState, "2022-03-19", ["Serdar Berdimuhamedov"]),
        .init("TM", .headOfState, "2023-06-01", ["Serdar Berdimuhamedov"]),
        .init("TM", .other, "2023-06-01", ["Gurbanguly Berdimuhamedov"]),
        // Vietnam: the party's general secretary is never the head of state.
        .init("VN", .headOfState, "2024-05-21", ["Vo Thi Anh Xuan"], acting: true),
        .init("VN", .headOfState, "2024-06-20", ["To Lam"]),
        .init("VN", .other, "2024-06-20", ["Nguyen Phu Trong"]),
        .init("VN", .headOfState, "2024-10-21", ["Luong Cuong"]),
        // China: general secretary before president.
        .init("CN", .headOfState, "2013-01-01", ["Hu Jintao"]),
        .init("CN", .headOfState, "2013-03-14", ["Xi Jinping"]),
        .init("CN", .headOfGovernment, "2023-03-10", ["Li Keqiang"]),
        .init("CN", .headOfGovernment, "2023-03-11", ["Li Qiang"]),
        // United States: inauguration days.
        .init("US", .headOfState, "2009-01-19", ["George W. Bush"]),
        .init("US", .headOfState, "2009-01-20", ["Barack Obama"]),
        .init("US", .headOfState, "2025-01-20", ["Donald Trump"]),
        // United Kingdom; the King's other realms are hosted by their prime ministers.
        .init("GB", .headOfState, "2022-09-07", ["Elizabeth II"]),
        .init("GB", .headOfState, "2022-09-08", ["Charles III"]),
        .init("GB", .headOfGovernment, "2022-10-24", ["Liz Truss"]),
        .init("GB", .headOfGovernment, "2022-10-25", ["Rishi Sunak"]),
        .init("AU", .headOfState, "2023-01-01", []),
        // Germany.
        .init("DE", .headOfState, "2012-03-01", ["Horst Seehofer"], acting: true),
        .init("DE", .headOfGovernment, "2021-12-07", ["Angela Merkel"]),
        .init("DE", .headOfGovernment, "2021-12-08", ["Olaf Scholz"]),
        // Japan.
        .init("JP", .headOfState, "2019-04-30", ["Akihito"]),
        .init("JP", .headOfState, "2019-05-01", ["Naruhito"]),
        .init("JP", .headOfGovernment, "2020-09-16", ["Yoshihide Suga"]),
        // India.
        .init("IN", .headOfState, "2017-07-25", ["Ram Nath Kovind"]),
        .init("IN", .headOfGovernment, "2014-05-25", ["Manmohan Singh"]),
        .init("IN", .headOfGovernment, "2014-05-26", ["Narendra Modi"]),
        // Saudi Arabia: the king was also prime minister until the crown prince took that office.
        .init("SA", .headOfGovernment, "2022-09-26", ["Salman bin Abdulaziz Al Saud"]),
        .init("SA", .headOfGovernment, "2022-09-27", ["Mohammed bin Salman"]),
        .init("SA", .headOfState, "2022-09-27", ["Salman bin Abdulaziz Al Saud"]),
        .init("SA", .other, "2020-01-01", ["Mohammed bin Salman"]),
        // South Korea: acting presidents after the impeachment.
        .init("KR", .headOfState, "2024-12-14", ["Han Duck-soo"], acting: true),
        .init("KR", .headOfState, "2025-06-04", ["Lee Jae-myung"], acting: false),
        // Turkey: prime minister, then president on the same day.
        .init("TR", .headOfGovernment, "2014-08-27", ["Recep Tayyip Erdogan"]),
        .init("TR", .headOfState, "2014-08-28", ["Recep Tayyip Erdogan"]),
        .init("TR", .headOfGovernment, "2014-08-28", ["Ahmet Davutoglu"]),
        // Armenia.
        .init("AM", .headOfGovernment, "2018-04-20", ["Serzh Sargsyan"]),
        .init("AM", .headOfGovernment, "2018-05-08", ["Nikol Pashinyan"]),
        // Bosnia and Herzegovina: a presidency of three, declared joint heads in countries.csv.
        .init("BA", .headOfState, "2020-01-01", ["Milorad Dodik", "Sefik Dzaferovic", "Zeljko Komsic"]),
        .init("BA", .headOfState, "2022-11-16", ["Denis Becirovic", "Zeljka Cvijanovic", "Zeljko Komsic"]),
        // Guinea: an interim president, then the elected one.
        .init("GN", .headOfState, "2025-01-01", ["Mamady Doumbouya"], acting: true),
        .init("GN", .headOfState, "2026-01-17", ["Mamady Doumbouya"], acting: false),
    ]

    @Test(arguments: cases)
    func holders(_ expected: OfficeHolderCase) throws {
        let knowledge = TestSupport.knowledge
        let day = try #require(PartialDate(iso: expected.day))
        let holders = knowledge.leaders(of: expected.country, during: DateSpan(start: day), office: expected.office)
        #expect(holders.map { knowledge.leaders[$0].name }.sorted() == expected.holders)
        if let acting = expected.acting, holders.count == 1 {
            let terms = knowledge.leaders[holders[0]].terms.filter {
                $0.country == expected.country && $0.office == expected.office && $0.covers(DateSpan(start: day))
            }
            #expect(terms.map(\.acting) == [acting])
        }
    }

    @Test func casesCoverEnoughCountries() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.country)).count >= 15)
    }

    @Test func theEndOfATermIsTheFirstDayOutOfOffice() throws {
        let term = LeaderTerm(country: "KZ", office: .headOfState, role: .president,
                              start: try #require(PartialDate(iso: "1990-04-24")), end: PartialDate(iso: "2019-03-20"))
        #expect(term.covers(DateSpan(start: PartialDate(year: 2019, month: 3, day: 19))))
        #expect(!term.covers(DateSpan(start: PartialDate(year: 2019, month: 3, day: 20))))
        #expect(term.covers(DateSpan(start: PartialDate(year: 2019, month: 3))))
        #expect(!term.covers(DateSpan(start: PartialDate(year: 2019, month: 4))))
        #expect(term.lastDay == PartialDate(year: 2019, month: 3, day: 19))
        #expect(term.covers(DateSpan(start: PartialDate(year: 1989), end: PartialDate(year: 1990, month: 4, day: 24))))
        #expect(!term.covers(DateSpan(start: PartialDate(year: 1989), end: PartialDate(year: 1990, month: 4, day: 23))))
    }
}
