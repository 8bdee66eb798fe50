import CommuniqueCore

/// The value grammar's qualifiers in `agreements.value_qualifier`: every one but `forecast`
/// has its value.
public extension AgreementValueQualifier {
    init?(_ qualifier: ValueQualifier) {
        switch qualifier {
        case .nearly: self = .nearly
        case .about: self = .about
        case .over: self = .over
        case .upTo: self = .upTo
        case .atLeast: self = .atLeast
        case .record: self = .record
        case .forecast: return nil
        }
    }
}
