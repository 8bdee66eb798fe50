/// Whether a visit took place or is still to come (`visits.status`).
package enum VisitStatus: String, Sendable, CaseIterable, Vocabulary {
    case held, planned
}
