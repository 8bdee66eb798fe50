/// The figures of one (country, partner, indicator, period, unit) seen so far.
struct SeriesGroup: Sendable {
    var first: SeriesPoint
    var values: [Double]
    var sources: Set<String>

    /// An empty group whose columns are `first`'s; `add` it too.
    init(first: SeriesPoint) {
        self.first = first
        values = []
        sources = []
    }

    mutating func add(_ point: SeriesPoint) {
        values.append(point.value)
        sources.insert(point.sourceID)
    }
}
