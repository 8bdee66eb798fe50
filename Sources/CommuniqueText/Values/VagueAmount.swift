import CommuniqueCore

/// Vague amounts written in words: they carry no number.
public enum VagueAmount: String, Sendable, Hashable, CaseIterable, Vocabulary {
    case several, dozens, hundreds, thousands, tens_of_thousands, millions, many, numerous
}


extension VagueAmount {
    /// The scale the amount stands for right after a number ("$2,812 millions" is 2,812 million):
    /// the plural of a scale word, in the style of some regional presses.
    var scaleAfterNumber: Double? {
        switch self {
        case .thousands: 1e3
        case .millions: 1e6
        default: nil
        }
    }
}
