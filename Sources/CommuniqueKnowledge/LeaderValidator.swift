import CommuniqueCore
import CommuniqueText
/// Refuses a leaders table that contradicts itself; run wherever knowledge is loaded, so
/// `communique validate` and every run refuse the same files.
///
/// Row by row the loader already refuses unknown country codes and terms that end before they
/// start. Across rows: two heads of state (or of government) of one country on one day, unless
/// the country declares joint heads of state, and a name or variant that two people in office
/// on the same day share (the name matcher could not tell them apart). Of several problems the
/// one on the earliest line is reported.
public struct LeaderValidator: Sendable {
    /// The leaders file, for messages.
    public var file: String
    public var jointHeads: Set<String>

    public init(file: String, countries: [Country]) {
        self.file = file
        jointHeads = Set(countries.filter(\.jointHeads).map(\.code))
    }

    public func validate(_ leaders: [Leader]) throws(ConfigurationError) {
        let problems = officeOverlaps(leaders) + sharedNames(leaders)
        if let first = problems.min(by: { ($0.line, $0.otherLine) < ($1.line, $1.otherLine) }) { throw first.error }
    }

    struct Problem {
        var line: Int
        var otherLine: Int
        var error: ConfigurationError
    }

    /// Two holders of one office of one country on one day; `line` is the later-starting term.
    func officeOverlaps(_ leaders: [Leader]) -> [Problem] {
        var groups: [String: [(name: String, term: LeaderTerm)]] = [:]
        for leader in leaders {
            for term in leader.terms where term.office != .other {
                if term.office == .headOfState && jointHeads.contains(term.country) { continue }
                groups[term.country + " " + term.office.rawValue, default: []].append((leader.name, term))
            }
        }
        var problems: [Problem] = []
        for (_, terms) in groups {
            let sorted = terms.sorted { ($0.term.start, $0.term.line) < ($1.term.start, $1.term.line) }
            // The term that stays longest among those seen so far: a later term starting before its end overlaps it.
            var longest = sorted[0]
            for current in sorted.dropFirst() {
                if current.term.days.lowerBound < longest.term.days.upperBound {
                    let day = current.term.start
                    let office = current.term.office == .headOfState ? "heads of state" : "heads of government"
                    let message = "two \(office) of \(current.term.country) on \(day): \(Self.describe(current)) and \(Self.describe(longest))"
                        + (current.term.office == .headOfState ? "; end one term, or declare joint heads in countries.csv" : "; end one term")
                    problems.append(Problem(line: current.term.line, otherLine: longest.term.line,
                                            error: .conflictingRows(file: file, line: current.term.line, column: "start", otherLine: longest.term.line, message: message)))
                }
                if current.term.days.upperBound > longest.term.days.upperBound { longest = current }
            }
        }
        return problems
    }

    /// A name or variant of two people who are in office on a common day.
    func sharedNames(_ leaders: [Leader]) -> [Problem] {
        var holders: [[UInt64]: [Int]] = [:]
        var spelling: [[UInt64]: String] = [:]
        for (index, leader) in leaders.enumerated() {
            for name in [leader.name] + leader.variants {
                let key = Self.key(name)
                guard !key.isEmpty else { continue }
                if spelling[key] == nil { spelling[key] = name }
                if holders[key]?.last != index { holders[key, default: []].append(index) }
            }
        }
        var problems: [Problem] = []
        for (key, people) in holders where people.count > 1 {
            for (position, first) in people.enumerated() {
                for second in people[(position + 1)...] {
                    guard let (a, b) = Self.overlap(leaders[first], leaders[second]) else { continue }
                    let (earlier, later) = a.term.line < b.term.line ? (a, b) : (b, a)
                    let day = max(a.term.start, b.term.start)
                    let column = Self.key(later.name) == key ? "name" : "variants"
                    let message = "'\(spelling[key]!)' names two people in office on \(day): \(Self.describe(later)) and \(Self.describe(earlier)); keep it for one of them"
                    problems.append(Problem(line: later.term.line, otherLine: earlier.term.line,
                                            error: .conflictingRows(file: file, line: later.term.line, column: column, otherLine: earlier.term.line, message: message)))
                }
            }
        }
        return problems
    }

    /// The first pair of terms (by line) of two people that share a day.
    static func overlap(_ a: Leader, _ b: Leader) -> ((name: String, term: LeaderTerm), (name: String, term: LeaderTerm))? {
        var best: (LeaderTerm, LeaderTerm)?
        for x in a.terms {
            for y in b.terms where x.days.overlaps(y.days) {
                if best.map({ max(x.line, y.line) < max($0.0.line, $0.1.line) }) ?? true { best = (x, y) }
            }
        }
        guard let best else { return nil }
        return ((a.name, best.0), (b.name, best.1))
    }

    /// How the name matcher sees a phrase: the folded hash of each token.
    static func key(_ phrase: String) -> [UInt64] {
        var utf8 = Array(phrase.utf8)
        return utf8.withUnsafeMutableBufferPointer { Tokenizer.tokens(UnsafeBufferPointer($0)) }.map(\.foldedHash)
    }

    /// "To Lam (VN head of state, president, 2024-05-22 to 2024-10-21, line 812)".
    static func describe(_ holder: (name: String, term: LeaderTerm)) -> String {
        let term = holder.term
        let acting = term.acting ? "acting " : ""
        return "\(holder.name) (\(term.country) \(term.office.phrase), \(acting)\(term.role.rawValue), \(term.start) to \(term.end.map(\.description) ?? "-"), line \(term.line))"
    }
}
