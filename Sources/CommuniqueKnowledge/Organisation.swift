import CommuniqueCore

/// An international organisation and its names.
public struct Organisation: Sendable, Hashable {
    /// Common English acronym, the canonical code in the tables.
    public var acronym: String
    public var name: String
    public var aliases: [String]
    /// Every country that is or was a member, in the file's order.
    public var members: [String]
    /// Members that joined (or left) after the organisation began, from `CODE@YYYY-MM-DD` or
    /// `CODE@YYYY-MM-DD/YYYY-MM-DD` in the file.
    public var memberships: [String: Membership] = [:]

    /// The members on `date` (its first day; every member when the date is unknown).
    public func members(on date: DateSpan?) -> [String] {
        guard let day = date?.start.firstDay.dayNumber else { return members }
        return members.filter { memberships[$0]?.covers(day) ?? true }
    }
}
