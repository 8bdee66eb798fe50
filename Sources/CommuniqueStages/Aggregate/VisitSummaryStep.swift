import CommuniqueCore

/// The `visit_summary` step: per host country and year, the visits, the documents signed, their
/// value in USD and the delegation members that came.
package struct VisitSummaryStep: AggregateStep {
    package static let name = "visit_summary"
    package static let tables = ["visit_summary"]
    package static let requires = ["visit_merge"]
    package static let optionKeys: [String] = []

    /// Agreement statuses that count as documents signed.
    static let signedStatuses: Set<AgreementStatus> = [.signed, .ratified]

    private var contributions: [(article: Int, contribution: VisitContribution)] = []

    package init(options: StepOptions, spool: RecordSpool) throws(ConfigurationError) {}

    package mutating func add(_ records: ArticleRecords, position: Int) {
        contributions += records.contributions.map { (position, $0) }
    }

    package mutating func finish(into dataset: inout Dataset, articles: [ArticleRow]) {
        let visits = dataset.visits
        let visitIDs = dataset.visitIDs
        var rows: [VisitSummaryRow] = []
        var rowOfKey: [String: Int] = [:]
        var rowOfVisit: [String: Int] = [:]
        rowOfVisit.reserveCapacity(visits.count)
        for (host, year, id) in visits.summaryKeys() {
            let key = host + "|" + (year.map(String.init) ?? "")
            let row = rowOfKey[key] ?? {
                var row = VisitSummaryRow()
                row.hostCountry = host
                row.year = year
                rows.append(row)
                rowOfKey[key] = rows.count - 1
                return rows.count - 1
            }()
            rows[row].visits += 1
            rowOfVisit[id] = row
        }
        for (article, contribution) in contributions {
            guard visitIDs[article].indices.contains(contribution.visit), let row = rowOfVisit[visitIDs[article][contribution.visit]] else { continue }
            rows[row].documentsSigned += contribution.documentsSigned
            rows[row].agreementValueUSD += contribution.agreementValueUSD
            rows[row].delegationMembers += contribution.delegationMembers
        }
        dataset.visitSummary = rows.sorted { ($0.hostCountry, $0.year ?? 0) < ($1.hostCountry, $1.year ?? 0) }
        contributions = []
    }
}
