import CommuniqueCore
/// A date expression found in text.
public struct DateMention: Sendable, Hashable {
    /// Nil when the expression is relative and the DCT is unknown or too coarse (never guessed).
    public var span: DateSpan?
    /// "last year", "on Monday", "the first nine months of this year", a month without a year.
    public var isRelative: Bool
    /// Points at or after the DCT: "by 2030", "next week", "tomorrow".
    public var isFuture: Bool
    /// "annually", "per year", "a year": span nil.
    public var isHabitual: Bool
    /// UTF-8 byte offsets, governing words such as "since", "by", "at the end of" included.
    public var range: Range<Int>

    public init(span: DateSpan?, isRelative: Bool = false, isFuture: Bool = false, isHabitual: Bool = false,
                range: Range<Int>) {
        self.span = span
        self.isRelative = isRelative
        self.isFuture = isFuture
        self.isHabitual = isHabitual
        self.range = range
    }
}
