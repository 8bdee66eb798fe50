/// A value found in text.
package struct Quantity: Sendable, Hashable {
    /// Nil only for a `VagueAmount`.
    package var value: Double?
    /// The upper end of a range: "$3-4 billion", "70-80 people".
    package var upper: Double?
    package var unit: QuantityUnit
    package var qualifier: ValueQualifier?
    package var vague: VagueAmount?
    /// Set when a change verb governs the value ("fell by 13%", "rose 5%", "dropped to $1 billion").
    package var direction: ChangeDirection?
    /// True when the value is the size of a change ("by 13%", "a further 17%", "increased 17%"),
    /// false when it is a level ("to $1.2 billion", "reached $4.1 billion").
    package var isChange: Bool
    /// UTF-8 byte offsets of the mention, qualifier words included; the change verb and "by"/"to" are not.
    package var range: Range<Int>

    package init(value: Double?, upper: Double? = nil, unit: QuantityUnit, qualifier: ValueQualifier? = nil,
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
