/// The figures of one (country, partner, indicator, period, unit) seen so far.
package struct SeriesGroup: Sendable {
    var first: SeriesPoint
    var values: [Double] = []
    /// Positions of the articles that gave the figures (each once, in order).
    var articles: [Int32] = []

    /// An empty group whose columns are `first`'s; `add` it too.
    init(first: SeriesPoint) { self.first = first }

    mutating func add(_ point: SeriesPoint, article: Int) {
        values.append(point.value)
        if articles.last != Int32(article) { articles.append(Int32(article)) }
    }
}
