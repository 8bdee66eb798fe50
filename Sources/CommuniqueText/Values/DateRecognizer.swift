import CommuniqueCore
/// Finds dates and periods in English news text, resolving relative ones against the article date.
public struct DateRecognizer: Sendable {
    /// Document creation time (article date) at any precision, or nil when unknown.
    public let dct: PartialDate?
    public let numericOrder: NumericDateOrder
    /// The words of the grammar (month and day names among them).
    public let lexicon: ValueLexicon

    public init(dct: PartialDate?, numericOrder: NumericDateOrder = .unknown, lexicon: ValueLexicon) {
        self.dct = dct
        self.numericOrder = numericOrder
        self.lexicon = lexicon
    }

    /// All date mentions in `text`, in order, non-overlapping.
    public func dates(in text: String) -> [DateMention] {
        ValueTokenizer.withBytes(text) { bytes in
            var parser = DateParser(tokens: ValueTokenizer.tokenize(bytes, lexicon: lexicon), dct: dct, order: numericOrder)
            return parser.run()
        }
    }

    /// All date mentions in `sentence`, read from its bytes without making a `String`.
    public func dates(in sentence: Sentence) -> [DateMention] {
        sentence.utf8.withUnsafeBufferPointer { bytes in
            var parser = DateParser(tokens: ValueTokenizer.tokenize(bytes, lexicon: lexicon), dct: dct, order: numericOrder)
            return parser.run()
        }
    }

    /// The UTF-8 offset where `line` first names a day, with its year or without ("Oct 29"), or nil.
    public static func firstDay(in line: String, lexicon: ValueLexicon) -> Int? {
        // Any year resolves a day written without one; only its precision is asked.
        DateRecognizer(dct: PartialDate(year: 2000, month: 6, day: 15), numericOrder: .dayFirst, lexicon: lexicon).dates(in: line)
            .first { $0.span?.start.day != nil && $0.span?.end == nil }?.range.lowerBound
    }

    /// The full date in an article's dateline: "7-03-2017, 09:07", "21.02.2024", "March 3, 2017",
    /// "2024-05-27 10:15", "BISHKEK, Feb 28, 2017 (Reuters)".
    ///
    /// Numeric forms are read day first unless that is impossible ("5/27/2024"). A line without a
    /// complete day-precision date (no year written) gives nil.
    public static func dateline(in line: String, lexicon: ValueLexicon) -> PartialDate? {
        let found = DateRecognizer(dct: nil, numericOrder: .dayFirst, lexicon: lexicon).dates(in: line)
        for m in found where !m.isRelative {
            if let s = m.span?.start, s.day != nil { return s }
        }
        return nil
    }
}
