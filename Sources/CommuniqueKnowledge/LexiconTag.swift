import CommuniqueCore

/// What a lexicon phrase signals to the extractors.
package enum LexiconTag: Sendable, Hashable {
    case visitMovement
    case visitMeeting
    /// A leader receiving visitors: the host is the subject, the visitors follow ("Xi hosted the leaders of ...").
    case visitHosting
    case visitType(VisitType)
    case planned
    case negation
    /// Right after a trigger: the visit did not happen ("called off").
    case negationAfter
    case notHostAfter
    case document(DocumentType)
    case docStatus(AgreementStatus)
    case topic(AgreementTopic)
    case indicator(String)
    /// A word that turns a figure of another indicator into this one ("raise trade to" makes a target).
    case indicatorMarker(String)
    case delegation(DelegationCategory)
    case event
    case title(String)
    case former
    /// A plural document noun.
    case plural
    /// A plural document noun that only refers back when definite ("the deals").
    case generic
    case comparison
}

package extension LexiconTag {
    /// The case of the tag, without its payload.
    package var kind: LexiconTagKinds {
        switch self {
        case .visitMovement: .visitMovement
        case .visitMeeting: .visitMeeting
        case .visitHosting: .visitHosting
        case .visitType: .visitType
        case .planned: .planned
        case .negation: .negation
        case .negationAfter: .negationAfter
        case .notHostAfter: .notHostAfter
        case .document: .document
        case .docStatus: .docStatus
        case .topic: .topic
        case .indicator: .indicator
        case .indicatorMarker: .indicatorMarker
        case .delegation: .delegation
        case .event: .event
        case .title: .title
        case .former: .former
        case .plural: .plural
        case .generic: .generic
        case .comparison: .comparison
        }
    }
}
