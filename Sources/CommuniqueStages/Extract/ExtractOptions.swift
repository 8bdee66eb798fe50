import CommuniqueText
/// Options of the extract stage.
package struct ExtractOptions: Sendable {
    /// How ambiguous numeric dates such as `3/7/2017` are read: the outlets' convention.
    package var numericDateOrder: NumericDateOrder = .unknown
    /// Record for each fact the rule that produced it (for `communique explain`; costs time in runs).
    package var recordsRules: Bool = false

    package init(numericDateOrder: NumericDateOrder = .unknown, recordsRules: Bool = false) {
        self.numericDateOrder = numericDateOrder
        self.recordsRules = recordsRules
    }
}
