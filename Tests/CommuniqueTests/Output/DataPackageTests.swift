import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages

@Suite struct DataPackageTests {
    static let schemas = [ArticleRow.schema, VisitRow.schema, AgreementRow.schema, TradeMetricRow.schema,
                          DelegationRow.schema, TradeSeriesRow.schema, VisitSummaryRow.schema]

    static func package(_ dialect: CSVDialect = .standard, tables: [TableSchema] = schemas,
                        name: String = "communique-seeds") -> DataPackage {
        DataPackage(name: name, tables: tables, dialect: dialect,
                    rowCounts: Dictionary(tables.map { ($0.name, 3) }, uniquingKeysWith: +))
    }

    /// The produced JSON, decoded the way any consumer would.
    static func decode(_ package: DataPackage) throws -> [String: Any] {
        let bytes = try package.json()
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    static func resources(_ descriptor: [String: Any]) throws -> [[String: Any]] {
        try #require(descriptor["resources"] as? [[String: Any]])
    }

    static func resource(_ name: String, in descriptor: [String: Any]) throws -> [String: Any] {
        try #require(try resources(descriptor).first { $0["name"] as? String == name })
    }

    static func fields(_ resource: [String: Any]) throws -> [[String: Any]] {
        let schema = try #require(resource["schema"] as? [String: Any])
        return try #require(schema["fields"] as? [[String: Any]])
    }

    static func field(_ name: String, of table: String, in descriptor: [String: Any]) throws -> [String: Any] {
        try #require(try fields(resource(table, in: descriptor)).first { $0["name"] as? String == name })
    }

    static func constraints(_ field: [String: Any]) throws -> [String: Any] {
        try #require(field["constraints"] as? [String: Any])
    }

    @Test func packageLevelProperties() throws {
        let descriptor = try Self.decode(Self.package())
        #expect(descriptor["name"] as? String == "communique-seeds")
        #expect(descriptor["profile"] as? String == "tabular-data-package")
        #expect(descriptor["title"] as? String == "Communiqué: leaders' visits")
        #expect((descriptor["description"] as? String)?.isEmpty == false)
        #expect(descriptor["licenses"] == nil)
    }

    @Test func everyTableIsAResourceWithItsColumnsInOrder() throws {
        let descriptor = try Self.decode(Self.package())
        let resources = try Self.resources(descriptor)
        #expect(resources.compactMap { $0["name"] as? String } == Self.schemas.map(\.name))
        for schema in Self.schemas {
            let resource = try Self.resource(schema.name, in: descriptor)
            #expect(try Self.fields(resource).compactMap { $0["name"] as? String } == schema.header, "\(schema.name)")
            #expect(resource["path"] as? String == schema.name + ".csv.gz")
            #expect(resource["profile"] as? String == "tabular-data-resource")
            #expect(resource["format"] as? String == "csv")
            #expect(resource["mediatype"] as? String == "text/csv")
            #expect(resource["compression"] as? String == "gz")
            #expect(resource["encoding"] as? String == "utf-8")
            #expect(resource["title"] as? String == schema.title)
            #expect((resource["description"] as? String)?.isEmpty == false)
            let tableSchema = try #require(resource["schema"] as? [String: Any])
            #expect(tableSchema["primaryKey"] as? [String] == schema.primaryKey)
            #expect(tableSchema["missingValues"] as? [String] == [""])
        }
    }

    @Test func resourcesFollowTheGivenOrder() throws {
        let tables = [TradeMetricRow.schema, ArticleRow.schema]
        let descriptor = try Self.decode(Self.package(tables: tables))
        #expect(try Self.resources(descriptor).compactMap { $0["name"] as? String } == ["trade_metrics", "articles"])
    }

    @Test func foreignKeysUseTheFrictionlessForm() throws {
        let descriptor = try Self.decode(Self.package())
        let agreements = try #require(try Self.resource("agreements", in: descriptor)["schema"] as? [String: Any])
        let keys = try #require(agreements["foreignKeys"] as? [[String: Any]])
        let visitKey = try #require(keys.first { $0["fields"] as? String == "visit_id" })
        let reference = try #require(visitKey["reference"] as? [String: Any])
        #expect(reference["resource"] as? String == "visits")
        #expect(reference["fields"] as? String == "visit_id")
        let sourceKey = try #require(keys.first { $0["fields"] as? String == "source_id" })
        #expect((sourceKey["reference"] as? [String: Any])?["resource"] as? String == "articles")
        // Tables without foreign keys have none in their descriptor.
        let visits = try #require(try Self.resource("visits", in: descriptor)["schema"] as? [String: Any])
        #expect(visits["foreignKeys"] == nil)
    }

    @Test func foreignKeysToTablesOutsideThePackageAreLeftOut() throws {
        let descriptor = try Self.decode(Self.package(tables: [ArticleRow.schema, AgreementRow.schema]))
        let agreements = try #require(try Self.resource("agreements", in: descriptor)["schema"] as? [String: Any])
        let keys = try #require(agreements["foreignKeys"] as? [[String: Any]])
        #expect(keys.compactMap { $0["fields"] as? String } == ["source_id"])
    }

    @Test func enumerationsComeFromTheSchema() throws {
        let descriptor = try Self.decode(Self.package())
        let docType = try Self.field("doc_type", of: "agreements", in: descriptor)
        #expect(docType["type"] as? String == "string")
        let constraints = try Self.constraints(docType)
        #expect(constraints["enum"] as? [String] == DocumentType.spellings)
        #expect(constraints["required"] as? Bool == true)
        let title = try Self.constraints(Self.field("title", of: "agreements", in: descriptor))
        #expect(title["required"] as? Bool == false)
        #expect(title["enum"] == nil)
    }

    @Test func typesMapToFrictionlessTypes() throws {
        let descriptor = try Self.decode(Self.package())
        #expect(try Self.field("count", of: "agreements", in: descriptor)["type"] as? String == "integer")
        #expect(try Self.field("value", of: "trade_metrics", in: descriptor)["type"] as? String == "number")
        #expect(try Self.field("change_pct", of: "trade_metrics", in: descriptor)["type"] as? String == "number")
        let conflict = try Self.field("conflict", of: "trade_series", in: descriptor)
        #expect(conflict["type"] as? String == "boolean")
        #expect(conflict["trueValues"] as? [String] == ["true"])
        #expect(conflict["falseValues"] as? [String] == ["false"])
        let period = try Self.field("period", of: "trade_metrics", in: descriptor)
        #expect(period["type"] as? String == "string")
        #expect(try Self.constraints(period)["pattern"] is String)
        let sourceIDs = try Self.field("source_ids", of: "visits", in: descriptor)
        #expect(sourceIDs["type"] as? String == "string")
        #expect((sourceIDs["description"] as? String)?.contains("`;`") == true)
    }

    /// Frictionless patterns are implicitly anchored: the whole cell must match.
    static func matches(_ pattern: String, _ text: String) throws -> Bool {
        try Regex("(?:" + pattern + ")").wholeMatch(in: text) != nil
    }

    @Test(arguments: ["2017", "2017-02", "2017-02-28", "2025-01/2025-09", "2017/2018-03-01", "2017-02-28/..", "2016-12-31/2017"])
    func isoDatePatternAcceptsDatesAndSpans(_ text: String) throws {
        let descriptor = try Self.decode(Self.package())
        let pattern = try #require(try Self.constraints(Self.field("start_date", of: "visits", in: descriptor))["pattern"] as? String)
        #expect(try Self.matches(pattern, text))
    }

    @Test(arguments: ["17", "2017-2", "2017-13", "2017-02-32", "28.02.2017", "2017-02-28T10:00", "2017/", "../2017", "2017/../..", " 2017"])
    func isoDatePatternRejectsOtherText(_ text: String) throws {
        let descriptor = try Self.decode(Self.package())
        let pattern = try #require(try Self.constraints(Self.field("published", of: "articles", in: descriptor))["pattern"] as? String)
        #expect(try !Self.matches(pattern, text))
    }

    @Test func listColumnsUseAPatternOfJoinedAllowedValues() throws {
        let descriptor = try Self.decode(Self.package())
        let topic = try Self.constraints(Self.field("topic", of: "agreements", in: descriptor))
        #expect(topic["enum"] == nil)
        let pattern = try #require(topic["pattern"] as? String)
        #expect(try Self.matches(pattern, "trade"))
        #expect(try Self.matches(pattern, "economy;energy;trade"))
        #expect(try !Self.matches(pattern, "trade;"))
        #expect(try !Self.matches(pattern, "trade;tourism"))
        #expect(try !Self.matches(pattern, "trade, energy"))
        // A list column without allowed values has no pattern either.
        let parties = try Self.constraints(Self.field("parties", of: "agreements", in: descriptor))
        #expect(parties["pattern"] == nil && parties["enum"] == nil)
    }

    @Test func dialectFollowsTheCSVDialect() throws {
        let standard = try Self.resource("visits", in: Self.decode(Self.package(.standard)))
        let standardDialect = try #require(standard["dialect"] as? [String: Any])
        #expect(standardDialect["lineTerminator"] as? String == "\n")
        #expect(standardDialect["delimiter"] as? String == ",")
        #expect(standardDialect["quoteChar"] as? String == "\"")
        #expect(standardDialect["doubleQuote"] as? Bool == true)
        #expect(standardDialect["header"] as? Bool == true)
        #expect(standard["encoding"] as? String == "utf-8")

        let excel = try Self.resource("visits", in: Self.decode(Self.package(.excel)))
        let excelDialect = try #require(excel["dialect"] as? [String: Any])
        #expect(excelDialect["lineTerminator"] as? String == "\r\n")
        #expect(excel["encoding"] as? String == "utf-8-sig")
    }

    @Test func bytesAreDeterministic() throws {
        let first = try Self.package().json()
        let second = try Self.package().json()
        #expect(first == second)
        #expect(first.last == 0x0A)
        // A package built separately with other row counts describes the same tables the same way.
        let other = try DataPackage(name: "communique-seeds", tables: Self.schemas, dialect: .standard, rowCounts: [:]).json()
        #expect(other == first)
        let text = String(decoding: first, as: UTF8.self)
        #expect(!text.contains("\\/"))
        #expect(!text.contains("/tmp") && !text.contains("/work") && !text.contains("/Users"))
    }

    @Test func keysAreSorted() throws {
        let text = String(decoding: try Self.package().json(), as: UTF8.self)
        let name = try #require(text.range(of: "\"name\""))
        let profile = try #require(text.range(of: "\"profile\""))
        let resources = try #require(text.range(of: "\"resources\""))
        #expect(name.lowerBound < profile.lowerBound && profile.lowerBound < resources.lowerBound)
    }

    @Test(arguments: [("Default", "default"), ("communique_seeds", "communique_seeds"),
                      ("My Pipeline!", "my-pipeline"), ("Коммюнике", "communique")])
    func packageNameIsMadeValid(_ raw: String, _ expected: String) throws {
        #expect(try Self.decode(Self.package(name: raw))["name"] as? String == expected)
    }

    @Test func aTableListedTwiceIsAnError() {
        #expect(throws: DataPackageError.duplicateTable("visits")) {
            try Self.package(tables: [VisitRow.schema, VisitRow.schema]).json()
        }
    }
}
