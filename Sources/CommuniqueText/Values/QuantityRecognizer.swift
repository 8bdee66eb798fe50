/// Finds numbers, money, percentages and multipliers in English news text.
public struct QuantityRecognizer: Sendable {
    /// The words and signs of the grammar.
    public let lexicon: ValueLexicon
    /// The text writes decimals with a comma ("$585,76 million"), so "$1,858 billion" is 1.858
    /// billion, not 1,858 billion (see `writesDecimalComma`).
    public let decimalComma: Bool

    public init(lexicon: ValueLexicon, decimalComma: Bool = false) {
        self.lexicon = lexicon
        self.decimalComma = decimalComma
    }

    /// All quantities in `text`, in order, non-overlapping.
    public func quantities(in text: String) -> [Quantity] {
        ValueTokenizer.withBytes(text) { bytes in
            var parser = QuantityParser(tokens: ValueTokenizer.tokenize(bytes, lexicon: lexicon), lexicon: lexicon, decimalComma: decimalComma)
            return parser.run()
        }
    }

    /// All quantities in `sentence`, read from its bytes without making a `String`.
    public func quantities(in sentence: Sentence) -> [Quantity] {
        sentence.utf8.withUnsafeBufferPointer { bytes in
            var parser = QuantityParser(tokens: ValueTokenizer.tokenize(bytes, lexicon: lexicon), lexicon: lexicon, decimalComma: decimalComma)
            return parser.run()
        }
    }
}
