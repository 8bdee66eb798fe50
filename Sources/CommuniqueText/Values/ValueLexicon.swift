/// The word table of the value grammar, keyed by a hash of the lower-cased ASCII spelling.
public enum ValueLexicon {
    /// FNV-1a over lower-cased ASCII letters.
    @inline(__always)
    static func hashStep(_ h: UInt64, _ c: UInt8) -> UInt64 {
        (h ^ UInt64(c | 0x20)) &* 0x100000001b3
    }

    static let seed: UInt64 = 0xcbf29ce484222325

    static func hash(_ s: String) -> UInt64 {
        var h = seed
        for c in s.utf8 { h = hashStep(h, c) }
        return h
    }

    /// `table` as a flat open-addressing table over `lexemes`: the tokenizer probes it for every
    /// word, and a probe there hashes nothing again and touches no reference counts.
    static let index: (slots: HashRangeTable, lexemes: [ValueLexeme]) = {
        var slots = HashRangeTable(capacity: table.count)
        var lexemes: [ValueLexeme] = []
        for (key, lexeme) in table {
            slots.insert(key, Int32(lexemes.count)..<Int32(lexemes.count + 1))
            lexemes.append(lexeme)
        }
        return (slots, lexemes)
    }()

    /// The lexeme of the word whose hash is `hash`, or `.none`.
    @inline(__always)
    static func lexeme(_ hash: UInt64, in index: (slots: HashRangeTable, lexemes: [ValueLexeme])) -> ValueLexeme {
        guard let found = index.slots.find(hash) else { return .none }
        return index.lexemes[Int(found.lowerBound)]
    }

    static let table: [UInt64: ValueLexeme] = {
        var t: [UInt64: ValueLexeme] = [:]
        func add(_ words: [String], _ lex: ValueLexeme) {
            for w in words { t[hash(w)] = lex }
        }
        for w in FunctionWord.allCases {
            let name = String(describing: w)
            t[hash(name)] = .word(w)
        }
        let cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                         "eighteen", "nineteen"]
        for (i, w) in cardinals.enumerated() { add([w], .cardinal(i + 1)) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { add([w], .cardinal((i + 2) * 10)) }
        add(["hundred"], .scale(100, short: false))
        add(["thousand"], .scale(1e3, short: false))
        add(["million", "mln", "mn", "mio"], .scale(1e6, short: false))
        add(["billion", "bln", "bn"], .scale(1e9, short: false))
        add(["trillion", "tln", "trn", "tn"], .scale(1e12, short: false))
        add(["dozen"], .scale(12, short: false))
        add(["m"], .scale(1e6, short: true))
        add(["k"], .scale(1e3, short: true))
        add(["b"], .scale(1e9, short: true))
        add(["dollar", "dollars"], .currencyWord(CurrencyCode("USD")))
        add(["euro", "euros"], .currencyWord(CurrencyCode("EUR")))
        add(["rouble", "roubles", "ruble", "rubles"], .currencyWord(CurrencyCode("RUB")))
        add(["yuan", "renminbi"], .currencyWord(CurrencyCode("CNY")))
        add(["som", "soms"], .currencyWord(CurrencyCode("KGS")))
        add(["tenge", "tenges"], .currencyWord(CurrencyCode("KZT")))
        add(["somoni", "somonis"], .currencyWord(CurrencyCode("TJS")))
        add(["soum", "soums"], .currencyWord(CurrencyCode("UZS")))
        add(["pound", "pounds"], .currencyWord(CurrencyCode("GBP")))
        add(["yen"], .currencyWord(CurrencyCode("JPY")))
        add(["rupee", "rupees"], .currencyWord(CurrencyCode("INR")))
        add(["lira", "liras", "lire"], .currencyWord(CurrencyCode("TRY")))
        add(["dirham", "dirhams"], .currencyWord(CurrencyCode("AED")))
        add(["manat", "manats"], .currencyWord(CurrencyCode("TMT")))
        add(["ringgit"], .currencyWord(CurrencyCode("MYR")))
        add(["riyal", "riyals"], .currencyWord(CurrencyCode("SAR")))
        add(["rial", "rials"], .currencyWord(CurrencyCode("IRR")))
        add(["baht"], .currencyWord(CurrencyCode("THB")))
        add(["rupiah"], .currencyWord(CurrencyCode("IDR")))
        add(["hryvnia", "hryvnias"], .currencyWord(CurrencyCode("UAH")))
        add(["lari"], .currencyWord(CurrencyCode("GEL")))
        add(["dram", "drams"], .currencyWord(CurrencyCode("AMD")))
        add(["tugrik", "tugriks"], .currencyWord(CurrencyCode("MNT")))
        add(["taka"], .currencyWord(CurrencyCode("BDT")))
        add(["reais"], .currencyWord(CurrencyCode("BRL")))
        for code in ["USD", "EUR", "RUB", "CNY", "KGS", "KZT", "TJS", "UZS", "GBP", "JPY", "INR", "TRY",
                     "AED", "CHF", "TMT", "AZN", "BYN", "UAH", "KRW", "SAR", "MYR", "THB", "IDR", "VND", "GEL",
                     "MNT", "BDT", "PKR", "QAR", "KWD", "BRL", "EGP"] {
            t[hash(code)] = .currencyCode(CurrencyCode(code))
        }
        add(["american", "russian", "chinese", "kyrgyz", "kazakh", "kazakhstani", "tajik",
             "indian", "turkish", "japanese", "british", "turkmen", "emirati"], .nationality)
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        for (i, w) in months.enumerated() { add([w], .month(i + 1)) }
        let abbrevs = ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (i, w) in abbrevs.enumerated() where !w.isEmpty { add([w], .month(i + 1)) }
        add(["sept"], .month(9))
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, w) in days.enumerated() { add([w], .weekday(i)) }
        add(["fell", "fall", "falls", "falling", "fallen", "decreased", "decrease", "decreases", "decreasing",
             "dropped", "drop", "drops", "dropping", "declined", "decline", "declines", "declining",
             "shrank", "shrunk", "shrink", "shrinks", "shrinking", "contracted", "contracting", "contraction",
             "slumped", "slump", "lost", "losing", "plunged", "plummeted", "reduced", "cut"], .direction(.down))
        add(["rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing",
             "grew", "grow", "grows", "growing", "grown", "growth", "jumped", "jump", "jumps", "climbed",
             "climb", "surged", "surge", "expanded", "expanding", "expansion", "gained", "gain", "gains",
             "soared", "boosted", "added"], .direction(.up))
        add(["several"], .vague(.several))
        add(["dozens"], .vague(.dozens))
        add(["hundreds"], .vague(.hundreds))
        add(["thousands"], .vague(.thousands))
        add(["millions"], .vague(.millions))
        add(["many"], .vague(.many))
        add(["numerous"], .vague(.numerous))
        add(["first"], .ordinal(1))
        add(["second"], .ordinal(2))
        add(["third"], .ordinal(3))
        add(["fourth"], .ordinal(4))
        add(["twofold"], .fold(2))
        add(["threefold"], .fold(3))
        add(["fourfold"], .fold(4))
        add(["fivefold"], .fold(5))
        add(["tenfold"], .fold(10))
        add(["doubled"], .multiplied(2))
        add(["tripled", "trebled"], .multiplied(3))
        add(["quadrupled"], .multiplied(4))
        add(["halved"], .multiplied(0.5))
        return t
    }()
}
