/// A date or a span; description "2017-02-28", "2017-02-26/2017-02-28" or "2025-01/2025-09".
public struct DateSpan: Sendable, Hashable, CustomStringConvertible {
    public var start: PartialDate
    /// Nil or equal to `start` for a single date.
    public var end: PartialDate?

    public init(start: PartialDate, end: PartialDate? = nil) {
        self.start = start
        self.end = end
    }

    public var description: String {
        if let end, end != start { return "\(start)/\(end)" }
        return start.description
    }
}
