import CommuniqueCore

/// Vague amounts written in words: they carry no number.
public enum VagueAmount: String, Sendable, Hashable, CaseIterable, Vocabulary {
    case several, dozens, hundreds, thousands, tens_of_thousands, millions, many, numerous
}
