import CommuniqueCore
/// One term of one person in one office, from one row of the leaders file.
///
/// Days are whole: `start` is the first day in office and `end` the first day out of it (the
/// day the successor took office), so at a handover no day has two holders.
package struct LeaderTerm: Sendable, Hashable {
    package let country: String
    package let office: Office
    package let role: LeaderRole
    /// An acting or interim term.
    package let acting: Bool
    /// First day in office.
    package let start: PartialDate
    /// First day no longer in office (exclusive); nil while in office.
    package let end: PartialDate?
    /// The row of the leaders file the term comes from, for messages.
    package let line: Int
    /// Day numbers in office, `end` excluded (up to `Int.max` while in office).
    package let days: Range<Int>

    package init(country: String, office: Office, role: LeaderRole, acting: Bool = false, start: PartialDate, end: PartialDate?, line: Int = 0) {
        self.country = country
        self.office = office
        self.role = role
        self.acting = acting
        self.start = start.firstDay
        self.end = end?.firstDay
        self.line = line
        let first = start.firstDay.dayNumber!
        days = first..<max(first, end.map { $0.firstDay.dayNumber! } ?? Int.max)
    }

    /// The last day in office; nil while in office.
    package var lastDay: PartialDate? {
        end == nil ? nil : PartialDate.fromDayNumber(days.upperBound - 1)
    }

    /// True when the term covers any day of `date`.
    package func covers(_ date: DateSpan) -> Bool {
        let first = date.start.firstDay.dayNumber!
        let last = (date.end ?? date.start).lastDay.dayNumber!
        return days.lowerBound <= last && days.upperBound > first
    }

    /// True when the term covers the day `day` (a day number).
    package func covers(day: Int) -> Bool { days.contains(day) }

    /// True when the person was a head of state or of government in this term.
    package var leadsCountry: Bool { office != .other }
}
