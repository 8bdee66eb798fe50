import CommuniqueCore
import CommuniqueOutput
/// The merged visits as the `visits` table, in id order. A row is made when it is written, so
/// the table never sits in memory as rows of strings.
package struct VisitTable: Sendable {
    let merged: [VisitMerger.MergedVisit]
    /// Visit id by merged visit.
    let ids: [String]
    /// Merged visits in id order.
    let order: [Int32]
    /// Source id by article position.
    let sourceIDs: [String]
    let texts: SpooledTexts?

    package var count: Int { order.count }

    /// Row `i` of the table.
    package func row(_ i: Int) throws(PublishError) -> VisitRow {
        let index = Int(order[i])
        let visit = merged[index]
        let mention = visit.mention
        var row = VisitRow()
        row.visitID = ids[index]
        row.visitor = mention.visitor
        row.visitorCountry = mention.visitorCountry
        row.hostCountry = mention.hostCountry
        row.city = mention.city
        if let dates = mention.dates {
            row.startDate = dates.start.description
            if let end = dates.end, end != dates.start { row.endDate = end.description }
            row.datePrecision = DatePrecision(of: dates.start)
        }
        row.visitType = mention.visitType ?? .unspecified
        row.status = mention.status
        row.hostLeader = mention.hostLeader
        row.occasion = mention.occasion
        row.sourceIDs = Array(Set(visit.members.map { sourceIDs[Int($0.article)] })).sorted()
        row.evidence = try texts?.text(visit.evidence) ?? ""
        return row
    }

    /// Host country, start year and id of each visit, in id order: what `visit_summary` needs.
    func summaryKeys() -> [(host: String, year: Int?, id: String)] {
        order.map { index in
            let mention = merged[Int(index)].mention
            return (mention.hostCountry, mention.dates.flatMap { Int($0.start.description.prefix(4)) }, ids[Int(index)])
        }
    }
}
