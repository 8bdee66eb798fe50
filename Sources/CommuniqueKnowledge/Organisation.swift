/// An international organisation and its names.
public struct Organisation: Sendable, Hashable {
    /// Common English acronym, the canonical code in the tables.
    public var acronym: String
    public var name: String
    public var aliases: [String]
    public var members: [String]
}
