/// What a name found in the text refers to.
public enum EntityRef: Sendable, Hashable {
    /// A country by its name (`Kyrgyzstan`).
    case country(String)
    /// A country by its demonym or adjective (`Kyrgyz`).
    case adjective(String)
    /// A city, with its country.
    case city(name: String, country: String)
    /// A person of the leaders table, by index.
    case leader(Int)
    case organisation(String)
    /// A region that is no country ("South America", "the Middle East"): named so that a country
    /// name inside it ("America") is not read.
    case region(String)
}
