import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueKnowledge
@testable import CommuniquePipeline

/// The knowledge base refuses terms that contradict each other, naming the file, line and key.
@Suite struct LeaderValidatorTests {
    static let countries = """
        code,name,short_names,adjectives,capital,joint_heads
        KG,Kyrgyzstan,,Kyrgyz,Bishkek,
        KZ,Kazakhstan,,Kazakh,Astana,
        BA,Bosnia and Herzegovina,,Bosnian,Sarajevo,true

        """
    static let header = "name,country,office,role,acting,start,end,variants,source\n"

    /// Loads `rows` (after the header, so the first row is line 2) and validates them.
    static func validate(_ rows: String) throws(ConfigurationError) -> [Leader] {
        let folder = TestSupport.temporaryFolder("leaders")
        TestSupport.write(countries, to: folder + "/countries.csv")
        TestSupport.write(header + rows, to: folder + "/leaders.csv")
        let loader = KnowledgeLoader()
        let countries = try loader.loadCountries(folder + "/countries.csv")
        let leaders = try loader.loadLeaders(folder + "/leaders.csv", countryCodes: Set(countries.map(\.code)))
        try LeaderValidator(file: folder + "/leaders.csv", countries: countries).validate(leaders)
        return leaders
    }

    static func error(_ rows: String) -> ConfigurationError? {
        do {
            _ = try validate(rows)
            return nil
        } catch {
            return error
        }
    }

    @Test func twoHeadsOfStateOnOneDayAreRefused() throws {
        let rows = """
            Sooronbay Jeenbekov,KG,head_of_state,president,,2017-11-24,2020-10-16,Jeenbekov,https://example.org/a
            Sadyr Japarov,KG,head_of_state,president,,2020-10-15,,Japarov,https://example.org/b

            """
        let error = try #require(Self.error(rows))
        guard case .conflictingRows(_, 3, "start", 2, let message) = error else {
            Issue.record("expected conflictingRows at line 3 against line 2, got \(error)")
            return
        }
        #expect(message == "two heads of state of KG on 2020-10-15: Sadyr Japarov (KG head of state, president, 2020-10-15 to -, line 3) and Sooronbay Jeenbekov (KG head of state, president, 2017-11-24 to 2020-10-16, line 2); end one term, or declare joint heads in countries.csv")
        #expect(error.description.hasSuffix("leaders.csv:3: start: " + message + " (contradicts line 2)"))
    }

    @Test func twoHeadsOfGovernmentOnOneDayAreRefused() throws {
        let rows = """
            Akylbek Japarov,KG,head_of_government,prime_minister,,2021-10-12,2024-12-17,,https://example.org/a
            Adylbek Kasymaliev,KG,head_of_government,prime_minister,true,2024-12-16,2025-02-10,Kasymaliev,https://example.org/b

            """
        let error = try #require(Self.error(rows))
        guard case .conflictingRows(_, 3, "start", 2, let message) = error else {
            Issue.record("expected conflictingRows at line 3 against line 2, got \(error)")
            return
        }
        #expect(message.hasPrefix("two heads of government of KG on 2024-12-16: Adylbek Kasymaliev (KG head of government, acting prime_minister, 2024-12-16 to 2025-02-10, line 3) and Akylbek Japarov"))
    }

    @Test func aTermInsideALongerOneIsRefused() throws {
        // The later term overlaps the first one, not the short one between them.
        let rows = """
            Nursultan Nazarbayev,KZ,head_of_state,president,,1990-04-24,2019-03-20,,https://example.org/a
            Someone Else,KZ,head_of_state,president,true,2005-01-01,2005-01-02,,https://example.org/b

            """
        guard case .conflictingRows(_, 3, "start", 2, _) = Self.error(rows) else {
            Issue.record("expected conflictingRows at line 3 against line 2, got \(String(describing: Self.error(rows)))")
            return
        }
    }

    @Test func aHandoverOnTheSuccessorsFirstDayIsNoOverlap() throws {
        let leaders = try Self.validate("""
            Nursultan Nazarbayev,KZ,head_of_state,president,,1990-04-24,2019-03-20,Nazarbayev,https://example.org/a
            Kassym-Jomart Tokayev,KZ,head_of_state,president,,2019-03-20,,Tokayev,https://example.org/b
            Nursultan Nazarbayev,KZ,other,chairman,,2019-03-20,2022-01-05,Nazarbayev,https://example.org/c

            """)
        #expect(leaders.map(\.name) == ["Nursultan Nazarbayev", "Kassym-Jomart Tokayev"])
        #expect(leaders[0].terms.map(\.office) == [.headOfState, .other])
    }

    @Test func jointHeadsOfStateAreAllowedWhereDeclared() throws {
        let leaders = try Self.validate("""
            Milorad Dodik,BA,head_of_state,president,,2018-11-20,2022-11-16,Dodik,https://example.org/a
            Sefik Dzaferovic,BA,head_of_state,president,,2018-11-20,2022-11-16,Dzaferovic,https://example.org/a
            Zeljko Komsic,BA,head_of_state,president,,2018-11-20,,Komsic,https://example.org/a

            """)
        #expect(leaders.count == 3)
        // Heads of government stay one at a time even there.
        let rows = """
            Zoran Tegeltija,BA,head_of_government,prime_minister,,2019-12-23,2023-01-26,,https://example.org/a
            Borjana Kristo,BA,head_of_government,prime_minister,,2023-01-25,,,https://example.org/a

            """
        guard case .conflictingRows(_, 3, "start", 2, _) = Self.error(rows) else {
            Issue.record("expected conflictingRows, got \(String(describing: Self.error(rows)))")
            return
        }
    }

    @Test func aTermEndingBeforeItStartsIsRefused() throws {
        let rows = "Almazbek Atambayev,KG,head_of_state,president,,2017-11-24,2011-12-01,,https://example.org/a\n"
        let error = try #require(Self.error(rows))
        #expect(error == .malformedRow(file: error.file, line: 2, column: "end",
                                       message: "the term of Almazbek Atambayev ends on 2011-12-01, not after it starts on 2017-11-24 (end is the first day out of office)"))
        let empty = "Almazbek Atambayev,KG,head_of_state,president,,2011-12-01,2011-12-01,,https://example.org/a\n"
        guard case .malformedRow(_, 2, "end", _) = Self.error(empty) else {
            Issue.record("expected a zero-day term refused, got \(String(describing: Self.error(empty)))")
            return
        }
    }

    @Test func anUnknownCountryCodeIsRefused() throws {
        let rows = "Ilham Aliyev,AZ,head_of_state,president,,2003-10-31,,,https://example.org/a\n"
        let error = try #require(Self.error(rows))
        #expect(error == .malformedRow(file: error.file, line: 2, column: "country", message: "unknown country code 'AZ' (not in countries.csv)"))
        #expect(error.description.hasSuffix("leaders.csv:2: country: unknown country code 'AZ' (not in countries.csv)"))
    }

    @Test func aVariantOfTwoPeopleInOfficeOnOneDayIsRefused() throws {
        let rows = """
            Sadyr Japarov,KG,head_of_state,president,,2021-01-28,,Japarov;Zhaparov,https://example.org/a
            Akylbek Japarov,KG,head_of_government,prime_minister,,2021-10-12,2024-12-16,Japarov,https://example.org/b

            """
        let error = try #require(Self.error(rows))
        guard case .conflictingRows(_, 3, "variants", 2, let message) = error else {
            Issue.record("expected conflictingRows at line 3 against line 2, got \(error)")
            return
        }
        #expect(message == "'Japarov' names two people in office on 2021-10-12: Akylbek Japarov (KG head of government, prime_minister, 2021-10-12 to 2024-12-16, line 3) and Sadyr Japarov (KG head of state, president, 2021-01-28 to -, line 2); keep it for one of them")
        // Case and accents as the name matcher folds them: "JAPAROV" is the same name.
        let shouting = rows.replacingOccurrences(of: "2024-12-16,Japarov", with: "2024-12-16,JAPAROV")
        guard case .conflictingRows(_, 3, "variants", 2, _) = Self.error(shouting) else {
            Issue.record("expected the folded variant refused, got \(String(describing: Self.error(shouting)))")
            return
        }
    }

    @Test func aVariantSharedAcrossYearsIsAllowed() throws {
        let leaders = try Self.validate("""
            Askar Akayev,KG,head_of_state,president,,1990-10-27,2005-03-24,Akayev,https://example.org/a
            Someone Akayev,KG,head_of_government,prime_minister,,2005-03-24,2006-01-01,Akayev,https://example.org/b

            """)
        #expect(leaders.count == 2)
    }

    @Test func theShippedKnowledgePassesTheValidator() throws {
        let definition = try PipelineLoader().load(TestSupport.defaultPipeline).knowledge
        let countries = try KnowledgeLoader().loadCountries(definition.countries.path)
        let leaders = try KnowledgeLoader().loadLeaders(definition.leaders.path, countryCodes: Set(countries.map(\.code)))
        try LeaderValidator(file: definition.leaders.path, countries: countries).validate(leaders)
        #expect(leaders.count > 1000)
        #expect(Set(leaders.flatMap { $0.terms.map(\.country) }).count >= 100)
    }

    @Test func validateExitsWithTwoAndNamesBothRows() throws {
        try #require(TestSupport.binary != nil, "the communique executable must be built beside the tests (swift build --build-tests)")
        let folder = TestSupport.temporaryFolder("validate")
        let knowledge = TestSupport.root + "/pipelines/knowledge"
        var leaders = try String(contentsOfFile: knowledge + "/leaders.csv", encoding: .utf8)
        let lines = leaders.split(separator: "\n", omittingEmptySubsequences: false).count
        leaders += "Rufus T. Firefly,KZ,head_of_state,president,,2024-01-01,,Firefly,https://example.org/freedonia\n"
        TestSupport.write(leaders, to: folder + "/leaders.csv")
        TestSupport.write("""
            name: contradiction
            version: 2
            input: \(TestSupport.root)/seeds
            output: \(folder)/out
            knowledge:
              countries: \(knowledge)/countries.csv
              cities: \(knowledge)/cities.csv
              leaders: leaders.csv
              organisations: \(knowledge)/organisations.csv
              lexicon: \(knowledge)/lexicon.yml
              boilerplate: \(knowledge)/boilerplate.yml
            \(TestSupport.stages())
            """, to: folder + "/pipeline.yml")
        let process = try TestSupport.launch(["validate", folder + "/pipeline.yml"], in: folder)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        let log = try String(contentsOfFile: folder + "/stderr.txt", encoding: .utf8)
        #expect(log.contains("\(folder)/leaders.csv:\(lines): start: two heads of state of KZ on 2024-01-01: Rufus T. Firefly (KZ head of state, president, 2024-01-01 to -, line \(lines)) and Kassym-Jomart Tokayev (KZ head of state, president, 2019-03-20 to -, line "))
        #expect(log.contains("(contradicts line "))
        // A run refuses the same files before it starts.
        let run = try TestSupport.launch(["run", folder + "/pipeline.yml", "--quiet"], in: folder)
        run.waitUntilExit()
        #expect(run.terminationStatus == 2)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }
}
