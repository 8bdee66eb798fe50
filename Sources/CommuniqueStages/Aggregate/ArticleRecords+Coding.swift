import CommuniqueCore

/// An article's records as bytes and back, for partials: what `communique extract` writes and
/// `communique merge` reads is exactly what the aggregate stage takes in one process.
extension ArticleRecords {
    package func encode(into out: inout ByteRecordWriter) {
        for field in [article.sourceID, article.title, article.published, article.publishedFrom.rawValue, article.outlet,
                      article.language] { out.append(field) }
        out.append(article.words ?? -1)
        out.append(article.sha256)
        out.append(article.status.rawValue)
        out.append(sentences)
        out.append(visits.count)
        for visit in visits { Self.encode(visit, into: &out) }
        for table in FactTable.allCases {
            let rows = table.records(of: self)
            out.append(rows.records.count)
            for index in rows.records.indices {
                let record = rows.records[index]
                out.append(record.key)
                out.append(Int(record.visitField))
                out.append(Int(record.visit))
                out.append(bytes: rows.bytes(of: index))
            }
        }
        out.append(series.count)
        for point in series {
            for field in [point.country, point.partner, point.indicator, point.period, point.unit] { out.append(field) }
            out.append(point.value)
        }
        out.append(contributions.count)
        for contribution in contributions {
            out.append(contribution.visit)
            out.append(contribution.documentsSigned)
            out.append(contribution.agreementValueUSD)
            out.append(contribution.delegationMembers)
        }
    }

    package init(from reader: inout ByteRecordReader) throws(ByteRecordError) {
        let limit = reader.bytes.count
        article = ArticleRow(sourceID: try reader.string())
        article.title = try reader.string()
        article.published = try reader.string()
        article.publishedFrom = try Self.vocabulary(&reader)
        article.outlet = try reader.string()
        article.language = try reader.string()
        let words = try reader.int()
        article.words = words < 0 ? nil : words
        article.sha256 = try reader.string()
        article.status = try Self.vocabulary(&reader)
        sentences = try reader.count(atMost: Int(Int32.max))
        visits = []
        for _ in 0..<(try reader.count(atMost: limit)) { visits.append(try Self.decodeMention(&reader, sourceID: article.sourceID)) }
        for table in FactTable.allCases {
            var rows = TableRecords()
            for _ in 0..<(try reader.count(atMost: limit)) {
                let key = try reader.uint64()
                let visitField = try reader.int()
                let visit = try reader.int()
                guard (-1...Int(Int32.max)).contains(visitField), (-1...Int(Int32.max)).contains(visit) else {
                    throw .malformed(offset: reader.offset, "visit link out of range")
                }
                rows.append(record: try reader.byteRun(), key: key, visitField: Int32(visitField), visit: Int32(visit))
            }
            switch table {
            case .agreements: agreements = rows
            case .tradeMetrics: metrics = rows
            case .delegations: delegations = rows
            }
        }
        for _ in 0..<(try reader.count(atMost: limit)) {
            let (country, partner, indicator, period, unit) = (try reader.string(), try reader.string(), try reader.string(),
                                                               try reader.string(), try reader.string())
            series.append(SeriesPoint(country: country, partner: partner, indicator: indicator, period: period, unit: unit,
                                      value: try reader.double()))
        }
        for _ in 0..<(try reader.count(atMost: limit)) {
            contributions.append(VisitContribution(visit: try reader.count(atMost: Int(Int32.max)), documentsSigned: try reader.int(),
                                                   agreementValueUSD: try reader.double(), delegationMembers: try reader.int()))
        }
    }

    /// A visit mention's fields that the aggregate stage uses (not the rule or the sentence).
    static func encode(_ visit: VisitMention, into out: inout ByteRecordWriter) {
        for field in [visit.visitor, visit.visitorCountry, visit.hostCountry, visit.city, visit.visitType?.rawValue ?? "",
                      visit.status.rawValue, visit.hostLeader, visit.occasion, visit.evidence] { out.append(field) }
        encode(visit.dates, into: &out)
    }

    static func decodeMention(_ reader: inout ByteRecordReader, sourceID: String) throws(ByteRecordError) -> VisitMention {
        var visit = VisitMention(visitorCountry: "", hostCountry: "", sourceID: sourceID, evidence: "", sentenceIndex: 0)
        visit.visitor = try reader.string()
        visit.visitorCountry = try reader.string()
        visit.hostCountry = try reader.string()
        visit.city = try reader.string()
        let visitType = try reader.string()
        visit.visitType = visitType.isEmpty ? nil : try vocabulary(visitType, at: reader.offset)
        visit.status = try vocabulary(&reader)
        visit.hostLeader = try reader.string()
        visit.occasion = try reader.string()
        visit.evidence = try reader.string()
        visit.dates = try decodeDates(&reader)
        return visit
    }

    static func vocabulary<Value: RawRepresentable<String>>(_ reader: inout ByteRecordReader) throws(ByteRecordError) -> Value {
        try vocabulary(try reader.string(), at: reader.offset)
    }

    static func vocabulary<Value: RawRepresentable<String>>(_ text: String, at offset: Int) throws(ByteRecordError) -> Value {
        guard let value = Value(rawValue: text) else { throw .malformed(offset: offset, "unknown value \(text)") }
        return value
    }

    static func encode(_ dates: DateSpan?, into out: inout ByteRecordWriter) {
        guard let dates else { return out.append(0) }
        out.append(dates.end == nil ? 1 : 2)
        for date in [dates.start] + (dates.end.map { [$0] } ?? []) {
            out.append(date.year)
            out.append(date.month ?? 0)
            out.append(date.day ?? 0)
        }
    }

    static func decodeDates(_ reader: inout ByteRecordReader) throws(ByteRecordError) -> DateSpan? {
        let parts = try reader.count(atMost: 2)
        guard parts > 0 else { return nil }
        var dates: [PartialDate] = []
        for _ in 0..<parts {
            let (year, month, day) = (try reader.int(), try reader.count(atMost: 12), try reader.count(atMost: 31))
            dates.append(PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day))
        }
        return DateSpan(start: dates[0], end: dates.count > 1 ? dates[1] : nil)
    }
}
