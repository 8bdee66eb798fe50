import CommuniqueCore
/// One term of one person in one office, from one row of the leaders file.
///
/// Days are whole: `start` is the first day in office and `end` the first day out of it (the
/// day the successor took office), so at a handover no day has two holders.
public struct LeaderTerm: Sendable, Hashable {
    public let country: String
    public let office: Office
    public let role: LeaderRole
    /// An acting or interim term.
    public let acting: Bool
    /// First day in office.
    public let start: PartialDate
    /// First day no longer in office (exclusive); nil while in office.
    public let end: PartialDate?
    /// The row of the leaders file the term comes from, for messages.
    public let line: Int
    /// Day numbers in office, `end` excluded (up to `Int.max` while in office).
    public let days: Range<Int>

    public init(country: String, office: Office, role: LeaderRole, acting: Bool = false, start: PartialDate, end: PartialDate?, line: Int = 0) {
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
    public var lastDay: PartialDate? {
        end == nil ? nil : PartialDate.fromDayNumber(days.upperBound - 1)
    }

    /// True when the term covers any day of `date`.
    public func covers(_ date: DateSpan) -> Bool {
        let first = date.start.firstDay.dayNumber!
        let last = (date.end ?? date.start).lastDay.dayNumber!
        return days.lowerBound <= last && days.upperBound > first
    }

    /// True when the term covers the day `day` (a day number).
    public func covers(day: Int) -> Bool { days.contains(day) }

    /// True when the person was a head of state or of government in this term.
    public var leadsCountry: Bool { office != .other }
}
