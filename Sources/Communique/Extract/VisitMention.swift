/// A visit as one article reports it, before visits are merged across articles.
public struct VisitMention: Sendable, Hashable {
    public var visitor: String = ""
    public var visitorCountry: String
    public var hostCountry: String
    public var city: String = ""
    public var dates: DateSpan?
    public var visitType: String?
    public var status: String = "held"
    public var hostLeader: String = ""
    public var occasion: String = ""
    public var sourceID: String
    public var evidence: String
    public var sentenceIndex: Int
    /// The rule that produced the mention, for `communique explain`.
    public var rule: String = ""
}
