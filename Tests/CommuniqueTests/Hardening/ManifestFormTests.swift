import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

/// Issue 15, part 6: a manifest a spreadsheet can write. A BOM is accepted, an open quote is an
/// error naming its line, one bad row affects that row only, and every problem is counted.
@Suite struct ManifestFormTests {
    static let first = "001_ed410243aa8a8152"
    static let second = "004_7ca4a6ab0d507357"

    /// Runs the default pipeline on the two seed articles with `manifest` as their manifest.
    static func run(manifest: [UInt8], in folder: String) throws -> Hardening.Run {
        try Hardening.articles(folder + "/in")
        TestSupport.write(manifest, to: folder + "/in/manifest.csv")
        return try Hardening.run(["run", TestSupport.defaultPipeline, "--input", folder + "/in", "--output", folder + "/out"], in: folder)
    }

    /// `articles` rows by source id, as column to cell.
    static func articles(_ folder: String) throws -> [String: [String: String]] {
        let rows = try TestSupport.table(folder + "/out/articles.csv.gz")
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], Dictionary(uniqueKeysWithValues: zip(rows[0], $0))) })
    }

    static func manifestSection(_ folder: String) throws -> [String: Int]? {
        let json = try JSONSerialization.jsonObject(with: Data(try FileBytes.read(folder + "/out/manifest.json"))) as! [String: Any]
        return json["manifest"] as? [String: Int]
    }

    @Test func aSpreadsheetsBOMAndDateTimesAreRead() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("bom")
        let text = "source_id,published,outlet,url\r\n\(Self.first),2017-02-28T09:30:00Z,Outlet A,\r\n\(Self.second),2025-11-03 18:05,\"Outlet, B\",\r\n"
        let run = try Self.run(manifest: [0xEF, 0xBB, 0xBF] + Array(text.utf8), in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("warning"))
        let rows = try Self.articles(folder)
        #expect(rows[Self.first]?["published"] == "2017-02-28")
        #expect(rows[Self.first]?["published_from"] == "manifest")
        #expect(rows[Self.first]?["outlet"] == "Outlet A")
        #expect(rows[Self.second]?["published"] == "2025-11-03")
        #expect(rows[Self.second]?["outlet"] == "Outlet, B")
        // A clean manifest adds nothing to manifest.json.
        #expect(try Self.manifestSection(folder) == nil)
    }

    @Test func anUnterminatedQuoteIsAnErrorNamingItsLine() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let cases = [
            ("source_id,published,outlet,url\n\(Self.first),2017-02-28,\"Outlet A,\n\(Self.second),2025-11,B,\n", 2),
            ("source_id,published,outlet,url\n\(Self.first),2017-02-28,A,\n\(Self.second),2025-11,\"B", 3),
        ]
        for (text, line) in cases {
            let folder = TestSupport.temporaryFolder("quote")
            let run = try Self.run(manifest: Array(text.utf8), in: folder)
            #expect(run.status == 2)
            #expect(run.stderr.contains("in/manifest.csv:\(line): (row): unterminated quote"), "\(run.stderr)")
            #expect(FileKind.of(folder + "/out") == nil)
        }
    }

    @Test func aBadDateAffectsItsRowOnly() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("date")
        let text = "source_id,published,outlet,url\n\(Self.first),28/02/2017,Outlet A,\n\(Self.second),2025-11,Outlet B,\n"
        let run = try Self.run(manifest: Array(text.utf8), in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning"))
        #expect(run.stderr.contains("in/manifest.csv:2: published: '28/02/2017' is not an ISO 8601 date"), "\(run.stderr)")
        let rows = try Self.articles(folder)
        // The row's outlet is kept; its date comes from the text instead, and says so.
        #expect(rows[Self.first]?["outlet"] == "Outlet A")
        #expect(rows[Self.first]?["published_from"] != "manifest")
        #expect(rows[Self.second]?["published"] == "2025-11")
        #expect(rows[Self.second]?["published_from"] == "manifest")
        #expect(try Self.manifestSection(folder) == ["rows": 2, "bad_dates": 1, "duplicate_rows": 0, "rows_without_article": 0])
    }

    @Test func duplicateRowsAndRowsNamingNoFileAreWarnedAndCounted() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("rows")
        let text = """
            source_id,published,outlet,url
            \(Self.first),2017-02-28,Outlet A,
            gone,2020,Outlet C,
            \(Self.first),2018-01-01,Outlet D,
            \(Self.second),2025-11,Outlet B,

            """
        let run = try Self.run(manifest: Array(text.utf8), in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("in/manifest.csv:4: source_id: '\(Self.first)' is listed again (first on line 2)"), "\(run.stderr)")
        #expect(run.stderr.contains("in/manifest.csv:3: source_id: 'gone' names no article"))
        let rows = try Self.articles(folder)
        #expect(rows[Self.first]?["outlet"] == "Outlet A")
        #expect(rows.count == 2)
        #expect(try Self.manifestSection(folder) == ["rows": 4, "bad_dates": 0, "duplicate_rows": 1, "rows_without_article": 1])
    }

    @Test func readingRules() {
        #expect(InputManifest.date("2017-02-28T09:30:00+03:00") == PartialDate(iso: "2017-02-28"))
        #expect(InputManifest.date(" 2017-02 ") == PartialDate(iso: "2017-02"))
        #expect(InputManifest.date("2017-02-28Tnoon") == nil)
        #expect(InputManifest.date("2017-02-30") == nil)
        #expect(InputManifest.unclosedQuote(Array("a,\"b \"\" c\",d\n\"e\"\n".utf8)) == nil)
        #expect(InputManifest.unclosedQuote(Array("a,b\nc,\"d\"\"\ne\n".utf8)) == 2)
        #expect(InputManifest.unclosedQuote(Array("a,5\" screen,b\n".utf8)) == nil)
    }
}
