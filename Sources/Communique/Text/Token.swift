/// A word or a punctuation mark of a sentence, as byte offsets into the sentence's UTF-8.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// FNV-1a hash of the ASCII-lowercased bytes: the key for lexicon and gazetteer look-ups.
    public var foldedHash: UInt64
    /// True when the first byte is an uppercase ASCII letter or a non-ASCII letter.
    public var isCapitalized: Bool
}
