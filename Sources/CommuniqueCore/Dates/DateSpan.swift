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

    /// Parses a `description` back ("2017", "2017-02-28", "2025-01/2025-09"); nil otherwise.
    public init?(period: String) {
        let parts = period.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let start = PartialDate(iso: String(parts[0])) else { return nil }
        if parts.count == 2 {
            guard let end = PartialDate(iso: String(parts[1])) else { return nil }
            self.init(start: start, end: end)
        } else {
            self.init(start: start)
        }
    }
}
