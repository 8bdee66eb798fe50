/// The trigger words of every extractor, loaded from the pipeline's lexicon file.
public final class Lexicon: Sendable {
    /// Every phrase of the lexicon with all it signals.
    public let matcher: PhraseMatcher<[LexiconTag]>
    public let indicators: [String: IndicatorDefinition]
    /// Document statuses, strongest first.
    public let statusPriority: [String]
    /// Function-word hashes per language code, for language detection.
    public let languages: [String: Set<UInt64>]

    public init(matcher: PhraseMatcher<[LexiconTag]>, indicators: [String: IndicatorDefinition], statusPriority: [String],
                languages: [String: Set<UInt64>]) {
        self.matcher = matcher
        self.indicators = indicators
        self.statusPriority = statusPriority
        self.languages = languages
    }

    /// Tags of every lexicon phrase in `sentence`, by the token each phrase starts at.
    public func tags(in sentence: Sentence) -> [PhraseMatch<[LexiconTag]>] {
        matcher.matches(in: sentence)
    }
}
