import CommuniqueCore
import CommuniqueText
/// The trigger words of every extractor, loaded from the pipeline's lexicon file.
package final class Lexicon: Sendable {
    /// Every phrase of the lexicon with all it signals.
    package let matcher: PhraseMatcher<[LexiconTag]>
    package let indicators: [String: IndicatorDefinition]
    /// Document statuses, strongest first.
    package let statusPriority: [AgreementStatus]
    /// Function-word hashes per language code, for language detection.
    package let languages: [String: Set<UInt64>]

    package init(matcher: PhraseMatcher<[LexiconTag]>, indicators: [String: IndicatorDefinition], statusPriority: [AgreementStatus],
                languages: [String: Set<UInt64>]) {
        self.matcher = matcher
        self.indicators = indicators
        self.statusPriority = statusPriority
        self.languages = languages
    }

    /// The same lexicon in new objects (see `Knowledge.replica`).
    package func replica() -> Lexicon {
        Lexicon(matcher: matcher.replica(), indicators: indicators, statusPriority: statusPriority, languages: languages)
    }

    /// Tags of every lexicon phrase in `sentence`, by the token each phrase starts at.
    package func tags(in sentence: Sentence) -> [PhraseMatch<[LexiconTag]>] {
        matcher.matches(in: sentence)
    }
}
