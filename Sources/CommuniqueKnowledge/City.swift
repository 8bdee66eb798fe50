/// A city of the generated gazetteer (`cities.csv`).
public struct City: Sendable, Hashable {
    /// The English name news writes.
    public var name: String
    /// ISO 3166-1 alpha-2.
    public var country: String
    /// Other English names and transliterations, matched as the same city.
    public var alternates: [String]
    /// 0 when unknown.
    public var population: Int
    /// A national capital.
    public var capital: Bool

    public init(name: String, country: String, alternates: [String] = [], population: Int = 0, capital: Bool = false) {
        self.name = name
        self.country = country
        self.alternates = alternates
        self.population = population
        self.capital = capital
    }
}
