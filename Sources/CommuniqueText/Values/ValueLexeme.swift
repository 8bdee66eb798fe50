/// What a known word means to the value grammar.
public enum ValueLexeme: Sendable, Hashable {
    case none
    case word(FunctionWord)
    /// one ... nineteen, twenty ... ninety.
    case cardinal(Int)
    /// hundred, thousand, million, billion, trillion, dozen, and abbreviations (`short` for "m", "k", "b" that must touch the digits).
    case scale(Double, short: Bool)
    /// Currency names in words: dollars, euros, roubles ...
    case currencyWord(CurrencyCode)
    /// A currency name that counts only right after one nationality adjective, numbered as in
    /// `nationality` ("Uzbek sum": "sum" is also a common noun).
    case qualifiedCurrencyWord(CurrencyCode, nationality: UInt16)
    /// ISO codes: valid only in capitals.
    case currencyCode(CurrencyCode)
    /// A currency sign written before a number ("$", "HK$", "RM"): the tokenizer joins the sign's
    /// tokens into one token with this lexeme.
    case currencySign(CurrencyCode)
    /// Country adjectives that may precede a currency word ("US dollars", "Kyrgyz soms"); only
    /// capitalised. Numbered in the lexicon's order.
    case nationality(UInt16)
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
    /// A word with no meaning of its own that a phrase of the lexicon uses ("surpassed" in the
    /// qualifier phrases), numbered by the lexicon.
    case term(UInt16)
}
