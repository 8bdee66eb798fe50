import CommuniqueCore
import CommuniqueText
/// An article after the clean stage: headline, sentences and what was learnt on the way.
package struct CleanArticle: Sendable {
    package var title: String
    /// Paragraph index of the headline among the sentences' paragraphs.
    package var titleParagraph: Int = 0
    package var sentences: [Sentence]
    /// ISO 639-1 code, or `und`.
    package var language: String
    package var words: Int
    /// A date found in a dateline near the top ("7-03-2017, 09:07").
    package var dateline: PartialDate?
    /// The dateline's text when the cleaner took it out of the story ("March 28, 2019, Bishkek",
    /// "PARIS, March 14, 2024"): where the story was filed.
    package var datelineText: String = ""
}
