import CommuniqueCore
/// Merges the visits of all articles into one row per real-world visit, article by article in
/// input order (so the aggregate stage can run while later articles are still being extracted).
///
/// Two reports are the same visit when visitor country, host and status agree, their visitors do
/// not conflict, and both are dated with overlapping dates (undated reports merge only with
/// undated reports of the same visitor): an undated report says too little to be joined to a dated one.
///
/// A visit costs little memory while the run goes on: its evidence waits in the spool, and the
/// articles that report it are kept as positions.
package struct VisitMerger: Sendable {
    /// A visit so far: the merged mention (without its evidence), and which visits of which
    /// articles it is.
    struct MergedVisit: Sendable {
        var mention: VisitMention
        var evidence: SpooledTexts.Ref
        var members: [(article: Int32, local: Int32)]
    }

    private var merged: [MergedVisit] = []
    /// Only visits of the same visitor country, host and status can merge: look only there.
    private var buckets: [String: [Int32]] = [:]
    /// Visits of each article added so far.
    private var visitsPerArticle: [Int32] = []
    private var sourceIDs: [String] = []
    private var texts: SpooledTexts

    package init(spool: RecordSpool) { texts = SpooledTexts(spool: spool) }

    /// Adds the next article's visits.
    package mutating func add(_ visits: [VisitMention], sourceID: String) {
        let position = Int32(visitsPerArticle.count)
        visitsPerArticle.append(Int32(visits.count))
        sourceIDs.append(sourceID)
        for (local, mention) in visits.enumerated() {
            let bucket = mention.visitorCountry + "|" + mention.hostCountry + "|" + mention.status.rawValue
            if let index = buckets[bucket]?.first(where: { Self.same(merged[Int($0)].mention, mention) }).map(Int.init) {
                if merged[index].mention.visitor.isEmpty { merged[index].mention.visitor = mention.visitor }
                if merged[index].mention.city.isEmpty { merged[index].mention.city = mention.city }
                if merged[index].mention.hostLeader.isEmpty { merged[index].mention.hostLeader = mention.hostLeader }
                if merged[index].mention.occasion.isEmpty { merged[index].mention.occasion = mention.occasion }
                if merged[index].mention.visitType == nil { merged[index].mention.visitType = mention.visitType }
                merged[index].mention.dates = DateSpan.narrower(merged[index].mention.dates, mention.dates)
                merged[index].members.append((position, Int32(local)))
            } else {
                buckets[bucket, default: []].append(Int32(merged.count))
                var kept = mention
                kept.evidence = ""
                merged.append(MergedVisit(mention: kept, evidence: texts.append(mention.evidence), members: [(position, Int32(local))]))
            }
        }
    }

    /// The visits table, and for each article (by position) the visit id of each of its visits.
    package mutating func finish() -> (table: VisitTable, ids: [[String]]) {
        texts.flush()
        var ids = visitsPerArticle.map { [String](repeating: "", count: Int($0)) }
        var assigner = StableID.Assigner(prefix: "v-")
        let visitIDs = merged.map { m in
            assigner.next([m.mention.visitorCountry, m.mention.hostCountry, m.mention.visitor, m.mention.dates?.description ?? "",
                           m.mention.status.rawValue, m.members.map { sourceIDs[Int($0.article)] }.min() ?? ""])
        }
        for (index, visit) in merged.enumerated() {
            for (article, local) in visit.members { ids[Int(article)][Int(local)] = visitIDs[index] }
        }
        // Ids of one table share prefix and length: their numeric value sorts them as strings.
        let sortKeys = visitIDs.map(StableID.key)
        let order = merged.indices.sorted { sortKeys[$0] < sortKeys[$1] }.map(Int32.init)
        let table = VisitTable(merged: merged, ids: visitIDs, order: order, sourceIDs: sourceIDs, texts: texts)
        return (table, ids)
    }

    static func same(_ a: VisitMention, _ b: VisitMention) -> Bool {
        guard a.visitorCountry == b.visitorCountry, a.hostCountry == b.hostCountry else { return false }
        // Statuses matched case by case, not with `==`: that is a call into the Core module the
        // optimizer cannot see through, so it would copy each candidate mention out of `merged`.
        switch (a.status, b.status) {
        case (.held, .held), (.planned, .planned): break
        case (.held, .planned), (.planned, .held): return false
        }
        if !a.visitor.isEmpty, !b.visitor.isEmpty, a.visitor != b.visitor { return false }
        switch (a.dates, b.dates) {
        case (let x?, let y?): return DateSpan.overlaps(x, y)
        case (nil, nil): return !a.visitor.isEmpty && a.visitor == b.visitor
        default: return false
        }
    }
}
