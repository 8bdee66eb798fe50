/// The protocol level of a visit (`visits.visit_type`).
public enum VisitType: String, Sendable, CaseIterable, Vocabulary {
    case state, official, working, summit
    /// No level is named: what every visit is until the text says otherwise.
    case unspecified
}
