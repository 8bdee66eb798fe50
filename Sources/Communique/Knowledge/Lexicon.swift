/// The trigger words of every extractor, loaded from the pipeline's lexicon file.
public struct Lexicon: Sendable {
    /// Every phrase of the lexicon with all it signals.
    public var matcher: PhraseMatcher<[LexiconTag]>
    public var indicators: [String: IndicatorDefinition]
    /// Document statuses, strongest first.
    public var statusPriority: [String]
    /// Function-word hashes per language code, for language detection.
    public var languages: [String: Set<UInt64>]

    /// Tags of every lexicon phrase in `sentence`, by the token each phrase starts at.
    public func tags(in sentence: Sentence) -> [PhraseMatch<[LexiconTag]>] {
        matcher.matches(in: sentence)
    }
}
