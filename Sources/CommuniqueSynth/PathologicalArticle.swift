/// Articles built to cost as much as possible per byte: every figure, group, percentage or
/// leader in one endless sentence, text with no sentence ends, one huge table. They measure
/// that the job's time and memory grow with the size of an article, not faster.
package enum PathologicalArticle: String, CaseIterable, Sendable {
    /// Trade figures (values, changes, directions) joined by commas into one sentence.
    case figures
    /// Delegations (groups with sizes) in one sentence.
    case groups
    /// A run of percentages in one sentence.
    case percentages
    /// Leaders visiting capitals and signing documents, in one sentence.
    case visits
    /// Words and no full stop, no line break at all.
    case noSentenceEnds = "no_sentence_ends"
    /// A table of figures, one row a line.
    case table

    /// The piece repeated to fill the article; `index` varies the numbers.
    func piece(_ index: Int) -> String {
        let a = index % 90 + 10
        let b = index % 7 + 1
        switch self {
        case .figures:
            return "exports of grain from Kazakhstan to Russia rose \(b).\(a % 10)% to $\(a).\(b) billion in 20\(a % 20 + 5) and imports fell \(a % 9 + 1)% to $\(a * 3) million, "
        case .groups:
            return "a delegation of \(a * 2) businessmen, \(a) officials and \(b * 4) journalists from \(b + 10) regions of Uzbekistan, "
        case .percentages:
            return "\(a).\(b)%, "
        case .visits:
            return "President Putin visited Astana on March \(b + 10), 20\(a % 20 + 5) and signed \(b + 2) agreements worth $\(a) million with Kazakhstan, "
        case .noSentenceEnds:
            return "the president visited the capital and held talks with the prime minister about trade and investment and energy "
        case .table:
            return "Kazakhstan | exports to Russia | 20\(a % 20 + 5) | $\(a).\(b) billion | +\(b).\(a % 10)%\n"
        }
    }

    /// What opens the endless sentence.
    var lead: String {
        switch self {
        case .percentages: return "Trade turnover between Russia and Kazakhstan grew by "
        case .groups: return "Mirziyoyev arrived in Moscow with "
        default: return ""
        }
    }

    /// An article of about `bytes` bytes: a headline, then the pieces.
    package func text(bytes: Int) -> String {
        var text = "Pathological \(rawValue) article for the cost benchmark\n\n" + lead
        var index = 0
        while text.utf8.count < bytes {
            text += piece(index)
            index += 1
        }
        return self == .noSentenceEnds || self == .table ? text : text + "and more.\n"
    }
}
