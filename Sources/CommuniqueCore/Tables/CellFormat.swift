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
        if text.contains("e") {
            // Swift prints very large or small doubles in exponent form; spell them out.
            text = String(format4: rounded)
        }
        return text
    }

    public static func integer(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }

    public static func list<S: Sequence>(_ values: S) -> String where S.Element == String {
        let values = values.filter { !$0.isEmpty }
        // Most lists hold one value or none: no set to build, nothing to sort.
        if values.count <= 1 { return values.first ?? "" }
        return Array(Set(values)).sorted().joined(separator: ";")
    }

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
