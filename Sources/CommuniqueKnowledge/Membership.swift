/// When a country belonged to an organisation: day numbers of its first day and of its first day
/// out (exclusive); nil for a member from the start or to this day.
public struct Membership: Sendable, Hashable {
    public var joined: Int?
    public var left: Int?

    public init(joined: Int?, left: Int?) {
        self.joined = joined
        self.left = left
    }

    /// True when the country was a member on day number `day`.
    public func covers(_ day: Int) -> Bool {
        (joined.map { day >= $0 } ?? true) && (left.map { day < $0 } ?? true)
    }
}
