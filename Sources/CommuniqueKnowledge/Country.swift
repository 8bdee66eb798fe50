/// A country of the gazetteer.
package struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    package var code: String
    package var name: String
    package var shortNames: [String]
    /// Demonyms and adjectives ("Kyrgyz", "Russo").
    package var adjectives: [String]
    package var capital: String
    package var cities: [String]
}
