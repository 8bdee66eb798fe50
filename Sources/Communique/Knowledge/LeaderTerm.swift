/// One term of one person in one office.
public struct LeaderTerm: Sendable, Hashable {
    public var country: String
    public var role: String
    public var start: PartialDate
    /// nil while in office.
    public var end: PartialDate?

    /// True when the term covers any day of `date`.
    public func covers(_ date: DateSpan) -> Bool {
        let first = date.start.firstDay
        let last = (date.end ?? date.start).lastDay
        return start.firstDay <= last && (end.map { $0.lastDay >= first } ?? true)
    }
}
