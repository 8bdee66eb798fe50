public extension DateSpan {
    /// True when the two spans share a day (at the precision each is known).
    public static func overlaps(_ x: DateSpan, _ y: DateSpan) -> Bool {
        x.start.firstDay <= (y.end ?? y.start).lastDay && y.start.firstDay <= (x.end ?? x.start).lastDay
    }

    /// The more precise of two dates of the same visit when one lies inside the other (a day
    /// inside a tour's span wins; ties keep `x`); `x` when they do not nest (two reports that
    /// disagree on the days: the first one's stand).
    public static func narrower(_ x: DateSpan?, _ y: DateSpan?) -> DateSpan? {
        guard let x else { return y }
        guard let y else { return x }
        func length(_ s: DateSpan) -> Int {
            let first = s.start.firstDay
            let last = (s.end ?? s.start).lastDay
            return (last.year - first.year) * 400 + ((last.month ?? 1) - (first.month ?? 1)) * 31 + ((last.day ?? 1) - (first.day ?? 1))
        }
        func contains(_ outer: DateSpan, _ inner: DateSpan) -> Bool {
            outer.start.firstDay <= inner.start.firstDay && (inner.end ?? inner.start).lastDay <= (outer.end ?? outer.start).lastDay
        }
        guard contains(x, y) || contains(y, x) else { return x }
        return length(y) < length(x) ? y : x
    }
}
