public extension DateSpan {
    /// True when the two spans share a day (at the precision each is known).
    public static func overlaps(_ x: DateSpan, _ y: DateSpan) -> Bool {
        x.start.firstDay <= (y.end ?? y.start).lastDay && y.start.firstDay <= (x.end ?? x.start).lastDay
    }

    /// The more precise of two dates of the same visit (a day inside a tour's span wins).
    public static func narrower(_ x: DateSpan?, _ y: DateSpan?) -> DateSpan? {
        guard let x else { return y }
        guard let y else { return x }
        func length(_ s: DateSpan) -> Int {
            let first = s.start.firstDay
            let last = (s.end ?? s.start).lastDay
            return (last.year - first.year) * 400 + ((last.month ?? 1) - (first.month ?? 1)) * 31 + ((last.day ?? 1) - (first.day ?? 1))
        }
        return length(y) < length(x) ? y : x
    }
}
