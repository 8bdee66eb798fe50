/// Merges the visits of all articles into one row per real-world visit, article by article in
/// input order (so the aggregate stage can run while later articles are still being extracted).
///
/// Two reports are the same visit when visitor country, host and status agree, their visitors do
/// not conflict, and both are dated with overlapping dates (undated reports merge only with
/// undated reports of the same visitor): an undated report says too little to be joined to a dated one.
public struct VisitMerger: Sendable {
    /// A visit so far: the merged mention, the articles that report it and which of their visits it is.
    struct MergedVisit: Sendable {
        var mention: VisitMention
        var sources: [String]
        var members: [(article: Int, local: Int)]
    }

    private var merged: [MergedVisit] = []
    /// Only visits of the same visitor country, host and status can merge: look only there.
    private var buckets: [String: [Int]] = [:]
    /// Visits of each article added so far.
    private var visitsPerArticle: [Int] = []

    public init() {}

    /// Adds the next article's visits.
    public mutating func add(_ visits: [VisitMention], sourceID: String) {
        let position = visitsPerArticle.count
        visitsPerArticle.append(visits.count)
        for (local, mention) in visits.enumerated() {
            let bucket = mention.visitorCountry + "|" + mention.hostCountry + "|" + mention.status
            if let index = buckets[bucket]?.first(where: { Self.same(merged[$0].mention, mention) }) {
                if merged[index].mention.visitor.isEmpty { merged[index].mention.visitor = mention.visitor }
                if merged[index].mention.city.isEmpty { merged[index].mention.city = mention.city }
                if merged[index].mention.hostLeader.isEmpty { merged[index].mention.hostLeader = mention.hostLeader }
                if merged[index].mention.occasion.isEmpty { merged[index].mention.occasion = mention.occasion }
                if merged[index].mention.visitType == nil { merged[index].mention.visitType = mention.visitType }
                merged[index].mention.dates = ArticleExtractor.narrower(merged[index].mention.dates, mention.dates)
                merged[index].sources.append(sourceID)
                merged[index].members.append((position, local))
            } else {
                buckets[bucket, default: []].append(merged.count)
                merged.append(MergedVisit(mention: mention, sources: [sourceID], members: [(position, local)]))
            }
        }
    }

    /// The merged rows, sorted by id, and for each article (by position) the visit id of each of its visits.
    public func finish() -> (rows: [VisitRow], ids: [[String]]) {
        var rows: [VisitRow] = []
        rows.reserveCapacity(merged.count)
        var ids = visitsPerArticle.map { [String](repeating: "", count: $0) }
        let keys = merged.map { m in
            [m.mention.visitorCountry, m.mention.hostCountry, m.mention.visitor, m.mention.dates?.description ?? "", m.mention.status, m.sources.min() ?? ""]
        }
        for (index, id) in StableID.assign("v-", keys).enumerated() {
            let mention = merged[index].mention
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
            row.sourceIDs = Array(Set(merged[index].sources)).sorted()
            row.evidence = mention.evidence
            rows.append(row)
            for (article, local) in merged[index].members { ids[article][local] = id }
        }
        // Ids of one table share prefix and length: their numeric value sorts them as strings.
        let sortKeys = rows.map { StableID.key($0.visitID) }
        let order = rows.indices.sorted { sortKeys[$0] < sortKeys[$1] }
        return (order.map { rows[$0] }, ids)
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
