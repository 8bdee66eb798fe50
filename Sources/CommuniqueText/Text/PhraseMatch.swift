/// A phrase found in a sentence: the tokens it covers and what it stands for.
public struct PhraseMatch<Value: Sendable>: Sendable {
    public var tokenStart: Int
    public var tokenEnd: Int
    public var value: Value
}
