import CommuniqueCore

/// The value grammar's vague amounts and qualifiers in `agreements.count_qualifier`.
public extension CountQualifier {
    /// The count's qualifier: its vague amount when it is one ("dozens of agreements"), else its
    /// qualifier word; nil when it has neither or the table has no such value.
    init?(_ count: Quantity) {
        if let vague = count.vague {
            self.init(vague)
        } else if let qualifier = count.qualifier {
            self.init(qualifier)
        } else {
            return nil
        }
    }

    /// Amounts past hundreds ("thousands of documents") are `many`: the table has no larger word.
    init(_ vague: VagueAmount) {
        switch vague {
        case .several: self = .several
        case .dozens: self = .dozens
        case .hundreds: self = .hundreds
        case .thousands, .tens_of_thousands, .millions, .many: self = .many
        case .numerous: self = .numerous
        }
    }

    /// Nil for `record`, which says nothing about a number of documents.
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
