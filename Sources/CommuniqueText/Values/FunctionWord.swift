import CommuniqueCore

/// Grammar words the value rules test by identity: a closed set of roles. The lexicon file's
/// `values.grammar` gives each role its spellings (a role usually spells as its name).
public enum FunctionWord: String, Sendable, CaseIterable, Vocabulary {
    case a, an, the, of, by, to, from, and, no, up, down, at, time, further, another, percent, per, cent, pct, percentage
    case point, points, pp, times, fold, half, quarter, quarters, thirds, tens, how, `as`, so, too, u, s, year
    case years, month, months, week, last, this, next, earlier, later, end, beginning, start, since, until, till
    case between, through, yesterday, today, tomorrow, annually, yearly, annum, each, every, ago, q, h, past, previous
    case x, st, nd, rd, th, am, pm, p
    case than, rate
    case weeks, day, days
    /// "the year ended March 2018" ("ended", "ending"); "the fiscal year ..." ("fiscal", "financial").
    case ended, fiscal
    /// "FY23", "FY2023": a fiscal year by its last calendar year.
    case fy
    /// "last night": the evening before the article's day.
    case night
    /// "arrived the day before": the day before the article's day.
    case before
    /// "growth was 23 percent", "growth stood at 5%": a verb that links a change noun to its figure.
    case copula
}
