import CommuniqueCore
import CommuniqueText
import Foundation

/// Reads and validates the knowledge files a pipeline names.
public struct KnowledgeLoader: Sendable {
    public init() {}

    public func load(_ files: KnowledgeFiles) throws(ConfigurationError) -> Knowledge {
        let countries = try loadCountries(files.countries.path)
        let codes = Set(countries.map(\.code))
        let cities = try loadCities(files.cities.path, countryCodes: codes)
        let leaders = try loadLeaders(files.leaders.path, countryCodes: codes)
        try LeaderValidator(file: files.leaders.path, countries: countries).validate(leaders)
        let organisations = try loadOrganisations(files.organisations.path, countryCodes: codes)
        let lexicon = try loadLexicon(files.lexicon.path)
        let boilerplate = try loadBoilerplate(files.boilerplate.path)
        return Knowledge(countries: countries, cities: cities, leaders: leaders, organisations: organisations, lexicon: lexicon, boilerplate: boilerplate)
    }

    // MARK: CSV tables

    /// Records of a knowledge CSV after its header, which must be exactly `header`.
    func table(_ path: String, header: [String]) throws(ConfigurationError) -> [CSVRecord] {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw .unreadable(file: path, reason: error.description)
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .unreadable(file: path, reason: "not UTF-8 text")
        }
        let records: [CSVRecord]
        do {
            records = try CSVReader().records(bytes)
        } catch {
            guard case .parser(let line, let message) = error else { throw .unreadable(file: path, reason: "\(error)") }
            throw .malformedRow(file: path, line: line, column: "(row)", message: message)
        }
        guard let first = records.first else { throw .malformedRow(file: path, line: 1, column: "(header)", message: "the file is empty") }
        guard first.fields == header else {
            throw .malformedRow(file: path, line: first.line, column: "(header)", message: "expected columns \(header.joined(separator: ",")), found \(first.fields.joined(separator: ","))")
        }
        for record in records.dropFirst() where record.fields.count != header.count {
            throw .malformedRow(file: path, line: record.line, column: "(row)", message: "expected \(header.count) fields, found \(record.fields.count)")
        }
        return Array(records.dropFirst())
    }

    static func list(_ cell: String) -> [String] {
        // An ASCII cell (most of them) is split at its ';' bytes: each byte is a character, so the
        // items are those of splitting by characters, which breaks the text into graphemes first.
        if cell.utf8.allSatisfy({ $0 < 0x80 }) {
            return cell.utf8.split(separator: UInt8(ascii: ";")).map { trimmed(Substring($0)) }.filter { !$0.isEmpty }
        }
        return cell.split(separator: ";").map(trimmed).filter { !$0.isEmpty }
    }

    /// `item` without white space (tabs and Unicode spaces, `.whitespaces`) at either end.
    ///
    /// An item that starts and ends with an ASCII byte other than a space or a tab (nearly every
    /// name of the tables) has none to trim and is returned at once: Foundation's trimming cost
    /// about 12,000 instructions an item, most of the time spent loading the leaders table.
    static func trimmed(_ item: Substring) -> String {
        if let first = item.utf8.first, let last = item.utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return String(item)
        }
        return item.trimmingCharacters(in: .whitespaces)
    }

    /// `true` or empty.
    static func flag(_ cell: String, file: String, line: Int, column: String) throws(ConfigurationError) -> Bool {
        switch cell {
        case "true": return true
        case "", "false": return false
        default: throw .malformedRow(file: file, line: line, column: column, message: "expected true or empty, found '\(cell)'")
        }
    }

    /// A whole day, `YYYY-MM-DD`.
    static func day(_ cell: String, file: String, line: Int, column: String) throws(ConfigurationError) -> PartialDate {
        guard let date = PartialDate(iso: cell), date.day != nil else {
            throw .malformedRow(file: file, line: line, column: column, message: "expected a day as YYYY-MM-DD, found '\(cell)'")
        }
        return date
    }

    static func countryCode(_ cell: String, known: Set<String>, file: String, line: Int, column: String) throws(ConfigurationError) -> String {
        guard known.contains(cell) else {
            throw .malformedRow(file: file, line: line, column: column, message: "unknown country code '\(cell)' (not in countries.csv)")
        }
        return cell
    }

    func loadCountries(_ path: String) throws(ConfigurationError) -> [Country] {
        let header = ["code", "name", "short_names", "adjectives", "capital", "joint_heads"]
        var seen = Set<String>()
        var countries: [Country] = []
        for record in try table(path, header: header) {
            let f = record.fields
            guard f[0].count == 2, f[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw .malformedRow(file: path, line: record.line, column: "code", message: "expected an ISO 3166-1 alpha-2 code, found '\(f[0])'")
            }
            guard seen.insert(f[0]).inserted else {
                throw .malformedRow(file: path, line: record.line, column: "code", message: "duplicate code \(f[0])")
            }
            guard !f[1].isEmpty else { throw .malformedRow(file: path, line: record.line, column: "name", message: "empty name") }
            countries.append(Country(code: f[0], name: f[1], shortNames: Self.list(f[2]), adjectives: Self.list(f[3]), capital: f[4],
                                     jointHeads: try Self.flag(f[5], file: path, line: record.line, column: "joint_heads")))
        }
        return countries
    }

    func loadCities(_ path: String, countryCodes: Set<String>) throws(ConfigurationError) -> [City] {
        let header = ["name", "country", "alternates", "population", "capital", "geonameid"]
        var cities: [City] = []
        for record in try table(path, header: header) {
            let f = record.fields
            guard !f[0].isEmpty else { throw .malformedRow(file: path, line: record.line, column: "name", message: "empty name") }
            let country = try Self.countryCode(f[1], known: countryCodes, file: path, line: record.line, column: "country")
            guard f[3].isEmpty || Int(f[3]).map({ $0 >= 0 }) == true else {
                throw .malformedRow(file: path, line: record.line, column: "population", message: "expected a whole number, found '\(f[3])'")
            }
            cities.append(City(name: f[0], country: country, alternates: Self.list(f[2]), population: Int(f[3]) ?? 0,
                               capital: try Self.flag(f[4], file: path, line: record.line, column: "capital")))
        }
        return cities
    }

    /// One person per canonical name, with a term per row; the validator checks the terms against each other.
    func loadLeaders(_ path: String, countryCodes: Set<String>) throws(ConfigurationError) -> [Leader] {
        let header = ["name", "country", "office", "role", "acting", "start", "end", "variants", "source"]
        var byName: [String: Int] = [:]
        var leaders: [Leader] = []
        for record in try table(path, header: header) {
            let f = record.fields
            let line = record.line
            guard !f[0].isEmpty else { throw .malformedRow(file: path, line: line, column: "name", message: "empty name") }
            let country = try Self.countryCode(f[1], known: countryCodes, file: path, line: line, column: "country")
            guard let office = Office(rawValue: f[2]) else {
                throw .malformedRow(file: path, line: line, column: "office", message: "expected one of \(Office.allCases.map(\.rawValue).joined(separator: ", ")), found '\(f[2])'")
            }
            guard let role = LeaderRole(rawValue: f[3]) else {
                throw .malformedRow(file: path, line: line, column: "role", message: "expected one of \(LeaderRole.allCases.map(\.rawValue).joined(separator: ", ")), found '\(f[3])'")
            }
            let acting = try Self.flag(f[4], file: path, line: line, column: "acting")
            let start = try Self.day(f[5], file: path, line: line, column: "start")
            var end: PartialDate?
            if !f[6].isEmpty {
                let date = try Self.day(f[6], file: path, line: line, column: "end")
                guard start < date else {
                    throw .malformedRow(file: path, line: line, column: "end", message: "the term of \(f[0]) ends on \(date), not after it starts on \(start) (end is the first day out of office)")
                }
                end = date
            }
            let term = LeaderTerm(country: country, office: office, role: role, acting: acting, start: start, end: end, line: line)
            if let index = byName[f[0]] {
                leaders[index].terms.append(term)
                leaders[index].variants = Array(Set(leaders[index].variants + Self.list(f[7]))).sorted()
            } else {
                byName[f[0]] = leaders.count
                leaders.append(Leader(name: f[0], variants: Self.list(f[7]), terms: [term]))
            }
        }
        return leaders
    }

    func loadOrganisations(_ path: String, countryCodes: Set<String>) throws(ConfigurationError) -> [Organisation] {
        let header = ["acronym", "name", "aliases", "members"]
        var organisations: [Organisation] = []
        for record in try table(path, header: header) {
            let f = record.fields
            guard !f[0].isEmpty else { throw .malformedRow(file: path, line: record.line, column: "acronym", message: "empty acronym") }
            // "IR@2023-07-04": a member since that day; "GB@1973-01-01/2020-02-01": until the second (exclusive).
            var members: [String] = []
            var memberships: [String: Membership] = [:]
            for cell in Self.list(f[3]) {
                let parts = cell.split(separator: "@", maxSplits: 1).map(String.init)
                let code = parts[0]
                guard countryCodes.contains(code) else {
                    throw .malformedRow(file: path, line: record.line, column: "members", message: "unknown country code '\(code)'")
                }
                members.append(code)
                guard parts.count == 2 else { continue }
                let days = parts[1].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                let joined = try Self.day(days[0], file: path, line: record.line, column: "members").dayNumber
                let left = days.count > 1 ? try Self.day(days[1], file: path, line: record.line, column: "members").dayNumber : nil
                if let joined, let left, left <= joined {
                    throw .malformedRow(file: path, line: record.line, column: "members", message: "\(code) leaves on or before it joins")
                }
                memberships[code] = Membership(joined: joined, left: left)
            }
            organisations.append(Organisation(acronym: f[0], name: f[1], aliases: Self.list(f[2]), members: members, memberships: memberships))
        }
        return organisations
    }

    // MARK: YAML files

    func document(_ path: String) throws(ConfigurationError) -> YAMLMapping {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw .unreadable(file: path, reason: error.description)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .unreadable(file: path, reason: "not UTF-8 text") }
        return try YAMLMapping.document(text, file: path)
    }

    func loadBoilerplate(_ path: String) throws(ConfigurationError) -> BoilerplateRules {
        let root = try document(path)
        try root.requireOnly(["drop_lines_containing", "drop_lines_equal", "stop_at_lines_starting", "max_line_bytes", "open_line_endings"])
        let maxLineBytes = try root.int("max_line_bytes") ?? 300
        guard maxLineBytes > 0 else {
            throw .invalidValue(file: path, line: root.line(of: "max_line_bytes"), key: "max_line_bytes", message: "must be positive")
        }
        return BoilerplateRules(
            dropLinesContaining: try root.strings("drop_lines_containing") ?? [],
            dropLinesEqual: try root.strings("drop_lines_equal") ?? [],
            stopAtLinesStarting: try root.strings("stop_at_lines_starting") ?? [],
            maxLineBytes: maxLineBytes,
            openLineEndings: try root.strings("open_line_endings") ?? [])
    }

    func loadLexicon(_ path: String) throws(ConfigurationError) -> Lexicon {
        let root = try document(path)
        try root.requireOnly(["visits", "documents", "indicators", "delegations", "leaders", "regions", "languages", "values", "rule_words"])
        var phrases: [String: [LexiconTag]] = [:]
        var order: [String] = []
        func add(_ words: [String]?, _ tag: LexiconTag) {
            for word in words ?? [] {
                let key = word.lowercased()
                if phrases[key] == nil { order.append(key) }
                if !(phrases[key]?.contains(tag) ?? false) { phrases[key, default: []].append(tag) }
            }
        }
        func required(_ mapping: YAMLMapping, _ key: String) throws(ConfigurationError) -> YAMLMapping {
            guard let child = try mapping.mapping(key) else { throw .missingKey(file: path, line: mapping.line, key: mapping.keyPath(key)) }
            return child
        }

        let visits = try required(root, "visits")
        try visits.requireOnly(["movement", "meeting", "hosting", "hosted_by", "attendance", "participants", "infinitives", "types", "planned", "negation", "negation_after", "not_host_after", "not_planned"])
        add(try visits.strings("movement"), .visitMovement)
        add(try visits.strings("meeting"), .visitMeeting)
        add(try visits.strings("hosting"), .visitHosting)
        add(try visits.strings("hosted_by"), .visitHostedBy)
        add(try visits.strings("attendance"), .visitAttendance)
        add(try visits.strings("participants"), .visitParticipants)
        add(try visits.strings("infinitives"), .visitInfinitive)
        add(try visits.strings("planned"), .planned)
        add(try visits.strings("negation"), .negation)
        add(try visits.strings("negation_after"), .negationAfter)
        add(try visits.strings("not_host_after"), .notHostAfter)
        add(try visits.strings("not_planned"), .notPlanned)
        if let types = try visits.mapping("types") {
            for (type, key) in try types.vocabularyKeys(VisitType.self) { add(try types.strings(key), .visitType(type)) }
        }

        let documents = try required(root, "documents")
        try documents.requireOnly(["types", "plural", "generic", "governed", "comparison", "cumulative", "vague_count", "status_only", "not_documents", "statuses", "status_priority", "topics", "weak_topics"])
        let types = try required(documents, "types")
        for (type, key) in try types.vocabularyKeys(DocumentType.self) { add(try types.strings(key), .document(type)) }
        add(try documents.strings("plural"), .plural)
        add(try documents.strings("generic"), .generic)
        add(try documents.strings("governed") ?? [], .governed)
        add(try documents.strings("comparison"), .comparison)
        add(try documents.strings("cumulative"), .cumulative)
        add(try documents.strings("vague_count") ?? [], .vagueCount)
        add(try documents.strings("status_only") ?? [], .statusOnly)
        add(try documents.strings("not_documents") ?? [], .notDocument)
        let statuses = try required(documents, "statuses")
        for (status, key) in try statuses.vocabularyKeys(AgreementStatus.self) { add(try statuses.strings(key), .docStatus(status)) }
        let priority = try documents.vocabularyList("status_priority", AgreementStatus.self) ?? Array(AgreementStatus.allCases)
        let topics = try required(documents, "topics")
        for (topic, key) in try topics.vocabularyKeys(AgreementTopic.self) { add(try topics.strings(key), .topic(topic)) }
        if let weakTopics = try documents.mapping("weak_topics") {
            for (topic, key) in try weakTopics.vocabularyKeys(AgreementTopic.self) { add(try weakTopics.strings(key), .weakTopic(topic)) }
        }

        var indicators: [String: IndicatorDefinition] = [:]
        for (name, mapping) in try required(root, "indicators").childMappings() {
            try mapping.requireOnly(["triggers", "weak_triggers", "units", "roles", "qualifier", "promotes", "markers"])
            guard name.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "_" }), !name.isEmpty else {
                throw .invalidValue(file: path, line: mapping.line, key: mapping.path, message: "indicator names are snake_case")
            }
            guard let triggers = try mapping.strings("triggers"), !triggers.isEmpty else {
                throw .missingKey(file: path, line: mapping.line, key: mapping.keyPath("triggers"))
            }
            var units = Set<IndicatorDefinition.UnitClass>()
            for unit in try mapping.strings("units") ?? ["money", "change"] {
                guard let value = IndicatorDefinition.UnitClass(rawValue: unit) else {
                    throw .invalidValue(file: path, line: mapping.line(of: "units"), key: mapping.keyPath("units"), message: "unknown unit '\(unit)' (expected money, percent, change or count)")
                }
                units.insert(value)
            }
            let rolesName = try mapping.string("roles") ?? "symmetric"
            guard let roles = IndicatorDefinition.Roles(rawValue: rolesName) else {
                throw .invalidValue(file: path, line: mapping.line(of: "roles"), key: mapping.keyPath("roles"), message: "unknown roles '\(rolesName)' (expected one of: \(IndicatorDefinition.Roles.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            indicators[name] = IndicatorDefinition(name: name, units: units, roles: roles, qualifier: try mapping.vocabularyValue("qualifier", MetricQualifier.self),
                                                   promotes: try mapping.string("promotes"))
            add(triggers, .indicator(name))
            add(try mapping.strings("weak_triggers"), .weakIndicator(name))
            add(try mapping.strings("markers"), .indicatorMarker(name))
        }

        for (name, mapping) in try required(root, "indicators").childMappings() {
            if let base = indicators[name]?.promotes, indicators[base] == nil {
                throw .invalidValue(file: path, line: mapping.line(of: "promotes"), key: mapping.keyPath("promotes"), message: "unknown indicator '\(base)'")
            }
        }

        let delegations = try required(root, "delegations")
        try delegations.requireOnly(["categories", "events", "groups", "kinds", "both_sides", "accompaniment"])
        let categories = try required(delegations, "categories")
        for (category, key) in try categories.vocabularyKeys(DelegationCategory.self) { add(try categories.strings(key), .delegation(category)) }
        add(try delegations.strings("events"), .event)
        add(try delegations.strings("groups"), .delegationGroup)
        var delegationKinds: [UInt64: DelegationCategory] = [:]
        if let kinds = try delegations.mapping("kinds") {
            for (category, key) in try kinds.vocabularyKeys(DelegationCategory.self) {
                for word in try kinds.strings(key) ?? [] {
                    guard !word.contains(" ") else {
                        throw .invalidValue(file: path, line: kinds.line(of: key), key: kinds.keyPath(key), message: "'\(word)' is not one word")
                    }
                    delegationKinds[Tokenizer.foldedHash(word.utf8)] = category
                }
            }
        }
        add(try delegations.strings("both_sides"), .bothSides)
        add(try delegations.strings("accompaniment"), .accompaniment)

        let leaders = try required(root, "leaders")
        try leaders.requireOnly(["titles", "former"])
        try required(leaders, "titles").requireOnly(LeaderRole.allCases.map(\.rawValue))
        for entry in try required(leaders, "titles").entries {
            add(try required(leaders, "titles").strings(entry.key), .title(entry.key))
        }
        add(try leaders.strings("former"), .former)

        var languages: [String: Set<UInt64>] = [:]
        if let mapping = try root.mapping("languages") {
            for entry in mapping.entries {
                languages[entry.key] = Set((try mapping.strings(entry.key) ?? []).map { Tokenizer.foldedHash(Array($0.utf8)) })
            }
        }

        let values = try loadValues(try required(root, "values"), file: path)
        var ruleWords: [UInt64: UInt64] = [:]
        var moreRuleWords: [UInt64: UInt64] = [:]
        let ruleSection = try required(root, "rule_words")
        for (role, key) in try ruleSection.vocabularyKeys(RuleWord.self) {
            for word in try ruleSection.strings(key) ?? [] {
                guard !word.isEmpty, !word.contains(" ") else {
                    throw .invalidValue(file: path, line: ruleSection.line(of: key), key: ruleSection.keyPath(key), message: "'\(word)' is not one word")
                }
                if Lexicon.bank(role) == 0 {
                    ruleWords[Tokenizer.foldedHash(word.utf8), default: 0] |= Lexicon.bit(role)
                } else {
                    moreRuleWords[Tokenizer.foldedHash(word.utf8), default: 0] |= Lexicon.bit(role)
                }
            }
        }
        if let missing = RuleWord.allCases.first(where: { role in !ruleSection.entries.contains { $0.key == role.rawValue } }) {
            throw .missingKey(file: path, line: ruleSection.line, key: ruleSection.keyPath(missing.rawValue))
        }

        var matcher = PhraseMatcher<[LexiconTag]>()
        for phrase in order { matcher.add(phrase, value: phrases[phrase]!) }
        matcher.seal()
        return Lexicon(matcher: matcher, indicators: indicators, statusPriority: priority, languages: languages, delegationKinds: delegationKinds,
                       values: values, ruleWords: ruleWords, moreRuleWords: moreRuleWords, regions: try root.strings("regions") ?? [])
    }
}
