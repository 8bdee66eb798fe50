/// The quantity grammar over a token array; one instance per scanned text.
public struct QuantityParser {
    let t: [ValueToken]
    let n: Int
    /// Its qualifier phrases (longest first) and currency names are read here.
    let lexicon: ValueLexicon
    private var out: [Quantity] = []
    /// First token index not yet owned by an emitted quantity.
    private var floor = 0
    /// Direction of the previous quantity and its last token, for "rose from X to Y".
    private var lastDirection: ChangeDirection?
    private var lastEndToken = -10

    /// A comma before three digits and a scale word is a decimal comma (the text's convention).
    let decimalComma: Bool

    init(tokens: [ValueToken], lexicon: ValueLexicon, decimalComma: Bool = false) {
        t = tokens
        n = tokens.count
        self.lexicon = lexicon
        self.decimalComma = decimalComma
    }

    mutating func run() -> [Quantity] {
        var i = 0
        while i < n {
            // A word the grammar gives no meaning, or a symbol, opens no quantity (no case of
            // `match` starts at one): most tokens of a sentence are such.
            if t[i].kind != .digits, case .none = t[i].lex {
                i += 1
                continue
            }
            if let next = match(at: i) {
                i = next
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: - Token helpers

    @inline(__always) func isW(_ i: Int, _ w: FunctionWord) -> Bool { i >= 0 && i < n && t[i].isWord(w) }
    @inline(__always) func isS(_ i: Int, _ c: UInt8) -> Bool { i >= 0 && i < n && t[i].isSymbol(c) }
    @inline(__always) func isDigits(_ i: Int) -> Bool { i >= 0 && i < n && t[i].kind == .digits }
    @inline(__always) func month(_ i: Int) -> Bool {
        guard i >= 0, i < n, case .month(let m) = t[i].lex else { return false }
        return (m != 5 && m != 3) || t[i].capitalized
    }
    /// Same line and at most a space apart.
    @inline(__always) func near(_ i: Int) -> Bool { i < n && t[i].gap < 3 }

    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")

    // MARK: - Numerals

    struct Numeral {
        var value: Double
        var next: Int
        var yearLike = false
        var plainWord = false
    }

    /// True when token `k` is a scale word ("billion", "bn") within two spaces.
    func isScale(_ k: Int) -> Bool {
        guard k < n, t[k].gap < 3, case .scale = t[k].lex else { return false }
        return true
    }

    /// A digit numeral at `i` with separators and decimals; nil when the digits belong to a name, date, time, phone or version.
    func digitsNumeral(at i: Int, asUpper: Bool = false) -> Numeral? {
        let tk = t[i]
        guard tk.kind == .digits, tk.digitCount <= 18 else { return nil }
        if !asUpper, tk.gap == 0, i > 0 {
            let p = t[i - 1]
            // "A320" names a thing; "USD946" is an amount in a currency's ISO code.
            if p.kind == .digits { return nil }
            if p.kind == .word {
                guard case .currencyCode = p.lex, p.allUpper else { return nil }
            }
            switch p.symbol {
            case Self.dash, Self.dot, Self.comma, UInt8(ascii: ":"), UInt8(ascii: "/"):
                if i >= 2, p.gap == 0, t[i - 2].kind != .symbol { return nil }
            case UInt8(ascii: "+"), UInt8(ascii: "#"):
                return nil
            case UInt8(ascii: "("):
                if isS(i + 1, UInt8(ascii: ")")), t[i + 1].gap == 0, isDigits(i + 2) { return nil }
            default: break
            }
        }
        var intPart = tk.number
        var j = i + 1
        // "$1,858 billion" in a text that writes "$585,76 million": a decimal comma too.
        if decimalComma, tk.digitCount <= 3, j + 2 < n, t[j].isSymbol(Self.comma), t[j].gap == 0, t[j + 1].kind == .digits,
           t[j + 1].gap == 0, t[j + 1].digitCount == 3, isScale(j + 2) {
            return Numeral(value: Double(intPart) + Double(t[j + 1].number) / 1000, next: j + 2)
        }
        var grouped = false
        if tk.digitCount <= 3 {
            while j + 1 < n, t[j].isSymbol(Self.comma), t[j].gap == 0, t[j + 1].kind == .digits,
                  t[j + 1].gap == 0, t[j + 1].digitCount == 3, intPart < 1_000_000_000_000_000 {
                intPart = intPart * 1000 + t[j + 1].number
                j += 2
                grouped = true
            }
            if !grouped {
                while j < n, t[j].kind == .digits, t[j].digitCount == 3, t[j].gap == 1 || t[j].gap == 2,
                      intPart < 1_000_000_000_000_000 {
                    // "1 800" but not "1 800-555" or "5 100.2.3".
                    if j + 1 < n, t[j + 1].gap == 0, t[j + 1].kind == .symbol,
                       t[j + 1].symbol == Self.dash || t[j + 1].symbol == UInt8(ascii: ":") { break }
                    intPart = intPart * 1000 + t[j].number
                    j += 1
                    grouped = true
                }
            }
        }
        var value = Double(intPart)
        var hasFraction = false
        // "5.103.6 billion": a dot before three digits and another decimal part groups thousands.
        if !grouped, tk.digitCount <= 3, j + 3 < n, t[j].isSymbol(Self.dot), t[j].gap == 0, t[j + 1].kind == .digits, t[j + 1].gap == 0,
           t[j + 1].digitCount == 3, t[j + 2].isSymbol(Self.dot), t[j + 2].gap == 0, t[j + 3].kind == .digits, t[j + 3].gap == 0,
           t[j + 3].digitCount <= 2, isScale(j + 4) {
            intPart = intPart * 1000 + t[j + 1].number
            value = Double(intPart)
            j += 2
            grouped = true
        }
        // "2,77 billion": a comma before one or two digits and a scale word is a decimal comma.
        if !grouped, j + 2 < n, t[j].isSymbol(Self.comma), t[j].gap == 0, t[j + 1].kind == .digits, t[j + 1].gap == 0,
           t[j + 1].digitCount <= 2, isScale(j + 2) {
            let digits = t[j + 1].digitCount
            value = Double(intPart) + Double(t[j + 1].number) / (digits == 1 ? 10 : 100)
            return Numeral(value: value, next: j + 2)
        }
        if j + 1 < n, t[j].isSymbol(Self.dot), t[j].gap == 0, t[j + 1].kind == .digits, t[j + 1].gap == 0 {
            let f = t[j + 1]
            guard f.digitCount <= 15 else { return nil }
            var p = 1.0
            for _ in 0..<f.digitCount { p *= 10 }
            if intPart < 1_000_000 && f.digitCount <= 9 {
                value = (Double(intPart) * p + Double(f.number)) / p
            } else {
                value = Double(intPart) + Double(f.number) / p
            }
            j += 2
            hasFraction = true
            if j + 1 < n, t[j].gap == 0, t[j + 1].gap == 0, t[j + 1].kind == .digits,
               t[j].isSymbol(Self.dot) || t[j].isSymbol(Self.dash) || t[j].isSymbol(UInt8(ascii: "/")) { return nil }
        }
        let yearLike = !grouped && !hasFraction && tk.digitCount == 4 && (1900...2100).contains(tk.number)
        if j + 1 < n, t[j].gap == 0, t[j + 1].gap == 0, t[j + 1].kind == .digits, t[j].kind == .symbol {
            switch t[j].symbol {
            case UInt8(ascii: ":"), UInt8(ascii: "/"), Self.comma, Self.dot:
                return nil
            case Self.dash:
                if yearLike || grouped || hasFraction { return nil }
                if j + 3 < n, t[j + 2].isSymbol(Self.dash), t[j + 2].gap == 0, t[j + 3].kind == .digits,
                   t[j + 3].gap == 0 { return nil }
            default: break
            }
        }
        if j < n, t[j].kind == .word, t[j].gap == 0 {
            switch t[j].lex {
            case .scale, .currencyCode: break
            case .word(let w) where w == .percent || w == .pct || w == .x || w == .pp: break
            default: return nil
            }
        }
        // "10 a.m.", "7pm", "No. 3".
        if j < n, t[j].gap < 3, t[j].isWord(.am) || t[j].isWord(.pm) { return nil }
        if j + 2 < n, t[j].isWord(.a) || t[j].isWord(.p), t[j + 1].isSymbol(Self.dot), t[j + 1].gap == 0,
           t[j + 2].gap == 0, case .scale(_, true) = t[j + 2].lex { return nil }
        if !asUpper, i >= 2, t[i - 1].isSymbol(Self.dot), t[i - 2].isWord(.no) { return nil }
        if !asUpper, i > 0, t[i - 1].isSymbol(UInt8(ascii: "(")), t[i - 1].gap == 0,
           isS(j, UInt8(ascii: ")")), t[j].gap == 0, isDigits(j + 1) { return nil }
        return Numeral(value: value, next: j, yearLike: yearLike)
    }

    /// A numeral spelled in words: "twenty-five", "a hundred", "a dozen".
    func wordNumeral(at i: Int) -> Numeral? {
        switch t[i].lex {
        case .cardinal(let c):
            var v = Double(c)
            var j = i + 1
            if c >= 20, c % 10 == 0, isS(j, Self.dash), t[j].gap == 0, j + 1 < n, t[j + 1].gap == 0,
               case .cardinal(let u) = t[j + 1].lex, u < 10 {
                v += Double(u)
                j += 2
            } else if c >= 20, c % 10 == 0, j < n, t[j].gap == 1, case .cardinal(let u) = t[j].lex, u >= 1, u < 10 {
                // "twenty one": the unit after one space.
                v += Double(u)
                j += 1
            }
            if c == 1, j == i + 1, isW(j, .of) || isW(j, .another) { return nil }
            return Numeral(value: v, next: j, plainWord: true)
        case .word(.a), .word(.an):
            guard i + 1 < n, case .scale(_, let short) = t[i + 1].lex, !short else { return nil }
            return Numeral(value: 1, next: i + 1, plainWord: true)
        default:
            return nil
        }
    }

    func numeral(at i: Int, asUpper: Bool = false) -> Numeral? {
        guard i < n else { return nil }
        return t[i].kind == .digits ? digitsNumeral(at: i, asUpper: asUpper) : wordNumeral(at: i)
    }

    /// Applies scale words after a numeral; returns the value, next index and the smallest scale seen.
    func scaled(_ num: Numeral) -> (value: Double, next: Int, scale: Double?) {
        var v = num.value
        var j = num.next
        var last: Double? = nil
        // "a $100-million credit line": a scale word joined to the number by a hyphen.
        if j + 1 < n, t[j].isSymbol(Self.dash), t[j].gap == 0, t[j + 1].gap == 0, case .scale(let s, false) = t[j + 1].lex {
            v *= s
            last = s
            j += 2
        }
        while j < n, t[j].gap < 3, case .scale(let s, let short) = t[j].lex {
            if short && (t[j].gap != 0 || t[j - 1].kind != .digits) { break }
            if short, j + 1 < n, t[j + 1].gap == 0, t[j + 1].kind == .word || t[j + 1].kind == .digits { break }
            v *= s
            last = s
            j += 1
        }
        // "$2,812 millions": a plural scale word right after the number (not a year's: "in 2019
        // millions of people").
        if last == nil, !num.yearLike, j < n, t[j].gap < 3, case .vague(let amount) = t[j].lex, let s = amount.scaleAfterNumber {
            v *= s
            last = s
            j += 1
        }
        // "1 billion 800 million"
        while let l = last, l >= 1000, j < n, t[j].gap < 3, let m = numeral(at: j), !m.yearLike {
            var k = m.next
            var v2 = m.value
            var s2: Double? = nil
            while k < n, t[k].gap < 3, case .scale(let s, let short) = t[k].lex, !short || t[k].gap == 0 {
                v2 *= s
                s2 = s
                k += 1
            }
            guard let s2, s2 < l else { break }
            v += v2
            last = s2
            j = k
        }
        // "N65.88 trillion": a decimal times a scale of a million or more is a whole number, but
        // binary doubles make it 65879999999999.984; the nearest whole number is the amount written.
        if let last, last >= 1e6 { v = v.rounded() }
        return (v, j, last)
    }

    // MARK: - Currencies and units

    /// A currency written before the number: a sign the tokenizer joined ("$", "US$", "HK$", "RM",
    /// "€"), or an ISO code a space before the digits or glued to them ("USD 5", "USD5").
    func currencyPrefix(at i: Int) -> (code: String, next: Int)? {
        guard i < n else { return nil }
        let tk = t[i]
        if case .currencySign(let code) = tk.lex {
            guard i + 1 < n, t[i + 1].gap < 3 else { return nil }
            return (code.string, i + 1)
        }
        // "USD946 million": the code glued to the digits too, when nothing is glued before it.
        if case .currencyCode(let code) = tk.lex, tk.allUpper, i + 1 < n, t[i + 1].gap < 3,
           t[i + 1].kind == .digits, t[i + 1].gap > 0 || tk.gap > 0 || i == 0 {
            return (code.string, i + 1)
        }
        return nil
    }

    /// A currency written after the number: "dollars", "US dollars", "Uzbek sum", "pounds sterling", "USD".
    func currencySuffix(at i: Int) -> (code: String, next: Int)? {
        guard i < n, t[i].gap < 3 else { return nil }
        var j = i
        var nationality: UInt16?
        if case .nationality(let number) = t[j].lex, t[j].capitalized {
            nationality = number
            j += 1
        } else if t[j].isWord(.u), isS(j + 1, Self.dot), isW(j + 2, .s), isS(j + 3, Self.dot) {
            j += 4
        }
        guard j < n, t[j].gap < 3 else { return nil }
        switch t[j].lex {
        case .currencyWord(let code):
            var k = j + 1
            // A second name of the same currency ("pounds sterling").
            if k < n, t[k].gap < 3, t[k].lex == .currencyWord(code) { k += 1 }
            // "5 billion NZ dollars": a nationality may make the word another currency.
            if let nationality, let named = lexicon.currency(named: code, after: nationality) { return (named.string, k) }
            return (code.string, k)
        case .qualifiedCurrencyWord(let code, let required):
            // "Iraqi dinars" after "Jordanian dinars": a name several currencies share names each
            // after its own nationality.
            guard let nationality else { return nil }
            if nationality == required { return (code.string, j + 1) }
            return lexicon.currency(named: code, after: nationality).map { ($0.string, j + 1) }
        case .currencyCode(let code) where j == i && t[j].allUpper:
            return (code.string, j + 1)
        default:
            return nil
        }
    }

    /// A unit after the number: %, percent, percentage points, times, -fold, or a currency.
    func unit(at j: Int, currency: String?) -> (QuantityUnit, Int)? {
        guard j < n, t[j].gap < 3 else { return nil }
        let tk = t[j]
        if tk.isSymbol(UInt8(ascii: "%")) { return (.percent, j + 1) }
        switch tk.lex {
        case .word(.percent), .word(.pct): return (.percent, j + 1)
        case .word(.per) where isW(j + 1, .cent): return (.percent, j + 2)
        case .word(.percentage) where isW(j + 1, .point) || isW(j + 1, .points): return (.percentagePoints, j + 2)
        case .word(.pp): return (.percentagePoints, j + 1)
        case .word(.times): return (.times, j + 1)
        case .word(.x) where tk.gap == 0: return (.times, j + 1)
        case .word(.fold): return (.times, j + 1)
        default: break
        }
        if tk.isSymbol(Self.dash), tk.gap == 0, isW(j + 1, .fold), t[j + 1].gap == 0 { return (.times, j + 2) }
        // "a 35-percent increase": the unit joined to the number by a hyphen.
        if tk.isSymbol(Self.dash), tk.gap == 0, isW(j + 1, .percent) || isW(j + 1, .pct), t[j + 1].gap == 0 { return (.percent, j + 2) }
        if currency == nil, let (code, k) = currencySuffix(at: j) { return (.currency(code), k) }
        // "1.2 bln. dollars"
        if currency == nil, tk.isSymbol(Self.dot), tk.gap == 0, j > 0, case .scale(_, false) = t[j - 1].lex,
           t[j - 1].end - t[j - 1].start <= 3, let (code, k) = currencySuffix(at: j + 1) { return (.currency(code), k) }
        return nil
    }

    // MARK: - Qualifiers and change words

    static let aFurther: [ValueLexeme] = [.word(.a), .word(.further)]

    /// The meaning of the word that ends right before token `k` (past a joining dash), nil when it
    /// has none: the last word a phrase `matchBack` reads is that word.
    func knownWordBefore(_ k: Int) -> ValueLexeme? {
        var p = k - 1
        if p > floor, t[p].isSymbol(Self.dash) { p -= 1 }
        guard p >= floor, t[p].kind == .word else { return nil }
        if case .none = t[p].lex { return nil }
        return t[p].lex
    }

    /// Start index of the words of `words` if they end just before `k`, on one line, at or after `floor`.
    func matchBack(_ words: [ValueLexeme], before k: Int) -> Int? {
        var p = k - 1
        var w = words.count - 1
        var limit = t[k].gap
        while w >= 0 {
            guard p >= floor, limit < 3 else { return nil }
            if t[p].isSymbol(Self.dash), limit == 0, p > floor, t[p].gap == 0 {
                limit = t[p].gap
                p -= 1
                continue
            }
            guard t[p].kind == .word, t[p].lex == words[w] else { return nil }
            limit = t[p].gap
            p -= 1
            w -= 1
        }
        return p + 1
    }

    /// Modifier tokens a change noun may stand after in "a 9.4% year-on-year decrease".
    static let changeModifierReach = 5

    /// The direction of a change noun after up to `changeModifierReach` tokens that are hyphens,
    /// "year" or words the grammar gives no meaning ("year-on-year", "annual").
    func changeNoun(after start: Int) -> ChangeDirection? {
        var k = start
        while k < min(n, start + Self.changeModifierReach + 1), t[k].gap < 3 {
            if case .direction(let noun) = t[k].lex { return k > start ? noun : nil }
            let modifier = t[k].isSymbol(Self.dash) || isW(k, .year) || t[k].kind == .word && t[k].lex == .none
            guard modifier else { return nil }
            k += 1
        }
        return nil
    }

    /// The direction of "<change noun> rate" ending at most two words before token `start`.
    func rateOfChange(before start: Int) -> ChangeDirection? {
        for rate in stride(from: start - 1, through: max(floor + 1, start - 3), by: -1) where isW(rate, .rate) {
            guard (rate + 1..<start).allSatisfy({ t[$0].kind == .word }) else { return nil }
            if case .direction(let noun) = t[rate - 1].lex { return noun }
            return nil
        }
        return nil
    }

    func direction(at i: Int) -> ChangeDirection? {
        guard i >= floor, i >= 0 else { return nil }
        switch t[i].lex {
        case .direction(let d): return d
        case .word(.up): return .up
        case .word(.down): return .down
        default: return nil
        }
    }

    // MARK: - Matching

    private mutating func emit(_ q: Quantity, startToken: Int, endToken: Int) -> Int {
        var q = q
        var s = startToken
        if q.qualifier == nil {
            // "a record high - $31 billion", "a record high: $31 billion": a spaced dash or a colon
            // may stand between the phrase and the number.
            let afterMark = s - 1 > floor && (t[s - 1].isSymbol(Self.dash) && t[s].gap > 0 || t[s - 1].isSymbol(UInt8(ascii: ":"))) ? s - 1 : nil
            // Every qualifier phrase ends with a word the lexicon knows: most numbers have none
            // before them, and the phrases are not tried.
            let lastWord = knownWordBefore(s)
            let lastWordBeforeMark = afterMark.flatMap(knownWordBefore)
            if lastWord != nil || lastWordBeforeMark != nil {
                // Only a phrase that ends with one of those words is read back, in the phrases'
                // order: the two lists of phrases ending with them, merged. (Comparing the words
                // with every phrase's last word cost two enum comparisons a phrase.)
                let ending = lastWord.flatMap { lexicon.qualifierPhrasesEndingWith[$0] } ?? []
                let endingBeforeMark = lastWordBeforeMark.flatMap { lexicon.qualifierPhrasesEndingWith[$0] } ?? []
                var (next, nextBeforeMark) = (0, 0)
                while next < ending.count || nextBeforeMark < endingBeforeMark.count {
                    let index: Int
                    if nextBeforeMark == endingBeforeMark.count || next < ending.count && ending[next] <= endingBeforeMark[nextBeforeMark] {
                        index = ending[next]
                        next += 1
                        if nextBeforeMark < endingBeforeMark.count, endingBeforeMark[nextBeforeMark] == index { nextBeforeMark += 1 }
                    } else {
                        index = endingBeforeMark[nextBeforeMark]
                        nextBeforeMark += 1
                    }
                    let phrase = lexicon.qualifierPhrases[index]
                    if let p = matchBack(phrase.words, before: s) ?? afterMark.flatMap({ matchBack(phrase.words, before: $0) }) {
                        q.qualifier = phrase.qualifier
                        s = p
                        break
                    }
                }
            }
        }
        // Change words: verb, then "by"/"to"/"a further".
        var prepStart = s
        enum Prep { case change, level, of, none }
        var prep = Prep.none
        if s > floor, t[s].gap < 3 {
            if let p = matchBack(Self.aFurther, before: s) { prep = .change; prepStart = p }
            else if isW(s - 1, .further) || isW(s - 1, .another) || isW(s - 1, .by) { prep = .change; prepStart = s - 1 }
            else if isW(s - 1, .to) || isW(s - 1, .at) || isW(s - 1, .from) { prep = .level; prepStart = s - 1 }
            else if isW(s - 1, .of) { prep = .of; prepStart = s - 1 }
            if prepStart < floor { prep = .none; prepStart = s }
        }
        let verbIndex = prepStart - 1
        let verb = (prep == .none ? t[s].gap : t[prepStart].gap) < 3 ? direction(at: verbIndex) : nil
        switch prep {
        case .change:
            q.isChange = true
            q.direction = verb ?? q.direction
        case .level:
            q.isChange = false
            if let verb { q.direction = verb }
            else if isW(prepStart, .to), lastEndToken == prepStart - 1 { q.direction = lastDirection }
        case .of:
            if let verb { q.isChange = true; q.direction = verb }
        case .none:
            if let verb { q.isChange = true; q.direction = verb }
        }
        // "a 25% rise in exports", "registered 11% increase", "35% higher than in 2021": a percent
        // with a change word right after it, said as one noun phrase or as a comparison, is a
        // change; one that opens the text with no article is a share ("12 per cent growth came
        // from imports").
        if q.unit == .percent, !q.isChange, endToken < n, t[endToken].gap < 3, case .direction(let noun) = t[endToken].lex,
           s > 0 || isW(endToken + 1, .than) {
            q.isChange = true
            q.direction = noun
        }
        // "a 9.4% year-on-year decrease", "a 10% annual increase": after "a", a few modifiers with
        // no meaning to the grammar (or "year" and hyphens) between the percent and its change noun.
        if q.unit == .percent, !q.isChange, isW(s - 1, .a) || isW(s - 1, .an), let noun = changeNoun(after: endToken) {
            q.isChange = true
            q.direction = noun
        }
        // "with growth rates reaching 13%", "a growth rate of 5%": a percent a few words after a
        // change noun and "rate" is that change.
        if q.unit == .percent, !q.isChange, let noun = rateOfChange(before: s) {
            q.isChange = true
            q.direction = noun
        }
        // "the turnover growth was 23 percent", "growth stood at 5%": a percent right after a
        // copula that follows a change noun is that change.
        if q.unit == .percent, !q.isChange {
            let link = prep == .level && isW(prepStart, .at) ? prepStart - 1 : (prep == .none ? s - 1 : -1)
            if link > 0, link >= floor, isW(link, .copula), t[link].gap < 3, case .direction(let noun) = t[link - 1].lex {
                q.isChange = true
                q.direction = noun
            }
        }
        q.range = t[s].start..<t[endToken - 1].end
        out.append(q)
        floor = endToken
        lastDirection = q.direction
        lastEndToken = endToken - 1
        return endToken
    }

    private mutating func match(at i: Int) -> Int? {
        let tk = t[i]
        switch tk.lex {
        case .vague(let v):
            return matchVague(v, at: i)
        case .word(.tens) where isW(i + 1, .of) && t[i + 1].gap < 3:
            guard i + 2 < n, case .vague(.thousands) = t[i + 2].lex else { return nil }
            return matchVague(.tens_of_thousands, at: i, last: i + 2)
        case .fold(let k):
            return emit(Quantity(value: k, unit: .times, range: 0..<0), startToken: i, endToken: i + 1)
        case .multiplied(let k):
            return emit(Quantity(value: k, unit: .times, direction: k < 1 ? .down : .up, isChange: true, range: 0..<0),
                        startToken: i, endToken: i + 1)
        case .word(.half):
            return matchHalf(at: i)
        default:
            break
        }
        if let f = fraction(at: i) {
            return emit(Quantity(value: f.value, unit: .percent, range: 0..<0), startToken: i, endToken: f.next)
        }
        let start = i
        var currency: String? = nil
        var k = i
        if let (code, next) = currencyPrefix(at: i) {
            currency = code
            k = next
        }
        guard k < n, let num = numeral(at: k) else { return nil }
        if currency == nil, num.plainWord == false {
            // Day numbers next to a month name belong to dates.
            if month(i - 1) || (isS(i - 1, Self.dot) && month(i - 2)) { return nil }
            if isW(num.next, .of), month(num.next + 1) { return nil }
        }
        var (value, j, scale) = scaled(num)
        var upper: Double? = nil
        // Ranges: "3-4 billion", "3 to 4 billion", "$3 billion to $4 billion", "between 5 and 10".
        if j < n, t[j].gap < 3 {
            let connector = (t[j].isSymbol(Self.dash) && !(t[j].gap == 0 && t[j - 1].kind == .word))
                || (t[j].isWord(.to) && !isW(start - 1, .from))
                || (t[j].isWord(.and) && isW(start - 1, .between))
            if connector, j + 1 < n, t[j + 1].gap < 3 {
                var k2 = j + 1
                if let cur = currency, let (c2, next2) = currencyPrefix(at: k2) {
                    if c2 == cur { k2 = next2 }
                }
                if let num2 = numeral(at: k2, asUpper: true) {
                    if num.yearLike && num2.yearLike { return nil }
                    let (v2, j2, s2) = scaled(num2)
                    var lower = value
                    if scale == nil, let s2 { lower *= s2 }
                    if v2 > lower, !num2.yearLike || num.yearLike == false && s2 != nil {
                        value = lower
                        upper = v2
                        j = j2
                        if scale == nil { scale = s2 }
                    }
                }
            }
        }
        if currency == nil, !num.plainWord, month(j) || (isS(j, Self.comma) && month(j + 1)) { return nil }
        var unit = QuantityUnit.number
        if let cur = currency {
            unit = .currency(cur)
        } else if let (u, next) = self.unit(at: j, currency: nil) {
            unit = u
            j = next
        }
        if num.yearLike, scale == nil, currency == nil, unit == .number, upper == nil { return nil }
        return emit(Quantity(value: value, upper: upper, unit: unit, range: 0..<0), startToken: start, endToken: j)
    }

    private mutating func matchVague(_ v: VagueAmount, at i: Int, last: Int? = nil) -> Int? {
        var end = (last ?? i) + 1
        if v == .many {
            if isW(i - 1, .how) || isW(i - 1, .as) || isW(i - 1, .so) || isW(i - 1, .too) || isW(i + 1, .as) { return nil }
        }
        var unit = QuantityUnit.number
        if isW(end, .of), t[end].gap < 3, let (code, next) = currencySuffix(at: end + 1) {
            unit = .currency(code)
            end = next
        }
        return emit(Quantity(value: nil, unit: unit, vague: v, range: 0..<0), startToken: i, endToken: end)
    }

    private mutating func matchHalf(at i: Int) -> Int? {
        if i > 0, t[i].gap < 3 {
            if case .ordinal = t[i - 1].lex { return nil }
            if isW(i - 1, .a) || isW(i - 1, .an) || isW(i - 1, .and) || isW(i - 1, .last) || isW(i - 1, .h) { return nil }
        }
        if isS(i + 1, Self.dash) && t[i + 1].gap == 0 { return nil }
        if isW(i + 1, .a) || isW(i + 1, .an) || isW(i + 1, .year) || isW(i + 1, .time) || isW(i + 1, .month) { return nil }
        return emit(Quantity(value: 50, unit: .percent, range: 0..<0), startToken: i, endToken: i + 1)
    }

    /// "a third of", "one-third", "two-thirds", "a quarter of", "three quarters": value in percent.
    func fraction(at i: Int) -> (value: Double, next: Int)? {
        let numerator: Int
        switch t[i].lex {
        case .word(.a), .word(.an): numerator = 1
        case .cardinal(let c) where c <= 9: numerator = c
        default: return nil
        }
        var j = i + 1
        guard j < n, t[j].gap < 3 else { return nil }
        var hyphen = false
        if t[j].isSymbol(Self.dash), t[j].gap == 0, j + 1 < n, t[j + 1].gap == 0 {
            hyphen = true
            j += 1
        }
        guard numerator != 1 || !hyphen || t[i].kind == .word else { return nil }
        let denominator: Int
        let plural: Bool
        switch t[j].lex {
        case .ordinal(3): denominator = 3; plural = false
        case .word(.thirds): denominator = 3; plural = true
        case .word(.quarter): denominator = 4; plural = false
        case .word(.quarters): denominator = 4; plural = true
        default: return nil
        }
        guard plural == (numerator > 1), numerator < denominator else { return nil }
        if numerator == 1, !(hyphen && t[i].lex == .cardinal(1)), !isW(j + 1, .of) { return nil }
        if (t[i].isWord(.a) || t[i].isWord(.an)) && hyphen { return nil }
        // As the tables spell them: two decimals.
        let pct: Double
        switch (numerator, denominator) {
        case (1, 3): pct = 33.33
        case (2, 3): pct = 66.67
        case (1, 4): pct = 25
        default: pct = 75
        }
        return (pct, j + 1)
    }
}
