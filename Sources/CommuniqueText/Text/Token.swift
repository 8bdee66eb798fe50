/// A word or a punctuation mark of a sentence, as byte offsets into the sentence's UTF-8.
///
/// The two one-byte fields come last, so a token takes 32 bytes in an array rather than 40
/// (a byte between two 8-byte fields would be padded to 8): every sentence holds an array of them.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    public var start: Int
    public var end: Int
    /// FNV-1a hash of the ASCII-lowercased bytes: the key for lexicon and gazetteer look-ups.
    public var foldedHash: UInt64
    public var kind: Kind
    /// True when the first byte is an uppercase ASCII letter or a non-ASCII letter.
    public var isCapitalized: Bool

    public init(start: Int, end: Int, kind: Kind, foldedHash: UInt64, isCapitalized: Bool) {
        self.start = start
        self.end = end
        self.foldedHash = foldedHash
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}
