/// A country of the gazetteer.
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    public var code: String
    public var name: String
    public var shortNames: [String]
    /// Demonyms and adjectives ("Kyrgyz", "Russo").
    public var adjectives: [String]
    public var capital: String
    public var cities: [String]
}
