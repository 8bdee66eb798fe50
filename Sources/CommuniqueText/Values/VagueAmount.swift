/// Vague amounts written in words: they carry no number.
package enum VagueAmount: String, Sendable, Hashable {
    case several, dozens, hundreds, thousands, tens_of_thousands, millions, many, numerous
}
