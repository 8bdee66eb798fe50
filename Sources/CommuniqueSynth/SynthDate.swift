import CommuniqueCore
/// A calendar day of the synthetic corpus, with the ways news outlets write it.
package struct SynthDate: Sendable, Hashable {
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

    /// The day `days` after 1970-01-01, through the value grammar's calendar.
    init(days: Int) {
        let date = PartialDate.fromDayNumber(days)
        self.init(year: date.year, month: date.month!, day: date.day!)
    }

    /// Days since 1970-01-01.
    var days: Int { PartialDate.dayNumber(year: year, month: month, day: day) }

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
