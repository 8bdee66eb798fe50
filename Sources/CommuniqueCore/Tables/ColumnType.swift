/// What a column holds, as the data package and the tests understand it.
public enum ColumnType: String, Sendable, Hashable {
    case string
    case integer
    case number
    case boolean
    /// ISO 8601 at the precision known (`2017`, `2017-02`, `2017-02-28`) or a span `start/end`.
    case isoDate = "iso_date"
    /// Several values joined with `;`, sorted.
    case list
}
