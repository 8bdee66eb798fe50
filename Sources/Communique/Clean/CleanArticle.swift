/// An article after the clean stage: headline, sentences and what was learnt on the way.
public struct CleanArticle: Sendable {
    public var title: String
    /// Paragraph index of the headline among the sentences' paragraphs.
    public var titleParagraph: Int = 0
    public var sentences: [Sentence]
    /// ISO 639-1 code, or `und`.
    public var language: String
    public var words: Int
    /// A date found in a dateline near the top ("7-03-2017, 09:07").
    public var dateline: PartialDate?
}
