/// Finds numbers, money, percentages and multipliers in English news text.
public struct QuantityRecognizer: Sendable {
    /// The words and signs of the grammar.
    public let lexicon: ValueLexicon

    public init(lexicon: ValueLexicon) {
        self.lexicon = lexicon
    }

    /// All quantities in `text`, in order, non-overlapping.
    public func quantities(in text: String) -> [Quantity] {
        ValueTokenizer.withBytes(text) { bytes in
            var parser = QuantityParser(tokens: ValueTokenizer.tokenize(bytes, lexicon: lexicon), lexicon: lexicon)
            return parser.run()
        }
    }

    /// All quantities in `sentence`, read from its bytes without making a `String`.
    public func quantities(in sentence: Sentence) -> [Quantity] {
        sentence.utf8.withUnsafeBufferPointer { bytes in
            var parser = QuantityParser(tokens: ValueTokenizer.tokenize(bytes, lexicon: lexicon), lexicon: lexicon)
            return parser.run()
        }
    }
}
