import CommuniqueCore

/// What a lexicon phrase signals to the extractors.
public enum LexiconTag: Sendable, Hashable {
    case visitMovement
    case visitMeeting
    /// A leader receiving visitors: the host is the subject, the visitors follow ("Xi hosted the leaders of ...").
    case visitHosting
    /// A leader received by a host: the visitor is the subject, the host follows ("was welcomed by Xi").
    case visitHostedBy
    case visitType(VisitType)
    /// Taking part in a meeting ("attended", "took part"): the leaders named are its visitors.
    case visitAttendance
    /// "the leaders of": the countries listed after it are a meeting's visitors.
    case visitParticipants
    /// A visit verb that, after `to`, says the visit is planned ("Putin to visit Kyrgyzstan").
    case visitInfinitive
    case planned
    case negation
    /// Right after a trigger: the visit did not happen ("called off").
    case negationAfter
    case notHostAfter
    /// A phrase with a word of plan in it that times nothing ("at the invitation of"): it masks
    /// that word.
    case notPlanned
    case document(DocumentType)
    case docStatus(AgreementStatus)
    case topic(AgreementTopic)
    /// A word that says a document's topic only when nothing else does ("the supply of tractors"):
    /// it never makes a document mention a row by itself.
    case weakTopic(AgreementTopic)
    case indicator(String)
    /// A phrase that names the indicator only in a sentence that names no document ("has 40
    /// projects worth $1 billion in A"); after a document ("agreements on projects worth $1
    /// billion") the amount is the document's.
    case weakIndicator(String)
    /// A word that turns a figure of another indicator into this one ("raise trade to" makes a target).
    case indicatorMarker(String)
    case delegation(DelegationCategory)
    /// A noun for a travelling group as a whole ("delegation").
    case delegationGroup
    /// "both countries", "the two sides": people of both countries of the article.
    case bothSides
    /// "accompanied by": the people named next travel with the visitor, numbered or not.
    case accompaniment
    case event
    case title(String)
    case former
    /// A plural document noun.
    case plural
    /// A plural document noun that only refers back when definite ("the deals").
    case generic
    case comparison
    /// A document count over a long stretch of time ("to date", "over the years"): history, not news.
    case cumulative
    /// A noun that names a document only right after a verb of status ("signed a strategic
    /// partnership", "adopted a statement on ..."); "issued a statement" is a press statement.
    case governed
    /// Counts documents without a number ("a number of", "multiple"): a batch of several.
    case vagueCount
    /// A noun that names a document only with a status word of its own or of its list ("agreed a
    /// loan"); "will open a credit line" is a pledge.
    case statusOnly
    /// A phrase around a document noun that names no document ("broke protocol", "statements to
    /// the press", "Convention Centre"): read as one phrase, its document noun is none.
    case notDocument
}

public extension LexiconTag {
    /// The case of the tag, without its payload.
    var kind: LexiconTagKinds {
        switch self {
        case .visitMovement: .visitMovement
        case .visitMeeting: .visitMeeting
        case .visitHosting: .visitHosting
        case .visitHostedBy: .visitHostedBy
        case .visitType: .visitType
        case .visitAttendance: .visitAttendance
        case .visitParticipants: .visitParticipants
        case .visitInfinitive: .visitInfinitive
        case .planned: .planned
        case .negation: .negation
        case .negationAfter: .negationAfter
        case .notHostAfter: .notHostAfter
        case .notPlanned: .notPlanned
        case .document: .document
        case .docStatus: .docStatus
        case .topic: .topic
        case .weakTopic: .weakTopic
        case .indicator: .indicator
        case .weakIndicator: .weakIndicator
        case .indicatorMarker: .indicatorMarker
        case .delegation: .delegation
        case .delegationGroup: .delegationGroup
        case .bothSides: .bothSides
        case .accompaniment: .accompaniment
        case .event: .event
        case .title: .title
        case .former: .former
        case .plural: .plural
        case .generic: .generic
        case .comparison: .comparison
        case .cumulative: .cumulative
        case .governed: .governed
        case .vagueCount: .vagueCount
        case .statusOnly: .statusOnly
        case .notDocument: .notDocument
        }
    }
}
