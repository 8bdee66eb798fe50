/// What `visit_summary` counts for one host country and year.
package struct VisitTotals: Sendable {
    package struct Key: Hashable, Sendable {
        var host: String
        var year: Int?
    }

    var visits = 0
    var documentsSigned = 0
    var agreementValueUSD = 0.0
    var delegationMembers = 0
}
