/// A country of the gazetteer.
package struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    package var code: String
    package var name: String
    package var shortNames: [String]
    /// Demonyms and adjectives ("Kyrgyz", "Russo").
    package var adjectives: [String]
    /// The seat of government, read as "the Kyrgyz capital".
    package var capital: String
    /// Several heads of state hold office at once (co-princes, captains regent, a collective presidency).
    package var jointHeads: Bool

    package init(code: String, name: String, shortNames: [String] = [], adjectives: [String] = [], capital: String = "", jointHeads: Bool = false) {
        self.code = code
        self.name = name
        self.shortNames = shortNames
        self.adjectives = adjectives
        self.capital = capital
        self.jointHeads = jointHeads
    }
}
