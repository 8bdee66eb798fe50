/// Grammar words the value recognisers match by identity.
public enum FunctionWord: UInt8, Sendable, CaseIterable {
    case a, an, the, of, by, to, from, and, than, more, less, no, not, close, just, under, below
    case nearly, almost, about, around, approximately, roughly, some, estimated
    case over, exceeding, exceeded, exceeds, exceed, surpassed, topped, above, `in`, excess, upwards, up, down, at, least, record, all, time, high
    case further, another, percent, per, cent, pct, percentage, point, points, pp, times, fold
    case half, quarter, quarters, thirds, tens, how, `as`, so, too, sterling, sum, sums, u, s
    case year, years, month, months, week, weeks, last, this, next, earlier, later, end, beginning, start
    case since, until, till, between, through, yesterday, today, tomorrow, annually, yearly, annum
    case each, every, ago, on, q, h, past, previous, us, x, st, nd, rd, th, am, pm, p, uzbek
}
