import CommuniqueCore

extension InputSummary {
    func encode(into out: inout ByteRecordWriter) {
        for count in [articles, bytesRead, manifestRows, badDates, duplicateRows, rowsWithoutArticle] { out.append(count) }
        for list in [notArticles, warnings] {
            out.append(list.count)
            for text in list { out.append(text) }
        }
    }

    init(from reader: inout ByteRecordReader) throws(ByteRecordError) {
        self.init()
        let limit = Int(Int64.max)
        (articles, bytesRead, manifestRows) = (try reader.count(atMost: limit), try reader.count(atMost: limit), try reader.count(atMost: limit))
        (badDates, duplicateRows, rowsWithoutArticle) = (try reader.count(atMost: limit), try reader.count(atMost: limit),
                                                         try reader.count(atMost: limit))
        for list in 0..<2 {
            var texts: [String] = []
            for _ in 0..<(try reader.count(atMost: reader.bytes.count)) { texts.append(try reader.string()) }
            if list == 0 { notArticles = texts } else { warnings = texts }
        }
    }
}
