/// A calendar day of the synthetic corpus, with the ways news outlets write it.
struct SynthDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let monthAbbreviations = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `days` after 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
    init(days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    var days: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    func adding(days count: Int) -> SynthDate { SynthDate(days: days + count) }

    var monthName: String { Self.monthNames[month - 1] }
    var weekday: String { Self.weekdays[((days % 7) + 10) % 7] }  // 1970-01-01 was a Thursday

    /// "2017-02-28", "2017-02", "2017".
    var iso: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }
    var isoMonth: String { pad(year, 4) + "-" + pad(month, 2) }

    /// "February 28".
    var monthDay: String { monthName + " " + String(day) }
    /// "February 28, 2017".
    var american: String { monthDay + ", " + String(year) }
    /// "28 February 2017".
    var british: String { String(day) + " " + monthName + " " + String(year) }
    /// "Feb. 28".
    var abbreviated: String { Self.monthAbbreviations[month - 1] + " " + String(day) }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// A date line such as outlets print under the headline.
    func dateline(style: Int, hour: Int, minute: Int) -> String {
        switch style % 5 {
        case 0: return "\(day)-\(pad(month, 2))-\(year), \(pad(hour, 2)):\(pad(minute, 2))"
        case 1: return "\(pad(day, 2)).\(pad(month, 2)).\(year) \(pad(hour, 2)):\(pad(minute, 2))"
        case 2: return american
        case 3: return "\(weekday), \(british)"
        default: return "\(iso) \(pad(hour, 2)):\(pad(minute, 2))"
        }
    }
}
