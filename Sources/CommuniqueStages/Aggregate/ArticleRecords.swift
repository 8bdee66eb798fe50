import CommuniqueCore
import CommuniqueOutput
/// What the aggregate stage keeps of one article: its `articles` row, its visits (merged across
/// articles later), its fact rows already written as CSV records, and the little the aggregate
/// tables need. Built by the worker that extracted the article, so the CSV work is parallel.
package struct ArticleRecords: Sendable {
    package var article: ArticleRow
    package var visits: [VisitMention]
    package var agreements = TableRecords()
    package var metrics = TableRecords()
    package var delegations = TableRecords()
    var series: [SeriesPoint] = []
    var contributions: [VisitContribution] = []
    /// Sentences after cleaning, for the run's stage counts.
    package var sentences: Int

    static let agreementVisitColumn = AgreementRow.schema.columns.firstIndex { $0.name == "visit_id" }
    static let delegationVisitColumn = DelegationRow.schema.columns.firstIndex { $0.name == "visit_id" }

    /// Lets the fact rows go once they are spooled; their counts stay.
    package mutating func releaseFactRows() {
        agreements.releaseRows()
        metrics.releaseRows()
        delegations.releaseRows()
    }

    package init(_ facts: ArticleFacts, writer: CSVWriter) {
        article = facts.article
        visits = facts.visits
        sentences = facts.sentences
        for fact in facts.agreements {
            agreements.append(fact.row.cells, key: StableID.key(fact.row.agreementID), visitColumn: Self.agreementVisitColumn,
                              visit: fact.visitIndex, writer: writer)
            if let visit = fact.visitIndex, let status = fact.row.status, VisitSummaryStep.signedStatuses.contains(status) {
                contributions.append(VisitContribution(
                    visit: visit, documentsSigned: fact.row.count ?? 1,
                    agreementValueUSD: fact.row.currency == "USD" ? fact.row.value ?? 0 : 0))
            }
        }
        for fact in facts.metrics {
            let row = fact.row
            metrics.append(row.cells, key: StableID.key(row.metricID), visitColumn: nil, visit: nil, writer: writer)
            if let value = row.value, !row.period.isEmpty {
                series.append(SeriesPoint(country: row.country, partner: row.partner, indicator: row.indicator, period: row.period,
                                          unit: row.unit, value: value))
            }
        }
        for fact in facts.delegations {
            delegations.append(fact.row.cells, key: StableID.key(fact.row.delegationID), visitColumn: Self.delegationVisitColumn,
                               visit: fact.visitIndex, writer: writer)
            if let visit = fact.visitIndex, let size = fact.row.size {
                contributions.append(VisitContribution(visit: visit, delegationMembers: size))
            }
        }
    }
}
