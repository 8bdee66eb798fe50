/// A phrase found in a sentence: the tokens it covers and what it stands for.
public struct PhraseMatch<Value: Sendable>: Sendable {
    public var tokenStart: Int
    public var tokenEnd: Int
    public var value: Value

    public init(tokenStart: Int, tokenEnd: Int, value: Value) {
        self.tokenStart = tokenStart
        self.tokenEnd = tokenEnd
        self.value = value
    }
}
