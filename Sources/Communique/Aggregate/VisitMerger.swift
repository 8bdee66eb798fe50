/// Merges the visits of all articles into one row per real-world visit.
///
/// Two reports are the same visit when visitor country, host and status agree, their visitors do
/// not conflict, and both are dated with overlapping dates (undated reports merge only with
/// undated reports of the same visitor): an undated report says too little to be joined to a dated one.
public struct VisitMerger: Sendable {
    public init() {}

    /// The merged rows, sorted by id, and for each article (by position) the visit id of each of its visits.
    public func merge(_ articles: [ArticleRecords]) -> (rows: [VisitRow], ids: [[String]]) {
        var merged: [(mention: VisitMention, sources: [String], members: [(article: Int, local: Int)])] = []
        // Only visits of the same visitor country, host and status can merge: look only there.
        var buckets: [String: [Int]] = [:]
        for (position, article) in articles.enumerated() {
            for (local, mention) in article.visits.enumerated() {
                let bucket = mention.visitorCountry + "|" + mention.hostCountry + "|" + mention.status
                if let index = buckets[bucket]?.first(where: { Self.same(merged[$0].mention, mention) }) {
                    var visit = merged[index].mention
                    if visit.visitor.isEmpty { visit.visitor = mention.visitor }
                    if visit.city.isEmpty { visit.city = mention.city }
                    if visit.hostLeader.isEmpty { visit.hostLeader = mention.hostLeader }
                    if visit.occasion.isEmpty { visit.occasion = mention.occasion }
                    if visit.visitType == nil { visit.visitType = mention.visitType }
                    visit.dates = ArticleExtractor.narrower(visit.dates, mention.dates)
                    merged[index].mention = visit
                    merged[index].sources.append(article.article.sourceID)
                    merged[index].members.append((position, local))
                } else {
                    buckets[bucket, default: []].append(merged.count)
                    merged.append((mention, [article.article.sourceID], [(position, local)]))
                }
            }
        }
        var rows: [VisitRow] = []
        var ids = articles.map { [String](repeating: "", count: $0.visits.count) }
        let keys = merged.map { m in
            [m.mention.visitorCountry, m.mention.hostCountry, m.mention.visitor, m.mention.dates?.description ?? "", m.mention.status, m.sources.sorted().first ?? ""]
        }
        for (entry, id) in zip(merged, StableID.assign("v-", keys)) {
            let mention = entry.mention
            var row = VisitRow()
            row.visitID = id
            row.visitor = mention.visitor
            row.visitorCountry = mention.visitorCountry
            row.hostCountry = mention.hostCountry
            row.city = mention.city
            if let dates = mention.dates {
                row.startDate = dates.start.description
                if let end = dates.end, end != dates.start { row.endDate = end.description }
                row.datePrecision = dates.start.day != nil ? "day" : dates.start.month != nil ? "month" : "year"
            }
            row.visitType = mention.visitType ?? "unspecified"
            row.status = mention.status
            row.hostLeader = mention.hostLeader
            row.occasion = mention.occasion
            row.sourceIDs = Array(Set(entry.sources)).sorted()
            row.evidence = mention.evidence
            rows.append(row)
            for (article, local) in entry.members { ids[article][local] = id }
        }
        return (rows.sorted { $0.visitID < $1.visitID }, ids)
    }

    static func same(_ a: VisitMention, _ b: VisitMention) -> Bool {
        guard a.visitorCountry == b.visitorCountry, a.hostCountry == b.hostCountry, a.status == b.status else { return false }
        if !a.visitor.isEmpty, !b.visitor.isEmpty, a.visitor != b.visitor { return false }
        switch (a.dates, b.dates) {
        case (let x?, let y?): return ArticleExtractor.overlaps(x, y)
        case (nil, nil): return !a.visitor.isEmpty && a.visitor == b.visitor
        default: return false
        }
    }
}
