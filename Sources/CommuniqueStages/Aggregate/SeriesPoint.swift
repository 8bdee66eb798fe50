/// One trade figure with a value and a period, as `trade_series` groups it.
package struct SeriesPoint: Sendable {
    var country: String
    var partner: String
    var indicator: String
    var period: String
    var unit: String
    var value: Double

    /// The group key; U+001F sorts below every printable character, so keys order like the columns.
    var key: String { [country, partner, indicator, period, unit].joined(separator: "\u{1F}") }
}
