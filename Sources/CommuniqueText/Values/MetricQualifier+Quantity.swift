import CommuniqueCore

/// The value grammar's qualifiers in `trade_metrics.qualifier`: every one has its value
/// (`target` comes from the lexicon, never from the grammar).
public extension MetricQualifier {
    init(_ qualifier: ValueQualifier) {
        switch qualifier {
        case .nearly: self = .nearly
        case .about: self = .about
        case .over: self = .over
        case .upTo: self = .upTo
        case .atLeast: self = .atLeast
        case .record: self = .record
        case .forecast: self = .forecast
        }
    }
}
