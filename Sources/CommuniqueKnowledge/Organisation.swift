/// An international organisation and its names.
package struct Organisation: Sendable, Hashable {
    /// Common English acronym, the canonical code in the tables.
    package var acronym: String
    package var name: String
    package var aliases: [String]
    package var members: [String]
}
