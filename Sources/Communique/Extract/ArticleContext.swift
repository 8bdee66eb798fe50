/// What an extractor knows about the whole article while it reads one sentence.
public struct ArticleContext: Sendable {
    public var sourceID: String
    public var analyses: [SentenceAnalysis]
    /// The document creation time, when known to at least year precision.
    public var dct: PartialDate?
    /// Range of possible article dates inferred from the leaders in office, when there is no DCT.
    public var incumbency: DateSpan?
    public var dates: DateRecognizer
    public var quantities: QuantityRecognizer
    /// The leader the article names most (ties: first named), by index into the leaders table.
    public var mainLeader: Int?
    /// The two countries the article is about: the first visit's, else the two most named.
    public var pair: [String]
    /// Whether facts carry the text of the rule that made them (`communique explain`).
    public var recordsRules: Bool = false
    /// Every name the article mentions, in order.
    var entities = ArticleEntities()

    /// The date every relative expression and every undated fact is resolved against.
    public var referenceDate: DateSpan? {
        if let dct { return DateSpan(start: dct) }
        return incumbency
    }
}
