import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge

extension ValuesTests {
    @Suite struct ValueLexiconTests {
        static func lexicon(words: [(String, ValueLexeme)] = [], signs: [(String, String)] = [],
                            qualifiers: [([String], ValueQualifier)] = []) -> ValueLexicon {
            var vocabulary = ValueVocabulary()
            vocabulary.words = words.map { (word: $0.0, lexeme: $0.1) }
            vocabulary.signs = signs.map { (sign: $0.0, code: CurrencyCode($0.1)) }
            vocabulary.qualifiers = qualifiers.map { (phrase: $0.0, qualifier: $0.1) }
            return ValueLexicon(vocabulary)
        }

        @Test func wordsAreFoundWhateverTheirCase() {
            let lexicon = Self.lexicon(words: [("billion", .scale(1e9, short: false)), ("of", .word(.of))])
            #expect(lexicon.lexeme(of: "billion") == .scale(1e9, short: false))
            #expect(lexicon.lexeme(of: "BILLION") == .scale(1e9, short: false))
            #expect(lexicon.lexeme(of: "of") == .word(.of))
            #expect(lexicon.lexeme(of: "communique") == ValueLexeme.none)
        }

        @Test func qualifierWordsWithNoOtherMeaningGetTermsOfTheirOwn() {
            let lexicon = Self.lexicon(words: [("than", .word(.of))], qualifiers: [(["more", "than"], .over), (["roughly"], .about)])
            #expect(lexicon.lexeme(of: "more") == .term(0))
            #expect(lexicon.lexeme(of: "roughly") == .term(1))
            #expect(lexicon.qualifierPhrases.map(\.words.count) == [2, 1])
            // The parser reads a phrase back only after its last word: "than", then "roughly".
            #expect(lexicon.qualifierLastWords == [.word(.of), .term(1)])
            #expect(lexicon.qualifierPhrasesEndingWith == [.word(.of): [0], .term(1): [1]])
        }

        @Test func aQualifierPhraseIsReadBackFromItsLastWordOnly() {
            let lexicon = Self.lexicon(words: [("billion", .scale(1e9, short: false)), ("dollars", .currencyWord(CurrencyCode("USD")))],
                                       qualifiers: [(["more", "than"], .over), (["record", "high"], .record), (["about"], .about)])
            func qualifiers(_ text: String) -> [ValueQualifier?] {
                QuantityRecognizer(lexicon: lexicon).quantities(in: text).map(\.qualifier)
            }
            #expect(qualifiers("more than 5 billion dollars") == [.over])
            #expect(qualifiers("a record high - 31 billion dollars") == [.record])
            #expect(qualifiers("about 7 billion dollars, then 8 billion dollars") == [.about, nil])
            // "than" alone is no phrase.
            #expect(qualifiers("than 5 billion dollars") == [nil])
        }

        @Test func aReplicaIsANewObjectThatReadsTheSame() {
            let lexicon = Self.lexicon(words: [("billion", .scale(1e9, short: false))], signs: [("$", "USD")], qualifiers: [(["about"], .about)])
            let replica = lexicon.replica()
            #expect(replica !== lexicon)
            let text = "about $5 billion"
            let read = { (values: ValueLexicon) in
                QuantityRecognizer(lexicon: values).quantities(in: text).map { "\($0.value ?? -1) \($0.unit == .currency("USD")) \($0.qualifier == .about)" }
            }
            #expect(read(replica) == read(lexicon))
            #expect(read(replica) == ["5000000000.0 true true"])
        }

        @Test func theLongestSignBeforeANumberIsJoinedIntoOneToken() {
            let lexicon = Self.lexicon(signs: [("$", "USD"), ("NZ$", "NZD"), ("Kr", "SEK")])
            func tokens(_ text: String) -> [ValueToken] {
                Array(text.utf8).withUnsafeBufferPointer { ValueTokenizer.tokenize($0, lexicon: lexicon) }
            }
            #expect(tokens("NZ$40").map(\.lex) == [.currencySign(CurrencyCode("NZD")), .none])
            #expect(tokens("costs $40").map(\.lex) == [.none, .currencySign(CurrencyCode("USD")), .none])
            #expect(tokens("Kr 12").map(\.lex) == [.currencySign(CurrencyCode("SEK")), .none])
            // Not before a number, lower-cased, or glued to a word before it: no sign.
            #expect(tokens("NZ$ only").count == 3)
            #expect(tokens("kr 12").count == 2)
            #expect(tokens("ABNZ$40").count == 3)
        }

        static func loadValues(_ yaml: String) -> ConfigurationError? {
            do {
                let root = try YAMLMapping.document(yaml, file: "lexicon.yml")
                _ = try KnowledgeLoader().loadValues(try root.mapping("values")!, file: "lexicon.yml")
                return nil
            } catch {
                return error
            }
        }

        /// The shipped `values` section with one line replaced.
        static func shipped(replacing old: String, with new: String) throws -> String {
            let text = try String(contentsOfFile: TestSupport.root + "/pipelines/knowledge/lexicon.yml", encoding: .utf8)
            let start = text.range(of: "\nvalues:")!.lowerBound
            let section = String(text[start...])
            #expect(section.contains(old))
            return section.replacingOccurrences(of: old, with: new)
        }

        @Test func theShippedSectionLoads() throws {
            #expect(Self.loadValues(try Self.shipped(replacing: "values:", with: "values:")) == nil)
        }

        @Test func aWordGivenTwiceIsRefusedWithBothPlaces() throws {
            let error = Self.loadValues(try Self.shipped(replacing: "    12: [dozen]", with: "    12: [dozen, billion]"))
            guard case .invalidValue(_, _, let key, let message) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(key == "values.scales.12" && message.contains("already given"))
        }

        @Test func anUnknownGrammarRoleIsRefused() throws {
            let error = Self.loadValues(try Self.shipped(replacing: "    pp: [pp]", with: "    pp: [pp]\n    maybe: [maybe]"))
            guard case .unknownKey(_, _, let key, _) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(key == "values.grammar.maybe")
        }

        @Test func aMissingGrammarRoleIsRefused() throws {
            let error = Self.loadValues(try Self.shipped(replacing: "    pp: [pp]\n", with: ""))
            #expect(error == .missingKey(file: "lexicon.yml", line: error.map { if case .missingKey(_, let line, _) = $0 { line } else { 0 } } ?? 0, key: "values.grammar.pp"))
        }

        @Test func aCurrencyKeyThatIsNoISOCodeIsRefused() throws {
            let error = Self.loadValues(try Self.shipped(replacing: "    AZN: {}", with: "    Azn: {}"))
            guard case .invalidValue(_, _, let key, _) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(key == "values.currencies.Azn")
        }

        @Test func aSignWithDigitsIsRefused() throws {
            let error = Self.loadValues(try Self.shipped(replacing: "    KRW: {signs: [\"₩\"]}", with: "    KRW: {signs: [\"₩1\"]}"))
            guard case .invalidValue(_, _, let key, _) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(key == "values.currencies.KRW.signs")
        }

        @Test func aQualifiedNameWithAnUnlistedNationalityIsRefused() throws {
            let error = Self.loadValues(try Self.shipped(replacing: "qualified_words: [\"NZ dollars\", \"NZ dollar\"]",
                                                         with: "qualified_words: [\"Kiwi dollars\"]"))
            guard case .invalidValue(_, _, let key, _) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(key == "values.currencies.NZD.qualified_words")
        }
    }
}
