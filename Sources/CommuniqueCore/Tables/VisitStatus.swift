/// Whether a visit took place or is still to come (`visits.status`).
public enum VisitStatus: String, Sendable, CaseIterable, Vocabulary {
    case held, planned
}
