import CommuniqueCore
import CommuniqueOutput

/// The `visit_summary` step: per host country and year, the visits, the documents signed, their
/// value in USD and the delegation members that came (totals the visit merge gathered).
package struct VisitSummaryStep: AggregateStep {
    package static let name = "visit_summary"
    package static let tables = ["visit_summary"]
    package static let requires = ["visit_merge"]
    package static let optionKeys: [String] = []

    /// Agreement statuses that count as documents signed.
    static let signedStatuses: Set<AgreementStatus> = [.signed, .ratified]

    package init(options: StepOptions, spool: RecordSpool) throws(ConfigurationError) {}

    package mutating func add(_ records: ArticleRecords) {}

    package mutating func absorb(_ other: consuming VisitSummaryStep) {}

    package mutating func finish(into dataset: inout Dataset, facts: inout SpoolWriter, writer: CSVWriter) throws(PublishError) {
        dataset.visitSummary = dataset.visitTotals.map { key, totals in
            var row = VisitSummaryRow()
            row.hostCountry = key.host
            row.year = key.year
            row.visits = totals.visits
            row.documentsSigned = totals.documentsSigned
            row.agreementValueUSD = totals.agreementValueUSD
            row.delegationMembers = totals.delegationMembers
            return row
        }.sorted { ($0.hostCountry, $0.year ?? 0) < ($1.hostCountry, $1.year ?? 0) }
    }
}
