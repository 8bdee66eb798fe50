/// A calendar date at year, month or day precision.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1...12.
    public var month: Int?
    /// Requires `month`.
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// ISO 8601 at its precision: "2017", "2017-02", "2017-02-28".
    public var description: String {
        // A year of four digits and a month and day of two (every date a text gives) are written
        // as bytes into one small string; the concatenation of padded strings made and freed
        // several strings for each date.
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) else { return paddedDescription }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { text in
            var count = 0
            func write(_ value: Int, width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    text[count] = 0x30 + UInt8(value / divisor % 10)
                    count += 1
                    divisor /= 10
                }
            }
            write(year, width: 4)
            if let month {
                text[count] = UInt8(ascii: "-")
                count += 1
                write(month, width: 2)
                if let day {
                    text[count] = UInt8(ascii: "-")
                    count += 1
                    write(day, width: 2)
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: text[..<count]), as: UTF8.self)
        }
    }

    /// `description` for any value, each part zero-padded to its width.
    var paddedDescription: String {
        var s = Self.pad(year, 4)
        if let month {
            s += "-" + Self.pad(month, 2)
            if let day { s += "-" + Self.pad(day, 2) }
        }
        return s
    }

    /// Parses "2017", "2017-02", "2017-02-28"; nil otherwise.
    public init?(iso: String) {
        let b = Array(iso.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for k in from..<(from + count) {
                let c = b[k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = num(0, 4) else { return nil }
        switch b.count {
        case 4:
            self.init(year: y)
        case 7:
            guard b[4] == 45, let m = num(5, 2), (1...12).contains(m) else { return nil }
            self.init(year: y, month: m)
        case 10:
            guard b[4] == 45, b[7] == 45, let m = num(5, 2), (1...12).contains(m), let d = num(8, 2),
                  d >= 1, d <= Self.daysIn(year: y, month: m) else { return nil }
            self.init(year: y, month: m, day: d)
        default:
            return nil
        }
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// 2017 -> 2017-01-01, 2017-02 -> 2017-02-01.
    public var firstDay: PartialDate {
        PartialDate(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// 2017 -> 2017-12-31, 2017-02 -> 2017-02-28.
    public var lastDay: PartialDate {
        let m = month ?? 12
        return PartialDate(year: year, month: m, day: day ?? Self.daysIn(year: year, month: m))
    }

    // MARK: - Calendar arithmetic (proleptic Gregorian)

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a day-precision date.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day-precision date of a day number.
    public static func fromDayNumber(_ n: Int) -> PartialDate {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return PartialDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Day number when at day precision.
    public var dayNumber: Int? {
        guard let month, let day else { return nil }
        return Self.dayNumber(year: year, month: month, day: day)
    }

    /// Weekday 0 = Monday ... 6 = Sunday, for a day number.
    public static func weekday(ofDayNumber n: Int) -> Int { ((n % 7) + 7 + 3) % 7 }

    /// This date moved by whole months, at month precision.
    public func addingMonths(_ k: Int) -> PartialDate {
        let idx = year * 12 + (month ?? 1) - 1 + k
        let y = idx >= 0 ? idx / 12 : (idx - 11) / 12
        return PartialDate(year: y, month: idx - y * 12 + 1)
    }

    /// Both truncated to the coarser precision, then compared: -1, 0, 1.
    public static func compareCoarse(_ a: PartialDate, _ b: PartialDate) -> Int {
        func key(_ p: PartialDate, _ prec: Int) -> (Int, Int, Int) {
            (p.year, prec >= 1 ? (p.month ?? 0) : 0, prec >= 2 ? (p.day ?? 0) : 0)
        }
        let prec = min(a.precision, b.precision)
        let ka = key(a, prec), kb = key(b, prec)
        return ka < kb ? -1 : (ka == kb ? 0 : 1)
    }

    /// 0 year, 1 month, 2 day.
    var precision: Int { month == nil ? 0 : (day == nil ? 1 : 2) }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
