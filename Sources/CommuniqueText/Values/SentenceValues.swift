/// The value tokens of one sentence, made once: its quantities and its dates are both read from
/// them, where each used to tokenise the sentence again.
public struct SentenceValues: Sendable {
    let tokens: [ValueToken]
    let lexicon: ValueLexicon

    public init(_ sentence: Sentence, lexicon: ValueLexicon) {
        tokens = sentence.utf8.withUnsafeBufferPointer { ValueTokenizer.tokenize($0, lexicon: lexicon) }
        self.lexicon = lexicon
    }

    /// What `recognizer.quantities(in:)` finds in the sentence.
    public func quantities(_ recognizer: QuantityRecognizer) -> [Quantity] {
        var parser = QuantityParser(tokens: tokens, lexicon: lexicon, decimalComma: recognizer.decimalComma)
        return parser.run()
    }

    /// What `recognizer.dates(in:)` finds in the sentence.
    public func dates(_ recognizer: DateRecognizer) -> [DateMention] {
        var parser = DateParser(tokens: tokens, dct: recognizer.dct, order: recognizer.numericOrder)
        return parser.run()
    }
}
