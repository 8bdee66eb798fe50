import CommuniqueCore
/// One term of one person in one office.
package struct LeaderTerm: Sendable, Hashable {
    package var country: String
    package var role: String
    package var start: PartialDate
    /// nil while in office.
    package var end: PartialDate?

    /// True when the term covers any day of `date`.
    package func covers(_ date: DateSpan) -> Bool {
        let first = date.start.firstDay
        let last = (date.end ?? date.start).lastDay
        return start.firstDay <= last && (end.map { $0.lastDay >= first } ?? true)
    }
}
