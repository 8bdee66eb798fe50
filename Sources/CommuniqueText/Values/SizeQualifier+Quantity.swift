import CommuniqueCore

/// The value grammar's vague amounts and qualifiers in `delegations.size_qualifier`.
public extension SizeQualifier {
    /// The size's qualifier: its vague amount when it is one ("dozens of students"), else its
    /// qualifier word; nil when it has neither or the table has no such value.
    init?(_ size: Quantity) {
        if let vague = size.vague {
            self.init(vague)
        } else if let qualifier = size.qualifier {
            self.init(qualifier)
        } else {
            return nil
        }
    }

    /// Nil for amounts past hundreds and for `many`, `numerous`: no delegation size says them.
    init?(_ vague: VagueAmount) {
        switch vague {
        case .several: self = .several
        case .dozens: self = .dozens
        case .hundreds: self = .hundreds
        case .thousands, .tens_of_thousands, .millions, .many, .numerous: return nil
        }
    }

    /// Nil for `record`, which says nothing about a number of people.
    init?(_ qualifier: ValueQualifier) {
        switch qualifier {
        case .nearly: self = .nearly
        case .about: self = .about
        case .over: self = .over
        case .upTo: self = .upTo
        case .atLeast: self = .atLeast
        case .record, .forecast: return nil
        }
    }
}
