/// What one agreement or delegation adds to its visit's line in `visit_summary`.
package struct VisitContribution: Sendable {
    /// Index into the article's visits.
    var visit: Int
    var documentsSigned: Int = 0
    var agreementValueUSD: Double = 0
    var delegationMembers: Int = 0
}
