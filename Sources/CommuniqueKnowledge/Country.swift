/// A country of the gazetteer.
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    public var code: String
    public var name: String
    public var shortNames: [String]
    /// Demonyms and adjectives ("Kyrgyz", "Russo").
    public var adjectives: [String]
    /// The seat of government, read as "the Kyrgyz capital".
    public var capital: String
    /// Several heads of state hold office at once (co-princes, captains regent, a collective presidency).
    public var jointHeads: Bool

    public init(code: String, name: String, shortNames: [String] = [], adjectives: [String] = [], capital: String = "", jointHeads: Bool = false) {
        self.code = code
        self.name = name
        self.shortNames = shortNames
        self.adjectives = adjectives
        self.capital = capital
        self.jointHeads = jointHeads
    }
}
