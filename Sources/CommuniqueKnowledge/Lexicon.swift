import CommuniqueCore
import CommuniqueText
/// The trigger words of every extractor, loaded from the pipeline's lexicon file.
public final class Lexicon: Sendable {
    /// Every phrase of the lexicon with all it signals.
    public let matcher: PhraseMatcher<[LexiconTag]>
    public let indicators: [String: IndicatorDefinition]
    /// Document statuses, strongest first.
    public let statusPriority: [AgreementStatus]
    /// Function-word hashes per language code, for language detection.
    public let languages: [String: Set<UInt64>]
    /// Words that say what kind of group a delegation noun after them is ("business delegation"),
    /// by folded hash: looked up only before such a noun, so common words cost the matcher nothing.
    public let delegationKinds: [UInt64: DelegationCategory]
    /// The words and signs of the number, money and date grammar.
    public let values: ValueLexicon
    /// The roles of the words the extractor rules test, one bit per `RuleWord` case, by folded
    /// hash: the first 64 cases here, the next 64 in `moreRuleWords` (see `Lexicon.bank`).
    public let ruleWords: [UInt64: UInt64]
    public let moreRuleWords: [UInt64: UInt64]
    /// `ruleWords` and `moreRuleWords` in flat tables for the rules' look-ups.
    public let ruleWordTable: HashBitsTable
    public let moreRuleWordTable: HashBitsTable
    /// Names of regions that are no country ("South America"): read as names, so the country
    /// name inside one ("America") is not.
    public let regions: [String]

    public init(matcher: PhraseMatcher<[LexiconTag]>, indicators: [String: IndicatorDefinition], statusPriority: [AgreementStatus],
                languages: [String: Set<UInt64>], delegationKinds: [UInt64: DelegationCategory] = [:], values: ValueLexicon,
                ruleWords: [UInt64: UInt64], moreRuleWords: [UInt64: UInt64] = [:], regions: [String] = []) {
        self.matcher = matcher
        self.indicators = indicators
        self.statusPriority = statusPriority
        self.languages = languages
        self.delegationKinds = delegationKinds
        self.values = values
        self.ruleWords = ruleWords
        self.moreRuleWords = moreRuleWords
        self.ruleWordTable = HashBitsTable(ruleWords)
        self.moreRuleWordTable = HashBitsTable(moreRuleWords)
        self.regions = regions
    }

    /// The same lexicon in new objects (see `Knowledge.replica`).
    public func replica() -> Lexicon {
        Lexicon(matcher: matcher.replica(), indicators: indicators, statusPriority: statusPriority, languages: languages,
                delegationKinds: delegationKinds, values: values.replica(), ruleWords: ruleWords, moreRuleWords: moreRuleWords, regions: regions)
    }

    /// The bit of `role` in its bank's table.
    @inlinable @inline(__always)
    static func bit(_ role: RuleWord) -> UInt64 {
        1 << UInt64(role.ordinal & 63)
    }

    /// 0 when `role`'s bit is in `ruleWords`, 1 when in `moreRuleWords`.
    @inlinable @inline(__always)
    public static func bank(_ role: RuleWord) -> Int {
        role.ordinal >> 6
    }

    /// True when token `index` of `sentence` is a word the lexicon spells for `role`.
    ///
    /// Inlinable: the extractors' rules call it about 25 times per sentence, and inlined with a
    /// constant `role` the bank and the bit fold away.
    @inlinable @inline(__always)
    public func isWord(_ sentence: Sentence, _ index: Int, _ role: RuleWord) -> Bool {
        guard index >= 0, index < sentence.tokens.count else { return false }
        let token = sentence.tokens[index]
        guard token.kind == .word else { return false }
        // Each bank's table is read in place: choosing one into a local would copy it (a retain
        // and a release on every look-up).
        let bits = Self.bank(role) == 0 ? ruleWordTable.bits(token.foldedHash) : moreRuleWordTable.bits(token.foldedHash)
        return bits & Self.bit(role) != 0
    }

    /// Tags of every lexicon phrase in `sentence`, by the token each phrase starts at.
    public func tags(in sentence: Sentence) -> [PhraseMatch<[LexiconTag]>] {
        matcher.matches(in: sentence)
    }
}
