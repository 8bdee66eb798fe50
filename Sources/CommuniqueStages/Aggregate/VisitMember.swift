import CommuniqueCore

/// One article's report of a visit, as the visit merge sees it: the mention, the article it is
/// in and its place among that article's visits.
package struct VisitMember: Sendable {
    package var sourceID: String
    package var local: Int
    package var mention: VisitMention

    package init(sourceID: String, local: Int, mention: VisitMention) {
        self.sourceID = sourceID
        self.local = local
        self.mention = mention
    }

    /// First and last day the report's dates may cover, as day numbers.
    var days: ClosedRange<Int>? {
        guard let dates = mention.dates else { return nil }
        let first = dates.start.firstDay.dayNumber ?? 0
        return first...max(first, (dates.end ?? dates.start).lastDay.dayNumber ?? first)
    }

    /// The canonical order of members: by article, then by place in the article.
    static func precedes(_ left: VisitMember, _ right: VisitMember) -> Bool {
        (left.sourceID, left.local) < (right.sourceID, right.local)
    }

    func encode(into out: inout ByteRecordWriter) {
        out.append(sourceID)
        out.append(local)
        ArticleRecords.encode(mention, into: &out)
    }

    init(from reader: inout ByteRecordReader) throws(ByteRecordError) {
        sourceID = try reader.string()
        local = try reader.count(atMost: Int(Int32.max))
        mention = try ArticleRecords.decodeMention(&reader, sourceID: sourceID)
    }
}
