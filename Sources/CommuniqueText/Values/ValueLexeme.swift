/// What a known word means to the value grammar.
public enum ValueLexeme: Sendable, Equatable {
    case none
    case word(FunctionWord)
    /// one ... nineteen, twenty ... ninety.
    case cardinal(Int)
    /// hundred, thousand, million, billion, trillion, dozen, and abbreviations (`short` for "m", "k", "b" that must touch the digits).
    case scale(Double, short: Bool)
    /// Currency names in words: dollars, euros, roubles ...
    case currencyWord(CurrencyCode)
    /// ISO codes: valid only in capitals.
    case currencyCode(CurrencyCode)
    /// Country adjectives that may precede a currency word ("US dollars", "Kyrgyz soms").
    case nationality
    case month(Int)
    /// 0 = Monday.
    case weekday(Int)
    case direction(ChangeDirection)
    case vague(VagueAmount)
    /// first ... fourth (also "third" as a fraction denominator).
    case ordinal(Int)
    /// twofold, threefold ...
    case fold(Double)
    /// doubled, tripled, quadrupled, halved.
    case multiplied(Double)
}
