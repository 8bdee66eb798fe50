/// What a quantity counts or measures.
public enum QuantityUnit: Sendable, Hashable {
    /// A plain count: "1,800 companies", "twenty".
    case number
    /// Money, with its ISO 4217 code.
    case currency(String)
    /// Percent; fractions in words are percent too ("one-third" is 33.33).
    case percent
    /// "2 percentage points".
    case percentagePoints
    /// A multiplier: "2.5 times", "doubled", "threefold".
    case times
}
