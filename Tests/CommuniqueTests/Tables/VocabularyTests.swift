import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge

/// The closed vocabularies: spelled as the contract spells them, declared by the columns that
/// use them, mapped once from the value grammar, and enforced when the lexicon is loaded.
@Suite struct VocabularyTests {
    @Test func spellingsAreTheContracts() {
        #expect(VisitType.spellings == ["state", "official", "working", "summit", "unspecified"])
        #expect(VisitStatus.spellings == ["held", "planned"])
        #expect(DatePrecision.spellings == ["day", "month", "year"])
        #expect(DocumentType.spellings == ["joint_statement", "declaration", "agreement", "memorandum", "protocol", "contract", "amendment", "package"])
        #expect(AgreementTopic.spellings == ["defense", "security", "trade", "economy", "investment", "energy", "education", "health",
                                             "migration", "culture", "integration", "other"])
        #expect(AgreementStatus.spellings == ["signed", "ratified", "preliminary", "planned", "agreed"])
        #expect(CountQualifier.spellings == ["at_least", "over", "about", "nearly", "up_to", "several", "dozens", "hundreds", "many", "numerous"])
        #expect(AgreementValueQualifier.spellings == ["nearly", "about", "over", "up_to", "at_least", "record"])
        #expect(MetricQualifier.spellings == ["record", "nearly", "about", "over", "up_to", "at_least", "target", "forecast"])
        #expect(DelegationCategory.spellings == ["education", "business", "government", "culture", "military", "media", "other"])
        #expect(SizeQualifier.spellings == ["over", "about", "nearly", "up_to", "at_least", "several", "dozens", "hundreds"])
    }

    @Test func vocabularyColumnsDeclareTheirEnumsValues() {
        #expect(AgreementRow.schema.column("doc_type")?.allowed == DocumentType.spellings)
        #expect(AgreementRow.schema.column("topic")?.type == .list)
        #expect(AgreementRow.schema.column("topic")?.allowed == AgreementTopic.spellings)
        #expect(VisitRow.schema.column("visit_type")?.allowed == VisitType.spellings)
        #expect(DelegationRow.schema.column("size_qualifier")?.allowed == SizeQualifier.spellings)
        #expect(ArticleRow.schema.column("status")?.allowed == ArticleStatus.spellings)
        #expect(AgreementRow.schema.column("title")?.allowed == nil)
    }

    @Test func cellsFollowTheDeclaredColumns() {
        var row = AgreementRow()
        (row.agreementID, row.docType, row.topics, row.parties) = ("a-1", .jointStatement, [.trade, .energy, .trade], ["RU", "KG"])
        (row.count, row.countQualifier, row.value, row.status) = (3, .upTo, 2.5e9, .signed)
        #expect(row.cells.count == AgreementRow.schema.columns.count)
        let cells = Dictionary(uniqueKeysWithValues: zip(AgreementRow.schema.header, row.cells))
        #expect(cells["doc_type"] == "joint_statement")
        #expect(cells["topic"] == "energy;trade")
        #expect(cells["parties"] == "KG;RU")
        #expect(cells["count_qualifier"] == "up_to")
        #expect(cells["value"] == "2500000000")
        #expect(cells["value_qualifier"] == "")
        #expect(cells["status"] == "signed")
        var visit = VisitRow()
        visit.datePrecision = DatePrecision(of: PartialDate(year: 2024, month: 5))
        let visitCells = Dictionary(uniqueKeysWithValues: zip(VisitRow.schema.header, visit.cells))
        #expect(visitCells["date_precision"] == "month")
        #expect(visitCells["visit_type"] == "unspecified")
        #expect(visitCells["status"] == "held")
    }

    @Test func vagueAmountsMapToEachTablesValues() {
        #expect(CountQualifier(.dozens) == .dozens)
        #expect(CountQualifier(.tens_of_thousands) == .many)
        #expect(CountQualifier(.thousands) == .many)
        #expect(CountQualifier(.numerous) == .numerous)
        #expect(SizeQualifier(.hundreds) == .hundreds)
        #expect(SizeQualifier(.thousands) == nil)
        #expect(SizeQualifier(.many) == nil)
        #expect(CountQualifier(ValueQualifier.record) == nil)
        #expect(SizeQualifier(ValueQualifier.upTo) == .upTo)
        #expect(AgreementValueQualifier(.record) == .record)
        #expect(MetricQualifier(.atLeast) == .atLeast)
        #expect(MetricQualifier(.forecast) == .forecast)
        #expect(AgreementValueQualifier(.forecast) == nil)
        // Every grammar value the table has a spelling for maps to that spelling.
        for qualifier in ValueQualifier.allCases {
            #expect(MetricQualifier(qualifier).rawValue == qualifier.rawValue)
            #expect(AgreementValueQualifier(qualifier).map(\.rawValue) == AgreementValueQualifier(rawValue: qualifier.rawValue)?.rawValue)
            #expect(CountQualifier(qualifier).map(\.rawValue) == CountQualifier(rawValue: qualifier.rawValue)?.rawValue)
            #expect(SizeQualifier(qualifier).map(\.rawValue) == SizeQualifier(rawValue: qualifier.rawValue)?.rawValue)
        }
    }

    @Test func aQuantitysVagueAmountWinsOverItsQualifier() {
        let vague = Quantity(value: nil, unit: .number, qualifier: .over, vague: .dozens, range: 0..<1)
        #expect(CountQualifier(vague) == .dozens)
        #expect(SizeQualifier(vague) == .dozens)
        let large = Quantity(value: nil, unit: .number, qualifier: .over, vague: .thousands, range: 0..<1)
        #expect(SizeQualifier(large) == nil)
        let plain = Quantity(value: 200, unit: .number, qualifier: .over, range: 0..<1)
        #expect(SizeQualifier(plain) == .over)
        #expect(CountQualifier(Quantity(value: 18, unit: .number, range: 0..<1)) == nil)
    }

    /// The check the large run relies on (`CellConformance`) rejects what the contract forbids.
    @Test func theCellCheckRejectsWhatTheContractForbids() throws {
        func problem(_ table: TableSchema, _ column: String, _ cell: String) throws -> String? {
            CellConformance(try #require(table.column(column))).problem(cell)
        }
        #expect(try problem(DelegationRow.schema, "size_qualifier", "thousands") != nil)
        #expect(try problem(DelegationRow.schema, "size_qualifier", "dozens") == nil)
        #expect(try problem(DelegationRow.schema, "size_qualifier", "") == nil)
        #expect(try problem(AgreementRow.schema, "doc_type", "") != nil)
        #expect(try problem(AgreementRow.schema, "topic", "trade;energy") != nil)
        #expect(try problem(AgreementRow.schema, "topic", "energy;trade;war") != nil)
        #expect(try problem(AgreementRow.schema, "topic", "energy;trade") == nil)
        #expect(try problem(AgreementRow.schema, "count", "1,000") != nil)
        #expect(try problem(AgreementRow.schema, "value", "4.1e9") != nil)
        #expect(try problem(AgreementRow.schema, "value", "-13.25") == nil)
        #expect(try problem(AgreementRow.schema, "date", "2017-13") != nil)
        #expect(try problem(AgreementRow.schema, "date", "2025-09/2025-01") != nil)
        #expect(try problem(AgreementRow.schema, "date", "2025-01/2025-09") == nil)
        #expect(try problem(ArticleRow.schema, "published", "2017/..") == nil)
        #expect(try problem(TradeSeriesRow.schema, "conflict", "yes") != nil)
        #expect(try problem(VisitRow.schema, "source_ids", "a;a") != nil)
    }

    // MARK: The lexicon

    /// The default lexicon with `replace` swapped for `with`, loaded; the error it gives.
    static func lexiconError(replacing replace: String, with replacement: String) throws -> ConfigurationError? {
        let text = try String(contentsOfFile: TestSupport.root + "/pipelines/knowledge/lexicon.yml", encoding: .utf8)
        #expect(text.contains(replace))
        let path = TestSupport.temporaryFolder("lexicon") + "/lexicon.yml"
        TestSupport.write(text.replacingOccurrences(of: replace, with: replacement), to: path)
        do {
            _ = try KnowledgeLoader().loadLexicon(path)
            return nil
        } catch {
            return error
        }
    }

    /// The line of the default lexicon that holds `text`.
    static func line(of text: String) throws -> Int {
        let source = try String(contentsOfFile: TestSupport.root + "/pipelines/knowledge/lexicon.yml", encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test func anUnknownTopicIsAnErrorWithFileLineAndKey() throws {
        let error = try #require(try Self.lexiconError(replacing: "    energy: [energy,", with: "    power: [energy,"))
        let line = try Self.line(of: "    energy: [energy,")
        #expect(error.description.hasSuffix("lexicon.yml:\(line): documents.topics.power: unknown key (expected one of: \(AgreementTopic.spellings.joined(separator: ", ")))"))
    }

    @Test func anUnknownDocumentTypeVisitTypeStatusOrCategoryIsAnError() throws {
        let cases = [("    memorandum: [memorandum,", "    memo: [memorandum,", "documents.types.memo"),
                     ("    state: [\"state visit\", \"state visits\"]", "    royal: [\"state visit\", \"state visits\"]", "visits.types.royal"),
                     ("    ratified: [ratified,", "    approved: [ratified,", "documents.statuses.approved"),
                     ("    media: [journalists,", "    press: [journalists,", "delegations.categories.press")]
        for (original, replacement, key) in cases {
            let error = try #require(try Self.lexiconError(replacing: original, with: replacement))
            let line = try Self.line(of: original)
            #expect(error.description.contains("lexicon.yml:\(line): \(key): unknown key"), "\(error)")
        }
    }

    @Test func anUnknownStatusPriorityOrIndicatorQualifierIsAnError() throws {
        let priority = try #require(try Self.lexiconError(replacing: "status_priority: [preliminary,", with: "status_priority: [draft,"))
        let priorityLine = try Self.line(of: "status_priority: [preliminary,")
        #expect(priority.description.hasSuffix("lexicon.yml:\(priorityLine): documents.status_priority: unknown value 'draft' (expected one of: signed, ratified, preliminary, planned, agreed)"))
        let qualifier = try #require(try Self.lexiconError(replacing: "    qualifier: target", with: "    qualifier: goal"))
        let qualifierLine = try Self.line(of: "    qualifier: target")
        #expect(qualifier.description.hasSuffix("lexicon.yml:\(qualifierLine): indicators.trade_target.qualifier: unknown value 'goal' (expected one of: \(MetricQualifier.spellings.joined(separator: ", ")))"))
    }

    @Test func theDefaultLexiconLoadsIntoTheVocabularies() {
        let lexicon = TestSupport.knowledge.lexicon
        #expect(lexicon.statusPriority == [.preliminary, .ratified, .planned, .signed, .agreed])
        #expect(lexicon.indicators["trade_target"]?.qualifier == .target)
        #expect(lexicon.indicators["exports"]?.qualifier == nil)
    }
}
