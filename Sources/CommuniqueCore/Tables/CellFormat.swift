/// How values become cell text: plain numbers, ISO dates, sorted `;` lists.
public enum CellFormat {
    /// A plain number: no thousands separators, `.` decimal, at most four decimals, no trailing zeros.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e18 {
            return String(Int64(rounded))
        }
        var text = String(rounded)
        // A byte test: `contains` with a string argument resolves to Foundation's, which searches
        // through `NSString`.
        if text.utf8.contains(UInt8(ascii: "e")) {
            // Swift prints very large or small doubles in exponent form; spell them out.
            text = String(format4: rounded)
        }
        return text
    }

    public static func integer(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }

    public static func list<Values: Collection>(_ values: Values) -> String where Values.Element == String {
        // Most lists hold one value or none: read in place, no array or set to build, nothing to sort.
        guard let first = values.firstIndex(where: { !$0.isEmpty }) else { return "" }
        if !values[values.index(after: first)...].contains(where: { !$0.isEmpty }) { return values[first] }
        // A short list (two parties, a few topics) drops its repeats by comparing values one by one:
        // a `Set` hashed every value with SipHash. Either way the first of equal values stays.
        guard values.count <= Self.shortList else { return Array(Set(values.filter { !$0.isEmpty })).sorted().joined(separator: ";") }
        var unique: [String] = []
        unique.reserveCapacity(values.count)
        for value in values where !value.isEmpty && !unique.contains(value) { unique.append(value) }
        return unique.sorted().joined(separator: ";")
    }

    /// Lists of at most this many values are made unique by comparison, longer ones through a `Set`.
    static let shortList = 16

    public static func boolean(_ value: Bool) -> String { value ? "true" : "false" }
}

public extension String {
    /// Fixed-point text with up to four decimals, without Foundation's locale-dependent formatting.
    init(format4 value: Double) {
        let negative = value < 0
        let scaled = (abs(value) * 10_000).rounded()
        let whole = (scaled / 10_000).rounded(.down)
        var fraction = Int64(scaled - whole * 10_000)
        var digits = ""
        var wholeText = ""
        var w = whole
        repeat {
            let d = Int(w.truncatingRemainder(dividingBy: 10))
            wholeText.insert(Character(String(d)), at: wholeText.startIndex)
            w = (w / 10).rounded(.down)
        } while w >= 1
        if fraction > 0 {
            for _ in 0..<4 {
                digits.insert(Character(String(fraction % 10)), at: digits.startIndex)
                fraction /= 10
            }
            while digits.hasSuffix("0") { digits.removeLast() }
        }
        self = (negative ? "-" : "") + wholeText + (digits.isEmpty ? "" : "." + digits)
    }
}
