import CommuniqueCore
/// The date grammar over a token array; one instance per scanned text.
public struct DateParser {
    let t: [ValueToken]
    let n: Int
    let dct: PartialDate?
    let order: NumericDateOrder
    private var out: [DateMention] = []

    init(tokens: [ValueToken], dct: PartialDate?, order: NumericDateOrder) {
        t = tokens
        n = tokens.count
        self.dct = dct
        self.order = order
    }

    mutating func run() -> [DateMention] {
        var i = 0
        while i < n {
            // A word the grammar gives no meaning, or a symbol, opens no date (`match` reads no
            // further for one): most tokens of a sentence are such.
            if t[i].kind != .digits, case .none = t[i].lex {
                i += 1
                continue
            }
            if let (m, next) = match(at: i) {
                out.append(m)
                i = next
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: - Helpers

    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")

    @inline(__always) func isW(_ i: Int, _ w: FunctionWord) -> Bool { i >= 0 && i < n && t[i].isWord(w) && t[i].gap < 3 }
    @inline(__always) func isS(_ i: Int, _ c: UInt8) -> Bool { i >= 0 && i < n && t[i].isSymbol(c) }

    func month(at i: Int) -> Int? {
        guard i >= 0, i < n, t[i].gap < 3, case .month(let m) = t[i].lex else { return nil }
        if (m == 5 || m == 3) && !t[i].capitalized { return nil }
        if t[i].end - t[i].start <= 4, !t[i].capitalized { return nil }
        return m
    }

    /// A digit token of 1-2 digits valued 1...31, not glued into a longer chain on its left.
    func dayNumber(at i: Int) -> Int? {
        guard i < n, t[i].kind == .digits, t[i].digitCount <= 2, (1...31).contains(t[i].number), t[i].gap < 3 else { return nil }
        if i + 1 < n, t[i + 1].gap == 0, t[i + 1].kind == .symbol,
           t[i + 1].symbol == UInt8(ascii: ":") || t[i + 1].symbol == Self.dot && i + 2 < n && t[i + 2].kind == .digits && t[i + 2].gap == 0 { return nil }
        return t[i].number
    }

    /// A four-digit year 1900...2100 standing as a word.
    func yearNumber(at i: Int) -> Int? {
        guard i < n, t[i].kind == .digits, t[i].digitCount == 4, (1900...2100).contains(t[i].number), t[i].gap < 3 else { return nil }
        if t[i].gap == 0, i > 0 {
            let p = t[i - 1]
            if p.kind == .word || p.kind == .digits { return nil }
            if p.kind == .symbol, p.symbol != UInt8(ascii: "("), p.symbol != UInt8(ascii: "\""), p.symbol != UInt8(ascii: "'") { return nil }
        }
        if i + 1 < n {
            let x = t[i + 1]
            if x.gap == 0, x.kind == .word { return nil }
            if x.gap == 0, x.kind == .symbol, i + 2 < n, t[i + 2].gap == 0, t[i + 2].kind == .digits,
               x.symbol == Self.dot || x.symbol == Self.comma || x.symbol == UInt8(ascii: ":") || x.symbol == UInt8(ascii: "/"),
               !(x.symbol == UInt8(ascii: "/") && Self.nextYear(after: t[i].number, written: t[i + 2])) { return nil }
            if x.gap < 3 {
                if x.isSymbol(UInt8(ascii: "%")) { return nil }
                switch x.lex {
                case .scale(_, let short) where !short || x.gap == 0: return nil
                case .currencyWord, .word(.percent), .word(.pct), .word(.times): return nil
                case .word(.per) where isW(i + 2, .cent): return nil
                default: break
                }
            }
        }
        return t[i].number
    }

    func dctYear() -> Int? { dct?.year }

    func dctDay() -> Int? { dct?.dayNumber }

    struct Core {
        var span: DateSpan?
        var relative = false
        var future = false
        var habitual = false
        var next: Int
        /// The core is one bare year, or a "the year" reference (for "the end of").
        var yearOnly = false
    }

    enum Pre { case none, since, by, from, between }

    // MARK: - Matching

    private func match(at i: Int) -> (DateMention, Int)? {
        var j = i
        var pre = Pre.none
        switch t[i].lex {
        case .word(.since): pre = .since; j += 1
        case .word(.by), .word(.until), .word(.till): pre = .by; j += 1
        case .word(.from): pre = .from; j += 1
        case .word(.between): pre = .between; j += 1
        default: break
        }
        var edge = 0  // -1 beginning, 1 end
        var k = j
        if isW(k, .at) { k += 1 }
        if isW(k, .the) { k += 1 }
        if (isW(k, .end) || isW(k, .beginning) || isW(k, .start)) && isW(k + 1, .of) {
            edge = isW(k, .end) ? 1 : -1
            j = k + 2
        }
        if j >= n || (j > i && t[j].gap >= 3) { return nil }
        guard var core = self.core(at: j, pre: pre, edge: edge != 0) else { return nil }
        if edge != 0 {
            guard core.yearOnly else { return nil }
            if let s = core.span {
                let y = (s.end ?? s.start).year
                core.span = DateSpan(start: PartialDate(year: y, month: edge > 0 ? 12 : 1))
            }
        }
        // "from Tuesday, 12 March 2024, to Wednesday, 13 March 2024": two whole days joined
        // by "to" after "from" are a span.
        if pre == .from, edge == 0, let s = core.span, s.end == nil, s.start.day != nil {
            var k = core.next
            if isS(k, Self.comma) { k += 1 }
            let joined = (isW(k, .to) || isW(k, .until) || isW(k, .till) || isW(k, .through)) && k + 1 < n
            if joined, let second = self.core(at: k + 1, pre: .none, edge: false), let e = second.span, e.end == nil, e.start.day != nil,
               PartialDate.compareCoarse(e.start, s.start) > 0 {
                core.span = DateSpan(start: s.start, end: e.start)
                core.next = second.next
            } else if joined, let startDay = s.start.day, let startMonth = s.start.month, t[k + 1].kind == .digits, t[k + 1].digitCount <= 2,
                      case let day = t[k + 1].number, day > startDay, day <= PartialDate.daysIn(year: s.start.year, month: startMonth),
                      !(k + 2 < n && month(at: k + 2) != nil) {
                // "from December 21 to 23": a bare day after "to" ends the span in the first day's month.
                core.span = DateSpan(start: s.start, end: PartialDate(year: s.start.year, month: startMonth, day: day))
                core.next = k + 2
            }
        }
        if pre == .since, let s = core.span { core.span = DateSpan(start: s.start) }
        if let dct, let s = core.span {
            if pre == .by {
                core.future = PartialDate.compareCoarse(s.end ?? s.start, dct) >= 0
            } else if !core.future, pre != .since {
                core.future = PartialDate.compareCoarse(s.start, dct) > 0
            }
        } else if pre == .by, core.span != nil {
            core.future = true
        }
        // "from"/"between" belong to the mention only when they introduce its span.
        let first = (pre == .from || pre == .between) && core.span?.end == nil && edge == 0 ? j : i
        return (DateMention(span: core.span, isRelative: core.relative, isFuture: core.future,
                            isHabitual: core.habitual, range: t[first].start..<t[core.next - 1].end), core.next)
    }

    private func core(at j: Int, pre: Pre, edge: Bool) -> Core? {
        let tk = t[j]
        if tk.kind == .digits {
            if let c = numericDate(at: j) { return c }
            if let c = numberedPeriodCode(at: j) { return c }
            if let c = dayMonth(at: j) { return c }
            if let c = yearForm(at: j, pre: pre) { return c }
            if let c = unitsAgo(at: j) { return c }
            return nil
        }
        if let m = month(at: j) { return monthForm(m, at: j, pre: pre) }
        switch tk.lex {
        case .word(.the):
            // "arrived in the country the day before.", "... the previous day, on a trip": the day
            // before the article's, when nothing follows that the day is before.
            if isW(j + 1, .day) && isW(j + 2, .before) || isW(j + 1, .previous) && isW(j + 2, .day),
               j + 3 >= n || t[j + 3].kind == .symbol && t[j + 3].adjacent {
                guard let d = dctDay() else { return Core(span: nil, relative: true, next: j + 3) }
                return Core(span: DateSpan(start: PartialDate.fromDayNumber(d - 1)), relative: true, next: j + 3)
            }
            if edge, isW(j + 1, .year) {
                return yearCore(dctYear().map { PartialDate(year: $0) }, relative: true, next: j + 2)
            }
            if let ending = periodEnding(at: j + 1) { return ending }
            if case .ordinal = t[j + 1 < n ? j + 1 : j].lex, j + 1 < n { return period(at: j + 1) }
            return nil
        case .ordinal:
            return period(at: j)
        case .word(.q), .word(.h):
            return quarterCode(at: j)
        case .word(.fy):
            return fiscalYearCode(at: j)
        case .word(.last), .word(.this), .word(.next), .word(.earlier), .word(.later), .word(.past), .word(.previous):
            return relative(at: j)
        case .word(.yesterday), .word(.today), .word(.tomorrow):
            guard let d = dctDay() else { return Core(span: nil, relative: true, future: tk.isWord(.tomorrow), next: j + 1) }
            let off = tk.isWord(.yesterday) ? -1 : (tk.isWord(.today) ? 0 : 1)
            return Core(span: DateSpan(start: PartialDate.fromDayNumber(d + off)), relative: true, future: off > 0, next: j + 1)
        case .weekday(let wd):
            // "Tuesday, 12 March 2024", "Tuesday 12 March": a date right after the weekday names the day.
            let after = isS(j + 1, Self.comma) ? j + 2 : j + 1
            if after < n, let named = core(at: after, pre: pre, edge: false), !named.relative, named.span?.start.day != nil { return named }
            return weekdays(wd, at: j)
        case .word(.annually), .word(.yearly):
            return Core(span: nil, habitual: true, next: j + 1)
        case .word(.per) where isW(j + 1, .year) || isW(j + 1, .annum):
            return Core(span: nil, habitual: true, next: j + 2)
        case .word(.each), .word(.every):
            return isW(j + 1, .year) ? Core(span: nil, habitual: true, next: j + 2) : nil
        case .word(.a) where isW(j + 2, .ago):
            return unitsAgo(at: j)
        case .word(.a) where isW(j + 1, .year):
            guard j > 0, t[j].gap < 3 else { return nil }
            let p = t[j - 1]
            var quantityBefore = p.kind == .digits || p.isSymbol(UInt8(ascii: "%"))
            switch p.lex {
            case .scale, .currencyWord, .currencyCode, .word(.percent), .word(.cent), .word(.pct), .cardinal: quantityBefore = true
            default: break
            }
            if !quantityBefore || isW(j + 2, .later) || isW(j + 2, .earlier) { return nil }
            return Core(span: nil, habitual: true, next: j + 2)
        case .cardinal:
            return unitsAgo(at: j)
        default:
            return nil
        }
    }

    private func yearCore(_ p: PartialDate?, relative: Bool, next: Int, future: Bool = false) -> Core {
        var c = Core(span: p.map { DateSpan(start: $0) }, relative: relative, future: future, next: next)
        c.yearOnly = true
        return c
    }

    // MARK: Numeric dates

    /// "2024-05-27", "21.02.2024", "7-03-2017", "5/27/2024".
    private func numericDate(at j: Int) -> Core? {
        guard j + 4 < n else { return nil }
        if j > 0, t[j].gap == 0, t[j - 1].kind != .symbol || (j >= 2 && t[j - 1].gap == 0 && t[j - 2].kind == .digits) {
            if t[j - 1].kind != .symbol || t[j - 1].symbol != UInt8(ascii: "(") { return nil }
        }
        let a = t[j], s1 = t[j + 1], b = t[j + 2], s2 = t[j + 3], c = t[j + 4]
        guard s1.kind == .symbol, s1.gap == 0, b.kind == .digits, b.gap == 0, s2.kind == .symbol, s2.symbol == s1.symbol,
              s2.gap == 0, c.kind == .digits, c.gap == 0 else { return nil }
        if j + 6 < n, t[j + 5].gap == 0, t[j + 5].kind == .symbol, t[j + 6].kind == .digits, t[j + 6].gap == 0,
           t[j + 5].symbol == s1.symbol { return nil }
        let sep = s1.symbol
        guard sep == Self.dash || sep == Self.dot || sep == UInt8(ascii: "/") else { return nil }
        var date: PartialDate?
        if a.digitCount == 4, b.digitCount <= 2, c.digitCount <= 2, sep == Self.dash {
            date = Self.validated(year: a.number, month: b.number, day: c.number)
        } else if a.digitCount <= 2, b.digitCount <= 2, c.digitCount == 4 {
            let x = a.number, y = b.number, year = c.number
            if sep == Self.dot {
                date = Self.validated(year: year, month: y, day: x)
            } else if x > 12 {
                date = Self.validated(year: year, month: y, day: x)
            } else if y > 12 {
                date = Self.validated(year: year, month: x, day: y)
            } else if x == y {
                date = Self.validated(year: year, month: x, day: y)
            } else {
                switch order {
                case .dayFirst: date = Self.validated(year: year, month: y, day: x)
                case .monthFirst: date = Self.validated(year: year, month: x, day: y)
                case .unknown: date = x >= 1 && y >= 1 ? PartialDate(year: year) : nil
                }
            }
        } else {
            return nil
        }
        guard let date else { return nil }
        return Core(span: DateSpan(start: date), next: j + 5)
    }

    static func validated(year: Int, month: Int, day: Int) -> PartialDate? {
        guard (1...12).contains(month), day >= 1, day <= PartialDate.daysIn(year: year, month: month) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    // MARK: Month names

    /// Skips an ordinal suffix glued to a day number: "28th".
    private func afterDay(_ k: Int) -> Int {
        if k < n, t[k].gap == 0, t[k].isWord(.st) || t[k].isWord(.nd) || t[k].isWord(.rd) || t[k].isWord(.th) { return k + 1 }
        return k
    }

    /// ", 2017" or " 2017" after a date; returns the year and next index.
    private func trailingYear(_ k: Int) -> (Int, Int)? {
        var k = k
        if isS(k, Self.comma) { k += 1 }
        if isW(k, .of) { k += 1 }
        if let y = yearNumber(at: k) { return (y, k + 1) }
        return nil
    }

    /// "this year", "last year", "next year", "of this year": offset from the DCT year.
    private func relativeYear(_ k: Int) -> (Int, Int)? {
        var k = k
        if isW(k, .of) { k += 1 }
        guard isW(k + 1, .year) else { return nil }
        if isW(k, .this) { return (0, k + 2) }
        if isW(k, .last) || isW(k, .previous) || isW(k, .past) { return (-1, k + 2) }
        if isW(k, .next) { return (1, k + 2) }
        return nil
    }

    /// Resolves a year written after a month or period: explicit, relative, or the DCT's.
    private func yearAfter(_ k: Int) -> (year: Int?, relative: Bool, future: Bool, next: Int) {
        if let (y, next) = trailingYear(k) { return (y, false, false, next) }
        if let (off, next) = relativeYear(k) { return (dctYear().map { $0 + off }, true, off > 0, next) }
        return (dctYear(), true, false, k)
    }

    /// The index after a month name, past the dot of an abbreviation ("Feb.", "Sept.").
    private func skipAbbreviationDot(_ j: Int) -> Int {
        let len = t[j].end - t[j].start
        if len == 3 || (len == 4 && t[j].lex == .month(9)), isS(j + 1, Self.dot), t[j + 1].gap == 0 { return j + 2 }
        return j + 1
    }

    private func monthForm(_ m: Int, at j: Int, pre: Pre = .none) -> Core? {
        var k = skipAbbreviationDot(j)
        if let d1 = dayNumber(at: k), !(k + 1 < n && t[k + 1].kind == .word && t[k + 1].gap == 0 && afterDay(k + 1) == k + 1) {
            k = afterDay(k + 1)
            var m2 = m
            var d2: Int? = nil
            if let d = joinedDay(after: k, first: d1) {
                d2 = d
                k = afterDay(k + 2)
            } else if isS(k, Self.dash) {
                if let d = dayNumber(at: k + 1), d > d1 {
                    d2 = d
                    k = afterDay(k + 2)
                } else if let mm = month(at: k + 1) {
                    let kk = skipAbbreviationDot(k + 1)
                    if let d = dayNumber(at: kk) {
                        m2 = mm
                        d2 = d
                        k = afterDay(kk + 1)
                    }
                }
            }
            let (year, rel, fut, next) = yearAfter(k)
            return dayCore(year: year, m, d1, m2, d2, relative: rel, future: fut, next: next)
        }
        if let (y, next) = trailingYear(k) {
            return Core(span: DateSpan(start: PartialDate(year: y, month: m)), next: next)
        }
        // "January-May 2018", "from January to May, 2018", "between January and September of 2013".
        let joined = isS(k, Self.dash) || isW(k, .to) || isW(k, .through) || pre == .between && isW(k, .and)
        if joined, let m2 = month(at: k + 1), m2 > m {
            let kk = skipAbbreviationDot(k + 1)
            let (year, rel, fut, next) = yearAfter(kk)
            let span = year.map { DateSpan(start: PartialDate(year: $0, month: m), end: PartialDate(year: $0, month: m2)) }
            return Core(span: span, relative: rel, future: fut, next: next)
        }
        let (year, rel, fut, next) = yearAfter(k)
        return Core(span: year.map { DateSpan(start: PartialDate(year: $0, month: m)) }, relative: rel, future: fut, next: next)
    }

    private func dayCore(year: Int?, _ m: Int, _ d1: Int, _ m2: Int, _ d2: Int?, relative: Bool, future: Bool, next: Int) -> Core? {
        guard let year else {
            return Core(span: nil, relative: relative, future: future, next: next)
        }
        guard let start = Self.validated(year: year, month: m, day: d1) else { return nil }
        var end: PartialDate? = nil
        if let d2 {
            guard let e = Self.validated(year: year, month: m2, day: d2) else { return nil }
            end = e
        }
        return Core(span: DateSpan(start: start, end: end), relative: relative, future: future, next: next)
    }

    /// "28 February 2017", "26-28 February", "the 28th of February".
    /// "July 3 and 4", "3 and 4 July": a second day right after `and`, at most a few days on.
    private func joinedDay(after k: Int, first: Int) -> Int? {
        guard isW(k, .and), let day = dayNumber(at: k + 1), day > first, day - first <= 3 else { return nil }
        return day
    }

    private func dayMonth(at j: Int) -> Core? {
        guard let d1 = dayNumber(at: j) else { return nil }
        if j > 0, t[j].gap == 0, t[j - 1].kind != .symbol || (j >= 2 && t[j - 1].gap == 0 && t[j - 2].kind == .digits) {
            if t[j - 1].kind != .symbol || t[j - 1].symbol != UInt8(ascii: "(") { return nil }
        }
        var k = afterDay(j + 1)
        var d2: Int? = nil
        if isS(k, Self.dash), let d = dayNumber(at: k + 1), d > d1 {
            d2 = d
            k = afterDay(k + 2)
        } else if let d = joinedDay(after: k, first: d1), month(at: afterDay(k + 2)) != nil {
            d2 = d
            k = afterDay(k + 2)
        } else if isW(k, .to) || isW(k, .through) || isW(k, .until) || isW(k, .till), let d = dayNumber(at: k + 1), d > d1,
                  month(at: afterDay(k + 2)) != nil {
            // "from 23 to 27 July 2018": two days of one month joined by "to" are a span.
            d2 = d
            k = afterDay(k + 2)
        }
        if isW(k, .of) { k += 1 }
        guard let m = month(at: k) else { return nil }
        k = skipAbbreviationDot(k)
        let (year, rel, fut, next) = yearAfter(k)
        return dayCore(year: year, m, d1, m, d2, relative: rel, future: fut, next: next)
    }

    // MARK: Years

    private func yearForm(at j: Int, pre: Pre) -> Core? {
        guard let y = yearNumber(at: j) else { return nil }
        if j > 0, t[j].gap < 3, case .currencyWord = t[j - 1].lex { return nil }
        if j > 0, t[j - 1].kind == .symbol, t[j - 1].symbol == UInt8(ascii: "$") || t[j - 1].symbol < 0x10 { return nil }
        var k = j + 1
        // "2022/23", "2022/2023": a split (fiscal) year, only with the next year after the slash.
        if isS(k, UInt8(ascii: "/")), t[k].gap == 0, k + 1 < n, t[k + 1].gap == 0, Self.nextYear(after: y, written: t[k + 1]) {
            return Core(span: DateSpan(start: PartialDate(year: y), end: PartialDate(year: y + 1)), next: k + 2)
        }
        if isS(k, Self.dash), k + 1 < n, t[k + 1].kind == .digits, t[k + 1].gap < 3 {
            let e = t[k + 1]
            var y2: Int? = nil
            if e.digitCount == 4, (1900...2100).contains(e.number), !(k + 2 < n && t[k + 2].gap == 0 && t[k + 2].kind != .symbol) { y2 = e.number }
            if e.digitCount == 2, !(k + 2 < n && t[k + 2].gap == 0 && t[k + 2].kind == .symbol && k + 3 < n && t[k + 3].kind == .digits) {
                y2 = y / 100 * 100 + e.number
            }
            if let y2, y2 > y {
                return Core(span: DateSpan(start: PartialDate(year: y), end: PartialDate(year: y2)), next: k + 2)
            }
        }
        if (pre == .from && isW(k, .to)) || (pre == .between && isW(k, .and)) || isW(k, .through) && pre == .from,
           let y2 = yearNumber(at: k + 1), y2 > y {
            return Core(span: DateSpan(start: PartialDate(year: y), end: PartialDate(year: y2)), next: k + 2)
        }
        k = j + 1
        return yearCore(PartialDate(year: y), relative: false, next: k)
    }

    /// A number of months from 2 to 24 written at token `i` in words or digits ("six", "12").
    private func monthCount(at i: Int) -> Int? {
        guard i < n, t[i].gap < 3 else { return nil }
        var count: Int?
        if case .cardinal(let value) = t[i].lex { count = value }
        if t[i].kind == .digits, t[i].digitCount <= 2 { count = t[i].number }
        guard let count, (2...24).contains(count) else { return nil }
        return count
    }

    /// True when `token` writes the year after `year` in two or four digits ("23" or "2023" after 2022).
    static func nextYear(after year: Int, written token: ValueToken) -> Bool {
        guard token.kind == .digits else { return false }
        if token.digitCount == 4 { return token.number == year + 1 }
        return token.digitCount == 2 && token.number == (year + 1) % 100
    }

    /// "two years ago", "a year ago" (a year); "a month ago" (a month); "three weeks ago", "10
    /// days ago" (a day), counted back from the DCT.
    private func unitsAgo(at j: Int) -> Core? {
        var count = 0
        switch t[j].lex {
        case .word(.a): count = 1
        case .cardinal(let c): count = c
        default:
            guard t[j].kind == .digits, t[j].digitCount <= 2 else { return nil }
            count = t[j].number
        }
        let unit = j + 1
        guard isW(unit + 1, .ago) else { return nil }
        var date: PartialDate?
        if isW(unit, .year) || isW(unit, .years) {
            date = dctYear().map { PartialDate(year: $0 - count) }
        } else if isW(unit, .month) || isW(unit, .months) {
            if let year = dct?.year, let month = dct?.month {
                let months = year * 12 + (month - 1) - count
                date = PartialDate(year: months / 12, month: months % 12 + 1)
            }
        } else if isW(unit, .week) || isW(unit, .weeks) {
            date = dctDay().map { PartialDate.fromDayNumber($0 - 7 * count) }
        } else if isW(unit, .day) || isW(unit, .days) {
            date = dctDay().map { PartialDate.fromDayNumber($0 - count) }
        } else {
            return nil
        }
        return Core(span: date.map { DateSpan(start: $0) }, relative: true, next: unit + 2)
    }

    // MARK: Periods

    private func monthsCore(_ m1: Int, _ m2: Int, yearAt k: Int) -> Core {
        let (year, rel, fut, next) = yearAfter(k)
        let span = year.map { DateSpan(start: PartialDate(year: $0, month: m1), end: PartialDate(year: $0, month: m2)) }
        return Core(span: span, relative: rel, future: fut, next: next)
    }

    /// "first quarter", "second half", "first nine months", each with an optional year.
    private func period(at j: Int) -> Core? {
        guard case .ordinal(let o) = t[j].lex else { return nil }
        if isW(j + 1, .quarter) {
            return monthsCore(3 * o - 2, 3 * o, yearAt: j + 2)
        }
        if isW(j + 1, .half), o <= 2 {
            return monthsCore(o == 1 ? 1 : 7, o == 1 ? 6 : 12, yearAt: j + 2)
        }
        if o == 1, j + 2 < n, isW(j + 2, .months) {
            var count = 0
            if case .cardinal(let c) = t[j + 1].lex { count = c } else if t[j + 1].kind == .digits { count = t[j + 1].number }
            guard (1...12).contains(count) else { return nil }
            return monthsCore(1, count, yearAt: j + 3)
        }
        return nil
    }

    /// After "the": "year ended March 2018", "fiscal year to June 30, 2019", "12 months to August",
    /// "five months ending August 21" are the months up to the one named, that one included;
    /// "March 2018 year" (as statistics offices write it) the twelve months that end with it.
    /// With no year, the month named is the latest one up to the article's.
    private func periodEnding(at start: Int) -> Core? {
        if let last = month(at: start), let year = yearNumber(at: start + 1), isW(start + 2, .year) {
            return Self.months(12, endingIn: last, of: year, relative: false, next: start + 3)
        }
        var k = start
        if isW(k, .fiscal) { k += 1 }
        var count = 12
        if isW(k, .year) {
            k += 1
        } else if let months = monthCount(at: k), isW(k + 1, .months) {
            count = months
            k += 2
        } else {
            return nil
        }
        guard isW(k, .to) || isW(k, .ended), let last = month(at: k + 1) else { return nil }
        var next = k + 2
        if dayNumber(at: next) != nil { next += 1 }
        if isS(next, Self.comma), yearNumber(at: next + 1) != nil { next += 1 }
        if let year = yearNumber(at: next) {
            return Self.months(count, endingIn: last, of: year, relative: false, next: next + 1)
        }
        guard let dct else { return Core(span: nil, relative: true, next: next) }
        let year = (dct.month.map { last <= $0 } ?? true) ? dct.year : dct.year - 1
        return Self.months(count, endingIn: last, of: year, relative: true, next: next)
    }

    /// The `count` months that end with month `last` of `year`.
    static func months(_ count: Int, endingIn last: Int, of year: Int, relative: Bool, next: Int) -> Core {
        let firstIndex = year * 12 + (last - 1) - (count - 1)
        let span = DateSpan(start: PartialDate(year: firstIndex / 12, month: firstIndex % 12 + 1), end: PartialDate(year: year, month: last))
        return Core(span: span, relative: relative, next: next)
    }

    /// "1H2018", "3Q 2024", "2H": the number of a quarter or half glued before a capital Q or H.
    private func numberedPeriodCode(at j: Int) -> Core? {
        guard t[j].digitCount == 1, j + 1 < n, t[j + 1].gap == 0, t[j + 1].capitalized, t[j + 1].end - t[j + 1].start == 1,
              j == 0 || t[j].gap > 0 || t[j - 1].kind == .symbol else { return nil }
        if j + 2 < n, t[j + 2].gap == 0, t[j + 2].kind == .word { return nil }
        let v = t[j].number
        let months: (Int, Int)
        if t[j + 1].isWord(.q), (1...4).contains(v) { months = (3 * v - 2, 3 * v) }
        else if t[j + 1].isWord(.h), (1...2).contains(v) { months = (v == 1 ? 1 : 7, v == 1 ? 6 : 12) }
        else { return nil }
        // A year glued to the letter ("1H2019") is read here; `yearNumber` refuses digits glued to a word.
        let k = j + 2
        if k < n, t[k].gap == 0, t[k].kind == .digits, t[k].digitCount == 4, (1900...2100).contains(t[k].number),
           !(k + 1 < n && t[k + 1].gap == 0 && t[k + 1].kind != .symbol) {
            let year = t[k].number
            return Core(span: DateSpan(start: PartialDate(year: year, month: months.0), end: PartialDate(year: year, month: months.1)), next: k + 1)
        }
        return monthsCore(months.0, months.1, yearAt: k)
    }

    /// "Q3 2024", "H1 2024", "Q1".
    private func quarterCode(at j: Int) -> Core? {
        guard t[j].capitalized, j + 1 < n, t[j + 1].kind == .digits, t[j + 1].gap == 0 else { return nil }
        let v = t[j + 1].number
        if j + 2 < n, t[j + 2].gap == 0, t[j + 2].kind != .symbol { return nil }
        if t[j].isWord(.q), (1...4).contains(v) { return monthsCore(3 * v - 2, 3 * v, yearAt: j + 2) }
        if t[j].isWord(.h), (1...2).contains(v) { return monthsCore(v == 1 ? 1 : 7, v == 1 ? 6 : 12, yearAt: j + 2) }
        return nil
    }

    /// "FY23", "FY2023", "FY 2022-23": a fiscal year, the split year that ends in the year written
    /// ("FY23" is 2022/2023, as "2022/23" is); which months it covers differs by country.
    private func fiscalYearCode(at j: Int) -> Core? {
        guard t[j].allUpper, j + 1 < n, t[j + 1].kind == .digits, t[j + 1].gap < 2 else { return nil }
        if t[j + 1].gap > 0, let split = yearForm(at: j + 1, pre: .none), split.span?.end != nil { return split }
        guard t[j + 1].gap == 0, !(j + 2 < n && t[j + 2].gap == 0 && t[j + 2].kind != .symbol) else { return nil }
        let written = t[j + 1]
        let year: Int
        switch written.digitCount {
        case 2: year = 2000 + written.number
        case 4 where (1900...2100).contains(written.number): year = written.number
        default: return nil
        }
        return Core(span: DateSpan(start: PartialDate(year: year - 1), end: PartialDate(year: year)), next: j + 2)
    }

    // MARK: Relative expressions

    private func relative(at j: Int) -> Core? {
        var k = j
        var shade = 0  // -1 earlier, +1 later
        if isW(k, .earlier) || isW(k, .later) {
            shade = isW(k, .earlier) ? -1 : 1
            k += 1
            guard isW(k, .this) else { return nil }
        }
        let off: Int
        if isW(k, .this) { off = 0 } else if isW(k, .last) || isW(k, .past) || isW(k, .previous) { off = -1 } else if isW(k, .next) { off = 1 } else { return nil }
        guard k + 1 < n, t[k + 1].gap < 3 else { return nil }
        let future = off > 0 || shade > 0
        if case .weekday(let wd) = t[k + 1].lex {
            // "this Saturday", "signed this Wednesday": that day of the article's week (Monday to
            // Sunday), ahead of the article's day or behind it.
            if off == 0, let d = dctDay() {
                let diff = wd - PartialDate.weekday(ofDayNumber: d)
                return Core(span: DateSpan(start: PartialDate.fromDayNumber(d + diff)), relative: true, future: diff > 0, next: k + 2)
            }
            return weekday(wd, at: k + 1, mode: off)
        }
        if isW(k + 1, .year) {
            return yearCore(dctYear().map { PartialDate(year: $0 + off) }, relative: true, next: k + 2, future: future)
        }
        // "arrived in Abu Dhabi last night": the day before the article's.
        if off < 0, shade == 0, isW(k + 1, .night) {
            guard let d = dctDay() else { return Core(span: nil, relative: true, next: k + 2) }
            return Core(span: DateSpan(start: PartialDate.fromDayNumber(d - 1)), relative: true, next: k + 2)
        }
        // "last September": the latest September before the DCT's month; "next May" the first after it.
        if shade == 0, let named = month(at: k + 1) {
            var span: DateSpan? = nil
            if let dct, let current = dct.month {
                let year = dct.year
                let shift = off < 0 ? (named < current ? 0 : -1) : off > 0 ? (named > current ? 0 : 1) : 0
                span = DateSpan(start: PartialDate(year: year + shift, month: named))
            }
            return Core(span: span, relative: true, future: future, next: skipAbbreviationDot(k + 1))
        }
        if isW(k + 1, .month) {
            var span: DateSpan? = nil
            if let dct, dct.month != nil { span = DateSpan(start: dct.addingMonths(off)) }
            return Core(span: span, relative: true, future: future, next: k + 2)
        }
        // "the past seven months of 2018": with a year of its own, that year's first months.
        if off < 0, shade == 0, let count = monthCount(at: k + 1), count <= 12, isW(k + 2, .months), isW(k + 3, .of), let (year, next) = trailingYear(k + 3) {
            return Core(span: DateSpan(start: PartialDate(year: year, month: 1), end: PartialDate(year: year, month: count)), next: next)
        }
        // "the past six months": the months up to the DCT's, that one included.
        if off < 0, shade == 0, let count = monthCount(at: k + 1), isW(k + 2, .months) {
            var span: DateSpan? = nil
            if let dct, dct.month != nil { span = DateSpan(start: dct.addingMonths(1 - count), end: dct.addingMonths(0)) }
            return Core(span: span, relative: true, next: k + 3)
        }
        if isW(k + 1, .week) {
            var span: DateSpan? = nil
            if let d = dctDay() {
                let monday = d - PartialDate.weekday(ofDayNumber: d) + 7 * off
                span = DateSpan(start: PartialDate.fromDayNumber(monday), end: PartialDate.fromDayNumber(monday + 6))
            }
            return Core(span: span, relative: true, future: future, next: k + 2)
        }
        return nil
    }

    /// A weekday, or two joined by `and`, `to`, `through` or a dash ("held Sunday and Monday"): the
    /// first is the latest on or before the DCT, the second the first such day after it.
    private func weekdays(_ first: Int, at j: Int) -> Core? {
        guard var core = weekday(first, at: j, mode: 0) else { return nil }
        let joined = isW(j + 1, .and) || isW(j + 1, .to) || isW(j + 1, .through) || isS(j + 1, Self.dash)
        guard joined, j + 2 < n, case .weekday(let last) = t[j + 2].lex else { return core }
        if let start = core.span?.start, let day = start.dayNumber {
            let days = (last - first + 7) % 7
            core.span = DateSpan(start: start, end: days == 0 ? nil : PartialDate.fromDayNumber(day + days))
        }
        core.next = j + 3
        return core
    }

    /// Weekday: mode 0 latest on or before the DCT, -1 strictly before, 1 strictly after.
    private func weekday(_ wd: Int, at j: Int, mode: Int) -> Core? {
        guard let d = dctDay() else { return Core(span: nil, relative: true, future: mode > 0, next: j + 1) }
        let w = PartialDate.weekday(ofDayNumber: d)
        var target: Int
        if mode > 0 {
            var diff = (wd - w + 7) % 7
            if diff == 0 { diff = 7 }
            target = d + diff
        } else {
            var diff = (w - wd + 7) % 7
            if diff == 0 && mode < 0 { diff = 7 }
            target = d - diff
        }
        return Core(span: DateSpan(start: PartialDate.fromDayNumber(target)), relative: true, future: mode > 0, next: j + 1)
    }
}
