/// A value found in text.
public struct Quantity: Sendable, Hashable {
    /// Nil only for a `VagueAmount`.
    public var value: Double?
    /// The upper end of a range: "$3-4 billion", "70-80 people".
    public var upper: Double?
    public var unit: QuantityUnit
    public var qualifier: ValueQualifier?
    public var vague: VagueAmount?
    /// Set when a change verb governs the value ("fell by 13%", "rose 5%", "dropped to $1 billion").
    public var direction: ChangeDirection?
    /// True when the value is the size of a change ("by 13%", "a further 17%", "increased 17%"),
    /// false when it is a level ("to $1.2 billion", "reached $4.1 billion").
    public var isChange: Bool
    /// UTF-8 byte offsets of the mention, qualifier words included; the change verb and "by"/"to" are not.
    public var range: Range<Int>

    public init(value: Double?, upper: Double? = nil, unit: QuantityUnit, qualifier: ValueQualifier? = nil,
                vague: VagueAmount? = nil, direction: ChangeDirection? = nil, isChange: Bool = false,
                range: Range<Int>) {
        self.value = value
        self.upper = upper
        self.unit = unit
        self.qualifier = qualifier
        self.vague = vague
        self.direction = direction
        self.isChange = isChange
        self.range = range
    }
}
