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

    public init(matcher: PhraseMatcher<[LexiconTag]>, indicators: [String: IndicatorDefinition], statusPriority: [AgreementStatus],
                languages: [String: Set<UInt64>], delegationKinds: [UInt64: DelegationCategory] = [:], values: ValueLexicon) {
        self.matcher = matcher
        self.indicators = indicators
        self.statusPriority = statusPriority
        self.languages = languages
        self.delegationKinds = delegationKinds
        self.values = values
    }

    /// The same lexicon in new objects (see `Knowledge.replica`).
    public func replica() -> Lexicon {
        Lexicon(matcher: matcher.replica(), indicators: indicators, statusPriority: statusPriority, languages: languages,
                delegationKinds: delegationKinds, values: values)
    }

    /// Tags of every lexicon phrase in `sentence`, by the token each phrase starts at.
    public func tags(in sentence: Sentence) -> [PhraseMatch<[LexiconTag]>] {
        matcher.matches(in: sentence)
    }
}
