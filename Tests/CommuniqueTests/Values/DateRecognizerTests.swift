import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueStages
@testable import CommuniqueSynth



private func d(_ span: String?, rel: Bool = false, fut: Bool = false, hab: Bool = false) -> ExpectedDate {
    ExpectedDate(span: span, relative: rel, future: fut, habitual: hab)
}

extension ValuesTests {
    @Suite("DateRecognizer")
    struct DateRecognizerTests {
        static let absoluteCases: [DateCase] = [
            DateCase("February 28, 2017", d("2017-02-28")),
            DateCase("28 February 2017", d("2017-02-28")),
            DateCase("Tuesday, 5 September 2006", dct: "2006-08-29", d("2006-09-05", fut: true)),
            DateCase("from Tuesday, 5 September 2006, to Wednesday, 6 September 2006", dct: "2006-08-29", d("2006-09-05/2006-09-06", fut: true)),
            DateCase("from 5 September 2006 until 8 September 2006", d("2006-09-05/2006-09-08")),
            DateCase("from December 21 to 23", dct: "2022-12-25", d("2022-12-21/2022-12-23", rel: true)),
            DateCase("from April 28 to 31", dct: "2022-05-25", d("2022-04-28", rel: true)),
            DateCase("on Feb. 28, 2017", d("2017-02-28")),
            DateCase("March 3rd, 2017", d("2017-03-03")),
            DateCase("the 28th of February 2017", d("2017-02-28")),
            DateCase("Feb. 26-28", dct: "2017-02-20", d("2017-02-26/2017-02-28", rel: true, fut: true)),
            DateCase("Feb. 26\u{2013}28", dct: "2017-03-01", d("2017-02-26/2017-02-28", rel: true)),
            DateCase("Feb. 26-28", d(nil, rel: true)),
            DateCase("October 12-13", dct: "2017-11", d("2017-10-12/2017-10-13", rel: true)),
            DateCase("26-28 February", dct: "2017", d("2017-02-26/2017-02-28", rel: true)),
            DateCase("Feb. 28 - March 2, 2017", d("2017-02-28/2017-03-02")),
            DateCase("in 2016", d("2016")),
            DateCase("in August 2015", d("2015-08")),
            DateCase("August, 2015", d("2015-08")),
            DateCase("April-May", dct: "2017-06-01", d("2017-04/2017-05", rel: true)),
            DateCase("in April", dct: "2017-06-01", d("2017-04", rel: true)),
            DateCase("in January-June.", dct: "2017-09-01", d("2017-01/2017-06", rel: true)),
            DateCase("from 2016 until May 2019", d("2016"), d("2019-05", fut: true)),
            DateCase("since January 2023", d("2023-01")),
            DateCase("since 1991", d("1991")),
            DateCase("by 2030", d("2030", fut: true)),
            DateCase("by 2030", dct: "2025-11-02", d("2030", fut: true)),
            DateCase("by 2016", dct: "2017-01-05", d("2016")),
            DateCase("at the end of 2024", d("2024-12")),
            DateCase("by the end of 2025", dct: "2025-03", d("2025-12", fut: true)),
            DateCase("the beginning of 2024", d("2024-01")),
            DateCase("the end of the year", dct: "2017-05-01", d("2017-12", rel: true, fut: true)),
            DateCase("the end of last year", dct: "2017-05-01", d("2016-12", rel: true)),
            DateCase("in September 2023", d("2023-09")),
            DateCase("2016-2018", d("2016/2018")),
            DateCase("2016\u{2013}18", d("2016/2018")),
            DateCase("between 2016 and 2018", d("2016/2018")),
            DateCase("from 2016 to 2018", d("2016/2018")),
            DateCase("in 2016 and 2017", d("2016"), d("2017")),
            DateCase("in 2030", dct: "2025-11", d("2030", fut: true)),
        ]

        static let relativeCases: [DateCase] = [
            DateCase("last year", dct: "2025-11", d("2024", rel: true)),
            DateCase("this year", dct: "2025-11", d("2025", rel: true)),
            DateCase("this Saturday", dct: "2011-03-18", d("2011-03-19", rel: true, fut: true)),
            DateCase("this Friday", dct: "2011-03-18", d("2011-03-18", rel: true)),
            DateCase("signed this Wednesday", dct: "2023-09-14", d("2023-09-13", rel: true)),
            DateCase("next year", dct: "2025-11", d("2026", rel: true, fut: true)),
            DateCase("last year", d(nil, rel: true)),
            DateCase("the first nine months of this year", dct: "2025-11-02", d("2025-01/2025-09", rel: true)),
            DateCase("the first nine months of 2024", d("2024-01/2024-09")),
            // A period named by its last month, as statistics offices write it.
            DateCase("in the year ended March 2018", d("2017-04/2018-03")),
            DateCase("for the fiscal year to June 30, 2019", d("2018-07/2019-06")),
            DateCase("in the March 2018 year", d("2017-04/2018-03")),
            DateCase("in the five months to August 21", dct: "2024-09-10", d("2024-04/2024-08", rel: true)),
            DateCase("in the 12 months ending November", dct: "2024-09-10", d("2022-12/2023-11", rel: true)),
            DateCase("in the year to March", d(nil, rel: true)),
            DateCase("January-August this year", dct: "2025-11", d("2025-01/2025-08", rel: true)),
            DateCase("January-August 2024", d("2024-01/2024-08")),
            DateCase("from January to May, 2018", d("2018-01/2018-05")),
            DateCase("between January and September of 2013", d("2013-01/2013-09")),
            DateCase("January through March 2020", d("2020-01/2020-03")),
            DateCase("in 1H2019", d("2019-01/2019-06")),
            DateCase("in 3Q 2021", d("2021-07/2021-09")),
            DateCase("grew 2H", dct: "2025-11", d("2025-07/2025-12", rel: true)),
            DateCase("in 5Q 2021", d("2021")),
            DateCase("January-August last year", dct: "2025-11", d("2024-01/2024-08", rel: true)),
            DateCase("in the first quarter", dct: "2025-11", d("2025-01/2025-03", rel: true)),
            DateCase("the third quarter of 2024", d("2024-07/2024-09")),
            DateCase("the first quarter", d(nil, rel: true)),
            DateCase("Q3 2024", d("2024-07/2024-09")),
            DateCase("Q1", dct: "2025-06", d("2025-01/2025-03", rel: true)),
            DateCase("H1 2024", d("2024-01/2024-06")),
            DateCase("H2 2024", d("2024-07/2024-12")),
            DateCase("the first half of 2024", d("2024-01/2024-06")),
            DateCase("the second half of last year", dct: "2025-11", d("2024-07/2024-12", rel: true)),
            DateCase("annually", d(nil, hab: true)),
            DateCase("per year", d(nil, hab: true)),
            DateCase("per annum", d(nil, hab: true)),
            DateCase("every year", d(nil, hab: true)),
            DateCase("$5 billion a year", d(nil, hab: true)),
            DateCase("a year later"),
            DateCase("two years ago", dct: "2025-11", d("2023", rel: true)),
            DateCase("from 23 to 27 July 2018", d("2018-07-23/2018-07-27")),
            DateCase("a month ago", dct: "2025-01-10", d("2024-12", rel: true)),
            DateCase("three months ago", dct: "2025-11-10", d("2025-08", rel: true)),
            DateCase("two weeks ago", dct: "2025-11-20", d("2025-11-06", rel: true)),
            DateCase("10 days ago", dct: "2025-11-20", d("2025-11-10", rel: true)),
            DateCase("a month ago", dct: "2025", d(nil, rel: true)),
            DateCase("two days later"),
            DateCase("the past six months", dct: "2025-11", d("2025-06/2025-11", rel: true)),
            DateCase("the last 12 months", dct: "2025-11", d("2024-12/2025-11", rel: true)),
            DateCase("the past six months", dct: "2025", d(nil, rel: true)),
            DateCase("over the past seven months of 2018", dct: "2018-08", d("2018-01/2018-07")),
            DateCase("in 2022/23", d("2022/2023")),
            // A fiscal year by its last year: "FY23" is the split year 2022/23.
            DateCase("in FY23", d("2022/2023")),
            DateCase("over FY2022", d("2021/2022")),
            DateCase("in FY 2022-23", d("2022/2023")),
            DateCase("in 2021/2022", d("2021/2022")),
            DateCase("on Monday", dct: "2017-03-01", d("2017-02-27", rel: true)),
            DateCase("on Wednesday", dct: "2017-03-01", d("2017-03-01", rel: true)),
            DateCase("on Thursday", dct: "2017-03-01", d("2017-02-23", rel: true)),
            DateCase("last Wednesday", dct: "2017-03-01", d("2017-02-22", rel: true)),
            DateCase("next Monday", dct: "2017-03-01", d("2017-03-06", rel: true, fut: true)),
            DateCase("on July 3 and 4, 2025", d("2025-07-03/2025-07-04")),
            DateCase("on 3 and 4 July 2025", d("2025-07-03/2025-07-04")),
            DateCase("held Sunday and Monday", dct: "2017-03-05", d("2017-03-05/2017-03-06", rel: true)),
            DateCase("from Friday to Sunday", dct: "2017-03-03", d("2017-03-03/2017-03-05", rel: true)),
            DateCase("last September", dct: "2023-02-15", d("2022-09", rel: true)),
            DateCase("last January", dct: "2023-02-15", d("2023-01", rel: true)),
            DateCase("next May", dct: "2023-02-15", d("2023-05", rel: true, fut: true)),
            DateCase("next January", dct: "2023-02-15", d("2024-01", rel: true, fut: true)),
            DateCase("on Monday", dct: "2017-03", d(nil, rel: true)),
            DateCase("yesterday", dct: "2017-03-01", d("2017-02-28", rel: true)),
            DateCase("yesterday", dct: "2016-03-01", d("2016-02-29", rel: true)),
            DateCase("today", dct: "2017-03-01", d("2017-03-01", rel: true)),
            DateCase("will leave tonight", dct: "2017-03-01", d("2017-03-01", rel: true)),
            DateCase("arrived last night", dct: "2017-03-01", d("2017-02-28", rel: true)),
            DateCase("arrived in the country the day before.", dct: "2021-10-06", d("2021-10-05", rel: true)),
            DateCase("arrived the previous day, on a trip", dct: "2021-10-06", d("2021-10-05", rel: true)),
            DateCase("arrived the day before the summit", dct: "2021-10-06"),
            DateCase("tomorrow", dct: "2017-12-31", d("2018-01-01", rel: true, fut: true)),
            DateCase("yesterday", dct: "2017-02", d(nil, rel: true)),
            DateCase("yesterday", d(nil, rel: true)),
            DateCase("next week", dct: "2017-03-01", d("2017-03-06/2017-03-12", rel: true, fut: true)),
            DateCase("last week", dct: "2017-03-01", d("2017-02-20/2017-02-26", rel: true)),
            DateCase("earlier this month", dct: "2017-03-15", d("2017-03", rel: true)),
            DateCase("later this month", dct: "2017-03-15", d("2017-03", rel: true, fut: true)),
            DateCase("last month", dct: "2017-01-15", d("2016-12", rel: true)),
            DateCase("last month", dct: "2017", d(nil, rel: true)),
            DateCase("earlier this year", dct: "2017-03-15", d("2017", rel: true)),
        ]

        static let numericCases: [DateCase] = [
            DateCase("21.02.2024", d("2024-02-21")),
            DateCase("5/27/2024", d("2024-05-27")),
            DateCase("2024-05-27", d("2024-05-27")),
            DateCase("2024-05-27 10:15", d("2024-05-27")),
            DateCase("7-03-2017", order: .dayFirst, d("2017-03-07")),
            DateCase("7-03-2017", order: .monthFirst, d("2017-07-03")),
            DateCase("7-03-2017", d("2017")),
            DateCase("3/7/2017", order: .dayFirst, d("2017-07-03")),
            DateCase("3/7/2017", order: .monthFirst, d("2017-03-07")),
            DateCase("3/7/2017", d("2017")),
            DateCase("3/3/2017", d("2017-03-03")),
            DateCase("27/5/2024", order: .monthFirst, d("2024-05-27")),
            DateCase("31.02.2024"),
        ]

        static let negativeCases: [DateCase] = [
            DateCase("11.2"), DateCase("CSTO-2"), DateCase("8th"), DateCase("09:07"), DateCase("at 10:15"),
            DateCase("1,800"), DateCase("2.5 times"), DateCase("in 123 countries"), DateCase("2020%"),
            DateCase("$2016 million"), DateCase("2016 million roubles"), DateCase("+7 (495) 123-45-67"),
            DateCase("8-800-555-35-35"), DateCase("COVID-19"), DateCase("you may go"), DateCase("the march"),
            DateCase("a third country"), DateCase("v2020"),
        ]

        static let mixedCases: [DateCase] = [
            DateCase("In January-August this year, trade grew by 13.6% compared to 2016.", dct: "2017-09-10",
                     d("2017-01/2017-08", rel: true), d("2016")),
            DateCase("The visit on Feb. 26-28 follows talks in August 2015 and last year.", dct: "2017-02-20",
                     d("2017-02-26/2017-02-28", rel: true, fut: true), d("2015-08"), d("2016", rel: true)),
        ]

        func check(_ c: DateCase) {
            let dct = c.dct.flatMap { PartialDate(iso: $0) }
            #expect(c.dct == nil || dct != nil)
            let found = DateRecognizer(dct: dct, numericOrder: c.order, lexicon: TestSupport.values).dates(in: c.text)
            let ok = found.count == c.expected.count && zip(c.expected, found).allSatisfy { $0.matches($1) }
            #expect(ok, "\(c): got \(found.map { "\($0.span?.description ?? "nil") rel=\($0.isRelative) fut=\($0.isFuture) hab=\($0.isHabitual)" }) expected \(c.expected)")
        }

        @Test(arguments: absoluteCases) func absolute(_ c: DateCase) { check(c) }
        @Test(arguments: relativeCases) func relative(_ c: DateCase) { check(c) }
        @Test(arguments: numericCases) func numeric(_ c: DateCase) { check(c) }
        @Test(arguments: negativeCases) func negatives(_ c: DateCase) { check(c) }
        @Test(arguments: mixedCases) func mixed(_ c: DateCase) { check(c) }

        @Test func rangeIncludesGoverningWords() {
            let text = "Trade will double by 2030 and grew “since January 2023”."
            let found = DateRecognizer(dct: nil, lexicon: TestSupport.values).dates(in: text)
            let bytes = Array(text.utf8)
            #expect(found.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["by 2030", "since January 2023"])
        }

        struct DatelineCase: Sendable, CustomStringConvertible {
            var line: String
            var expected: String?
            var description: String { line }
        }

        static let datelineCases: [DatelineCase] = [
            DatelineCase(line: "7-03-2017, 09:07", expected: "2017-03-07"),
            DatelineCase(line: "21.02.2024", expected: "2024-02-21"),
            DatelineCase(line: "March 3, 2017", expected: "2017-03-03"),
            DatelineCase(line: "2024-05-27 10:15", expected: "2024-05-27"),
            DatelineCase(line: "5/27/2024 14:00", expected: "2024-05-27"),
            DatelineCase(line: "BISHKEK, Feb 28, 2017 (Reuters)", expected: "2017-02-28"),
            DatelineCase(line: "BISHKEK, Feb 28 (Reuters)", expected: nil),
            DatelineCase(line: "Published 2017", expected: nil),
            DatelineCase(line: "Home | News | Politics", expected: nil),
        ]

        @Test(arguments: datelineCases) func dateline(_ c: DatelineCase) {
            #expect(DateRecognizer.dateline(in: c.line, lexicon: TestSupport.values)?.description == c.expected)
        }
    }
}
