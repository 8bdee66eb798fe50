import CommuniqueCore
import CommuniqueOutput
import Dispatch
import Synchronization

/// Merges the visit reports of all articles into one `visits` row per real-world visit, and
/// gives the agreements and delegations that belong to a report its visit's id.
///
/// Nothing here depends on the order articles arrive in: reports wait in a sorted spill by visitor
/// country and host, each such group is clustered on its own (`VisitClusters`), and each
/// visit's fields come from its members in canonical order. Linked fact rows wait in another
/// sorted spill by (article, report) and are joined with the visits' ids at the end, so memory
/// holds one group and a few buffers, not the corpus.
package struct VisitMerger: Sendable {
    /// Groups of reports are spread over this many partitions by a hash of their key, and the
    /// partitions are clustered at the same time; each group lies in one partition, so the visits
    /// do not depend on the count (a constant, not the run's workers).
    static let partitions = 4

    /// Bytes a partition's sorter holds before it writes a run: the partitions together hold
    /// what one sorter of the default size does.
    static let partitionRunBytes = (8 << 20) / partitions

    /// The reports, by partition.
    private var mentions: [SortedRuns]
    /// Fact rows and visit-summary contributions that wait for their visit's id.
    private var links: SortedRuns
    private let spool: RecordSpool

    package init(spool: RecordSpool) {
        self.spool = spool
        mentions = (0..<Self.partitions).map { _ in SortedRuns(spool: spool, runBytes: Self.partitionRunBytes) }
        links = SortedRuns(spool: spool)
    }

    /// Where an article's report is, as the key both sides of the join sort by: the source id
    /// (never holding NUL), NUL, and the report's place, big-endian.
    static func linkKey(_ sourceID: String, _ local: Int) -> [UInt8] {
        var key = Array(sourceID.utf8)
        key.append(0)
        for shift in stride(from: 24, through: 0, by: -8) { key.append(UInt8(truncatingIfNeeded: local >> shift)) }
        return key
    }

    /// What a link carries.
    enum LinkKind: Int {
        case fact = 0
        case contribution = 1
    }

    package mutating func add(_ records: ArticleRecords) {
        var out = ByteRecordWriter()
        for (local, mention) in records.visits.enumerated() {
            out.removeAll()
            VisitMember(sourceID: records.article.sourceID, local: local, mention: mention).encode(into: &out)
            let key = Array("\(mention.visitorCountry)\u{1F}\(mention.hostCountry)".utf8)
            mentions[Self.partition(of: key)].add(key: key, payload: out.bytes)
        }
        for table in FactTable.allCases {
            let rows = table.records(of: records)
            for index in rows.records.indices where Self.isLinked(rows.records[index]) {
                let record = rows.records[index]
                out.removeAll()
                out.append(LinkKind.fact.rawValue)
                out.append(SpooledTable(table).rawValue)
                out.append(record.key)
                out.append(Int(record.visitField))
                out.append(bytes: rows.bytes(of: index))
                links.add(key: Self.linkKey(records.article.sourceID, Int(record.visit)), payload: out.bytes)
            }
        }
        for contribution in records.contributions {
            out.removeAll()
            out.append(LinkKind.contribution.rawValue)
            out.append(contribution.documentsSigned)
            out.append(contribution.agreementValueUSD)
            out.append(contribution.delegationMembers)
            links.add(key: Self.linkKey(records.article.sourceID, contribution.visit), payload: out.bytes)
        }
    }

    /// Takes the reports and links `other` (on the same spool) has kept.
    package mutating func absorb(_ other: consuming VisitMerger) {
        for (index, part) in other.mentions.enumerated() { mentions[index].absorb(part) }
        links.absorb(other.links)
    }

    /// A fact row that names one of its article's visits (and has a visit id column to fill).
    static func isLinked(_ record: TableRecords.Record) -> Bool {
        record.visit >= 0 && record.visitField >= 0
    }

    /// The partition of a group key: FNV-1a over its bytes.
    static func partition(of key: [UInt8]) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash % UInt64(partitions))
    }

    /// What one partition's clustering made: its visits' count and totals, its visit rows still in
    /// their buffers, and where each report's visit is.
    struct Clustered: Sendable {
        var visits = 0
        var totals: [VisitTotals.Key: VisitTotals] = [:]
        var rows: SpoolWriter
        var visitOf: SortedRuns
    }

    /// Writes the visits and the linked fact rows to `facts`; returns the visits per host and
    /// year with what their agreements and delegations add.
    ///
    /// The partitions are clustered on Dispatch workers at once; the join that follows reads one
    /// stream in order, so the totals add up in the same order whatever the workers did.
    package consuming func finish(facts: inout SpoolWriter, writer: CSVWriter) throws(PublishError) -> (visits: Int, totals: [VisitTotals.Key: VisitTotals]) {
        let spool = spool
        let parts = mentions
        let results = Mutex<[Result<Clustered, PublishError>?]>(Array(repeating: nil, count: parts.count))
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            let result = Result { () throws(PublishError) in try Self.cluster(parts[index], spool: spool, writer: writer) }
            results.withLock { $0[index] = result }
        }
        var totals: [VisitTotals.Key: VisitTotals] = [:]
        var visitOf = SortedRuns(spool: spool)
        var visits = 0
        for result in results.withLock({ $0 }) {
            guard var clustered = try result?.get() else { continue }
            visits += clustered.visits
            for (key, part) in clustered.totals { totals[key, default: VisitTotals()].visits += part.visits }
            clustered.rows.flush()
            visitOf.absorb(clustered.visitOf)
        }
        try join(try visitOf.sorted(), facts: &facts, totals: &totals)
        return (visits, totals)
    }

    /// One partition's groups of reports, each clustered into visits (`visits(of:)`).
    static func cluster(_ mentions: consuming SortedRuns, spool: RecordSpool, writer: CSVWriter) throws(PublishError) -> Clustered {
        var clustered = Clustered(rows: SpoolWriter(spool: spool), visitOf: SortedRuns(spool: spool))
        var sorted = try mentions.sorted()
        var group: [VisitMember] = []
        var groupKey: [UInt8]?
        func flush() {
            for visit in Self.visits(of: group) {
                clustered.visits += 1
                let key = VisitTotals.Key(host: visit.row.hostCountry, year: visit.year)
                clustered.totals[key, default: VisitTotals()].visits += 1
                var record: [UInt8] = []
                writer.append(record: visit.row.cells, to: &record)
                clustered.rows.add(record, key: StableID.key(visit.row.visitID), table: .visits)
                var target = ByteRecordWriter()
                target.append(visit.row.visitID)
                target.append(visit.row.hostCountry)
                target.append(visit.year ?? -1)
                for member in visit.members { clustered.visitOf.add(key: Self.linkKey(member.sourceID, member.local), payload: target.bytes) }
            }
            group.removeAll(keepingCapacity: true)
        }
        while let record = try sorted.next() {
            if record.key != groupKey {
                flush()
                groupKey = record.key
            }
            var reader = ByteRecordReader(record.payload[...])
            guard let member = try? VisitMember(from: &reader) else { throw .corrupt(what: "spooled visit report") }
            group.append(member)
        }
        flush()
        return clustered
    }

    /// Fills each waiting fact row's visit id and adds each contribution to its visit's totals.
    private consuming func join(_ targets: consuming SortedRecords, facts: inout SpoolWriter,
                                totals: inout [VisitTotals.Key: VisitTotals]) throws(PublishError) {
        var targets = targets
        var target = try targets.next()
        var linked = try links.sorted()
        while let link = try linked.next() {
            while let current = target, ByteOrder.compare(current.key, link.key) < 0 { target = try targets.next() }
            var visitID = ""
            var key: VisitTotals.Key?
            if let current = target, current.key == link.key {
                var reader = ByteRecordReader(current.payload[...])
                guard let id = try? reader.string(), let host = try? reader.string(), let year = try? reader.int() else {
                    throw .corrupt(what: "spooled visit id")
                }
                visitID = id
                key = VisitTotals.Key(host: host, year: year < 0 ? nil : year)
            }
            var reader = ByteRecordReader(link.payload[...])
            do throws(ByteRecordError) {
                switch LinkKind(rawValue: try reader.int()) {
                case .fact:
                    guard let table = SpooledTable(rawValue: try reader.string()) else { throw .malformed(offset: 0, "table") }
                    let rowKey = try reader.uint64()
                    let field = try reader.int()
                    let bytes = try reader.byteRun()
                    let split = bytes.startIndex + min(field, bytes.count)
                    facts.add(bytes, inserting: visitID.utf8, at: split, key: rowKey, table: table)
                case .contribution:
                    let (documents, value, members) = (try reader.int(), try reader.double(), try reader.int())
                    guard let key else { continue }
                    totals[key, default: VisitTotals()].documentsSigned += documents
                    totals[key, default: VisitTotals()].agreementValueUSD += value
                    totals[key, default: VisitTotals()].delegationMembers += members
                case nil: throw .malformed(offset: 0, "link kind")
                }
            } catch {
                throw .corrupt(what: "spooled visit link")
            }
        }
    }

    /// A merged visit: its row, its start year and its members.
    struct MergedVisit {
        var row: VisitRow
        var year: Int?
        var members: [VisitMember]
    }

    /// The visits of one group of reports (same visitor country and host), with ids.
    static func visits(of group: [VisitMember]) -> [MergedVisit] {
        var merged = VisitClusters.of(group).map { cluster in merge(cluster.map { group[$0] }) }
        // Ids are assigned in an order that depends only on the content: by the id's parts, then
        // by the first member; repeats of the same parts get the repeat number mixed in.
        let parts = merged.map(idParts)
        let order = merged.indices.sorted { left, right in
            if parts[left] != parts[right] { return parts[left].lexicographicallyPrecedes(parts[right]) }
            return VisitMember.precedes(merged[left].members[0], merged[right].members[0])
        }
        var assigner = StableID.Assigner(prefix: "v-")
        for index in order { merged[index].row.visitID = assigner.next(parts[index]) }
        return merged
    }

    static func idParts(_ visit: MergedVisit) -> [String] {
        let row = visit.row
        let dates = row.startDate.isEmpty ? "" : (row.endDate.isEmpty ? row.startDate : row.startDate + "/" + row.endDate)
        return [row.visitorCountry, row.hostCountry, row.visitor, dates, row.status.rawValue, row.sourceIDs.first ?? ""]
    }

    /// One visit from its members in canonical order: each field from the first member that has
    /// it, the narrowest dates, the first member's evidence; held when any member reports it held
    /// (a visit announced in one article and reported in another took place).
    static func merge(_ members: [VisitMember]) -> MergedVisit {
        let first = members[0].mention
        var mention = first
        for member in members.dropFirst() {
            let other = member.mention
            if mention.visitor.isEmpty { mention.visitor = other.visitor }
            if mention.city.isEmpty { mention.city = other.city }
            if mention.hostLeader.isEmpty { mention.hostLeader = other.hostLeader }
            if mention.occasion.isEmpty { mention.occasion = other.occasion }
            if mention.visitType == nil { mention.visitType = other.visitType }
            mention.dates = DateSpan.narrower(mention.dates, other.dates)
        }
        var row = VisitRow()
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
        row.status = members.contains { $0.mention.status == .held } ? .held : mention.status
        row.hostLeader = mention.hostLeader
        row.occasion = mention.occasion
        row.sourceIDs = Array(Set(members.map(\.sourceID))).sorted()
        row.evidence = first.evidence
        return MergedVisit(row: row, year: mention.dates?.start.year, members: members)
    }
}
