/// How precisely a visit's start is known (`visits.date_precision`).
public enum DatePrecision: String, Sendable, CaseIterable, Vocabulary {
    case day, month, year

    /// The precision `date` is written at.
    public init(of date: PartialDate) {
        self = date.day != nil ? .day : date.month != nil ? .month : .year
    }
}
