/// The words and signs of the value grammar, as the lexicon file lists them: what a
/// `ValueLexicon` is built from.
public struct ValueVocabulary: Sendable {
    /// Single words (ASCII letters), each with its meaning; a later entry for a word replaces an earlier one.
    public var words: [(word: String, lexeme: ValueLexeme)] = []
    /// Currency signs written before a number, as they are spelled ("$", "HK$", "Rs.", "€").
    public var signs: [(sign: String, code: CurrencyCode)] = []
    /// A currency word that names another currency after a nationality ("NZ dollars" are NZD,
    /// "dollars" alone USD): the nationality's number, the word's own currency, the one it names then.
    public var nationalCurrencies: [(nationality: UInt16, word: CurrencyCode, currency: CurrencyCode)] = []
    /// Phrases that qualify the number right after them ("more than", "roughly"); the lexicon
    /// tries longer phrases first.
    public var qualifiers: [(phrase: [String], qualifier: ValueQualifier)] = []

    public init() {}
}
