/// A city of the generated gazetteer (`cities.csv`).
package struct City: Sendable, Hashable {
    /// The English name news writes.
    package var name: String
    /// ISO 3166-1 alpha-2.
    package var country: String
    /// Other English names and transliterations, matched as the same city.
    package var alternates: [String]
    /// 0 when unknown.
    package var population: Int
    /// A national capital.
    package var capital: Bool

    package init(name: String, country: String, alternates: [String] = [], population: Int = 0, capital: Bool = false) {
        self.name = name
        self.country = country
        self.alternates = alternates
        self.population = population
        self.capital = capital
    }
}
