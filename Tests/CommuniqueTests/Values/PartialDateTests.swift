import Testing
@testable import CommuniqueCore
@testable import CommuniqueText

extension ValuesTests {
    @Suite("PartialDate")
    struct PartialDateTests {
        struct IsoCase: Sendable, CustomStringConvertible {
            var iso: String
            var valid: Bool
            var description: String { iso }
        }

        static let isoCases: [IsoCase] = [
            IsoCase(iso: "2017", valid: true), IsoCase(iso: "2017-02", valid: true), IsoCase(iso: "2017-02-28", valid: true),
            IsoCase(iso: "2016-02-29", valid: true), IsoCase(iso: "2017-02-29", valid: false), IsoCase(iso: "2017-13", valid: false),
            IsoCase(iso: "17", valid: false), IsoCase(iso: "2017-2-3", valid: false), IsoCase(iso: "2017/02/28", valid: false),
            IsoCase(iso: "", valid: false),
        ]

        @Test(arguments: isoCases) func isoRoundTrip(_ c: IsoCase) {
            let p = PartialDate(iso: c.iso)
            #expect((p != nil) == c.valid)
            if let p { #expect(p.description == c.iso) }
        }

        /// The bytes written for ordinary dates are the padded parts written for any value.
        @Test func descriptionPadsEachPart() {
            let dates = [PartialDate(year: 7), PartialDate(year: 987, month: 3), PartialDate(year: 2017, month: 12, day: 5),
                         PartialDate(year: 9999, month: 1, day: 31), PartialDate(year: 12017, month: 2), PartialDate(year: -5)]
            #expect(dates.map(\.description) == ["0007", "0987-03", "2017-12-05", "9999-01-31", "12017-02", "00-5"])
            #expect(dates.allSatisfy { $0.description == $0.paddedDescription })
        }

        struct BoundsCase: Sendable, CustomStringConvertible {
            var date: String
            var first: String
            var last: String
            var description: String { date }
        }

        static let boundsCases: [BoundsCase] = [
            BoundsCase(date: "2017", first: "2017-01-01", last: "2017-12-31"),
            BoundsCase(date: "2017-02", first: "2017-02-01", last: "2017-02-28"),
            BoundsCase(date: "2016-02", first: "2016-02-01", last: "2016-02-29"),
            BoundsCase(date: "2000-02", first: "2000-02-01", last: "2000-02-29"),
            BoundsCase(date: "1900-02", first: "1900-02-01", last: "1900-02-28"),
            BoundsCase(date: "2017-04", first: "2017-04-01", last: "2017-04-30"),
            BoundsCase(date: "2017-02-14", first: "2017-02-14", last: "2017-02-14"),
        ]

        @Test(arguments: boundsCases) func bounds(_ c: BoundsCase) throws {
            let p = try #require(PartialDate(iso: c.date))
            #expect(p.firstDay.description == c.first)
            #expect(p.lastDay.description == c.last)
        }

        @Test func comparable() {
            let a = PartialDate(year: 2017), b = PartialDate(year: 2017, month: 1), c = PartialDate(year: 2017, month: 1, day: 2)
            #expect(a < b && b < c && c < PartialDate(year: 2018))
            #expect([c, a, b].sorted() == [a, b, c])
        }

        @Test func dayWithoutMonthIsDropped() {
            #expect(PartialDate(year: 2017, day: 5).description == "2017")
        }

        @Test func spanDescription() {
            let s = PartialDate(year: 2017, month: 2, day: 26), e = PartialDate(year: 2017, month: 2, day: 28)
            #expect(DateSpan(start: s, end: e).description == "2017-02-26/2017-02-28")
            #expect(DateSpan(start: s, end: s).description == "2017-02-26")
            #expect(DateSpan(start: PartialDate(year: 2025, month: 1), end: PartialDate(year: 2025, month: 9)).description == "2025-01/2025-09")
        }

        @Test func dayNumbersRoundTrip() {
            for n in stride(from: -800_000, through: 800_000, by: 997) {
                let p = PartialDate.fromDayNumber(n)
                #expect(p.dayNumber == n)
            }
            #expect(PartialDate.dayNumber(year: 1970, month: 1, day: 1) == 0)
            #expect(PartialDate.weekday(ofDayNumber: PartialDate.dayNumber(year: 2017, month: 3, day: 1)) == 2)
        }

        @Test(arguments: ["2017", "2017-02-28", "2025-01/2025-09", "2017-02-26/2017-02-28"])
        func spanRoundTrip(_ period: String) {
            #expect(DateSpan(period: period)?.description == period)
        }

        @Test func spanRefusesWhatIsNoPeriod() {
            #expect(DateSpan(period: "") == nil)
            #expect(DateSpan(period: "2017/") == nil)
            #expect(DateSpan(period: "2017/2018/2019") == nil)
        }
    }
}
