import CommuniqueCore
import CommuniqueText

/// The `values` section of the lexicon file: the words and signs of the number, money and date grammar.
extension KnowledgeLoader {
    /// Where a word of the section was first given, for the error when it is given twice.
    private struct WordOrigin {
        let line: Int
        let key: String
    }

    func loadValues(_ values: YAMLMapping, file path: String) throws(ConfigurationError) -> ValueLexicon {
        try values.requireOnly(["grammar", "cardinals", "scales", "short_scales", "currencies", "nationalities", "months", "weekdays",
                                "directions", "vague", "ordinals", "folds", "multiplied", "qualifiers"])
        var vocabulary = ValueVocabulary()
        var origins: [String: WordOrigin] = [:]

        func add(_ mapping: YAMLMapping, _ key: String, _ words: [String], _ lexeme: ValueLexeme) throws(ConfigurationError) {
            let line = mapping.line(of: key)
            for word in words {
                let folded = word.lowercased()
                guard !folded.isEmpty, folded.utf8.count <= 16, folded.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else {
                    throw .invalidValue(file: path, line: line, key: mapping.keyPath(key),
                                        message: "'\(word)' is not one word of at most 16 ASCII letters")
                }
                if let first = origins[folded] {
                    throw .invalidValue(file: path, line: line, key: mapping.keyPath(key),
                                        message: "'\(word)' is already given at line \(first.line) (\(first.key)); a word has one meaning")
                }
                origins[folded] = WordOrigin(line: line, key: mapping.keyPath(key))
                vocabulary.words.append((folded, lexeme))
            }
        }
        func section(_ key: String) throws(ConfigurationError) -> YAMLMapping {
            guard let child = try values.mapping(key) else { throw .missingKey(file: path, line: values.line, key: values.keyPath(key)) }
            return child
        }
        /// The entries of a mapping keyed by numbers, with the number read.
        func numbered(_ mapping: YAMLMapping, range: ClosedRange<Double>) throws(ConfigurationError) -> [(value: Double, key: String)] {
            var result: [(Double, String)] = []
            for entry in mapping.entries {
                guard let value = Double(entry.key), range.contains(value) else {
                    throw .invalidValue(file: path, line: entry.line, key: mapping.keyPath(entry.key),
                                        message: "expected a number from \(range.lowerBound) to \(range.upperBound) as the key")
                }
                result.append((value, entry.key))
            }
            return result
        }
        func whole(_ value: Double, _ mapping: YAMLMapping, _ key: String) throws(ConfigurationError) -> Int {
            guard value == value.rounded() else {
                throw .invalidValue(file: path, line: mapping.line(of: key), key: mapping.keyPath(key), message: "expected a whole number as the key")
            }
            return Int(value)
        }

        // Grammar roles first: every role the rules test must have its spellings.
        let grammar = try section("grammar")
        for (role, key) in try grammar.vocabularyKeys(FunctionWord.self) { try add(grammar, key, try grammar.strings(key) ?? [], .word(role)) }
        if let missing = FunctionWord.allCases.first(where: { role in !grammar.entries.contains { $0.key == role.rawValue } }) {
            throw .missingKey(file: path, line: grammar.line, key: grammar.keyPath(missing.rawValue))
        }

        let cardinals = try section("cardinals")
        for (value, key) in try numbered(cardinals, range: 1...90) {
            let number = try whole(value, cardinals, key)
            guard number < 20 || number % 10 == 0 else {
                throw .invalidValue(file: path, line: cardinals.line(of: key), key: cardinals.keyPath(key), message: "expected 1 to 19 or a multiple of ten up to 90")
            }
            try add(cardinals, key, try cardinals.strings(key) ?? [], .cardinal(number))
        }
        let scales = try section("scales")
        for (value, key) in try numbered(scales, range: 2...1e15) { try add(scales, key, try scales.strings(key) ?? [], .scale(value, short: false)) }
        if let shortScales = try values.mapping("short_scales") {
            for (value, key) in try numbered(shortScales, range: 2...1e15) {
                try add(shortScales, key, try shortScales.strings(key) ?? [], .scale(value, short: true))
            }
        }

        // Nationalities before currencies: a qualified currency word names its nationality.
        let nationalities = (try values.strings("nationalities") ?? []).map { $0.lowercased() }
        for (number, word) in nationalities.enumerated() { try add(values, "nationalities", [word], .nationality(UInt16(number))) }

        let currencies = try section("currencies")
        // The currency of each currency word, for a qualified word that is another currency's word.
        var currencyOfWord: [String: CurrencyCode] = [:]
        var qualified: [(entry: YAMLMapping, phrase: String, currency: CurrencyCode)] = []
        for (code, entry) in try currencies.childMappings() {
            guard CurrencyCode.isValid(code) else {
                throw .invalidValue(file: path, line: currencies.line(of: code), key: currencies.keyPath(code), message: "expected a three-letter ISO 4217 code in capitals")
            }
            try entry.requireOnly(["words", "qualified_words", "signs"])
            let currency = CurrencyCode(code)
            try add(currencies, code, [code], .currencyCode(currency))
            let words = try entry.strings("words") ?? []
            try add(entry, "words", words, .currencyWord(currency))
            for word in words { currencyOfWord[word.lowercased()] = currency }
            for phrase in try entry.strings("qualified_words") ?? [] { qualified.append((entry, phrase, currency)) }
            for sign in try entry.strings("signs") ?? [] {
                guard !sign.isEmpty, !sign.hasPrefix(" "), !sign.hasSuffix(" "), !sign.contains(where: { $0.isNumber }) else {
                    throw .invalidValue(file: path, line: entry.line(of: "signs"), key: entry.keyPath("signs"), message: "'\(sign)' is no currency sign (no digits, no spaces at its ends)")
                }
                vocabulary.signs.append((sign, currency))
            }
        }

        // "Uzbek sum": a name that counts only after its nationality; "NZ dollars": another
        // currency's word that names this one after its nationality; "Jordanian dinars", "Iraqi
        // dinars": a name several currencies share counts after each one's nationality (the first
        // currency that gives it holds the word).
        var sharedNames: [String: CurrencyCode] = [:]
        for (entry, phrase, currency) in qualified {
            let words = phrase.lowercased().split(separator: " ").map(String.init)
            guard words.count == 2, let nationality = nationalities.firstIndex(of: words[0]) else {
                throw .invalidValue(file: path, line: entry.line(of: "qualified_words"), key: entry.keyPath("qualified_words"),
                                    message: "'\(phrase)' is not a nationality of `nationalities` and one word")
            }
            if let own = currencyOfWord[words[1]] ?? sharedNames[words[1]] {
                vocabulary.nationalCurrencies.append((UInt16(nationality), own, currency))
            } else {
                sharedNames[words[1]] = currency
                try add(entry, "qualified_words", [words[1]], .qualifiedCurrencyWord(currency, nationality: UInt16(nationality)))
            }
        }

        let months = try section("months")
        for (value, key) in try numbered(months, range: 1...12) { try add(months, key, try months.strings(key) ?? [], .month(try whole(value, months, key))) }
        let weekdays = try section("weekdays")
        for (value, key) in try numbered(weekdays, range: 1...7) {
            try add(weekdays, key, try weekdays.strings(key) ?? [], .weekday(try whole(value, weekdays, key) - 1))
        }
        let directions = try section("directions")
        for (direction, key) in try directions.vocabularyKeys(ChangeDirection.self) { try add(directions, key, try directions.strings(key) ?? [], .direction(direction)) }
        let vague = try section("vague")
        for (amount, key) in try vague.vocabularyKeys(VagueAmount.self) { try add(vague, key, try vague.strings(key) ?? [], .vague(amount)) }
        let ordinals = try section("ordinals")
        for (value, key) in try numbered(ordinals, range: 1...4) { try add(ordinals, key, try ordinals.strings(key) ?? [], .ordinal(try whole(value, ordinals, key))) }
        if let folds = try values.mapping("folds") {
            for (value, key) in try numbered(folds, range: 1...1000) { try add(folds, key, try folds.strings(key) ?? [], .fold(value)) }
        }
        if let multiplied = try values.mapping("multiplied") {
            for (value, key) in try numbered(multiplied, range: 0.001...1000) { try add(multiplied, key, try multiplied.strings(key) ?? [], .multiplied(value)) }
        }

        // Qualifier phrases last: their words take the meaning given above, or none of their own.
        let qualifiers = try section("qualifiers")
        for (qualifier, key) in try qualifiers.vocabularyKeys(ValueQualifier.self) {
            for phrase in try qualifiers.strings(key) ?? [] {
                let words = phrase.split(separator: " ").map { $0.lowercased() }
                guard !words.isEmpty, words.allSatisfy({ word in word.utf8.count <= 16 && word.utf8.allSatisfy { $0 >= 97 && $0 <= 122 } }) else {
                    throw .invalidValue(file: path, line: qualifiers.line(of: key), key: qualifiers.keyPath(key),
                                        message: "'\(phrase)' is not words of ASCII letters")
                }
                vocabulary.qualifiers.append((words, qualifier))
            }
        }
        return ValueLexicon(vocabulary)
    }
}
