import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

/// Issue 15, part 5: every text form news arrives in. One article written as LF, CRLF and CR
/// text, with a UTF-8 BOM, and as UTF-16 LE and BE with a BOM gives the same row and facts.
@Suite struct TextFormTests {
    static let seed = TestSupport.root + "/seeds/001_ed410243aa8a8152.txt"

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test func everyFormGivesTheSameArticleAndFacts() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("forms")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        #expect(!text.contains("\r"))
        let forms: [String: [UInt8]] = [
            "lf": Array(text.utf8),
            "crlf": Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8),
            "cr": Array(text.replacingOccurrences(of: "\n", with: "\r").utf8),
            "bom": [0xEF, 0xBB, 0xBF] + Array(text.utf8),
            "utf16le": Self.utf16(text, bigEndian: false),
            "utf16be": Self.utf16(text, bigEndian: true),
            "utf16crlf": Self.utf16(text.replacingOccurrences(of: "\n", with: "\r\n"), bigEndian: false),
        ]
        for (name, bytes) in forms { TestSupport.write(bytes, to: input + "/\(name).txt") }
        let pipeline = TestSupport.pipeline(in: folder, input: input, output: folder + "/out")
        let run = try Hardening.run(["run", pipeline, "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")

        let articles = try TestSupport.table(folder + "/out/articles.csv.gz")
        let header = articles[0]
        let sha = header.firstIndex(of: "sha256")!
        var rows: [String: [String]] = [:]
        for row in articles.dropFirst() {
            var cells = row
            cells[0] = ""
            cells[sha] = ""
            rows[row[0]] = cells
        }
        #expect(rows.count == forms.count)
        let reference = try #require(rows["lf"])
        #expect(reference[header.firstIndex(of: "status")!] == "ok")
        #expect(!reference[header.firstIndex(of: "title")!].isEmpty)
        #expect(!reference[header.firstIndex(of: "title")!].hasPrefix("\u{FEFF}"))
        for (name, cells) in rows { #expect(cells == reference, "\(name)") }

        // Each article gives the same fact rows (their ids and source ids aside).
        for table in ["agreements", "trade_metrics", "delegations"] {
            let records = try TestSupport.table(folder + "/out/\(table).csv.gz")
            let source = records[0].firstIndex(of: "source_id")!
            var facts: [String: [[String]]] = [:]
            for row in records.dropFirst() {
                facts[row[source], default: []].append(row.enumerated().filter { $0.offset != 0 && $0.offset != source }.map(\.element))
            }
            let expected = (facts["lf"] ?? []).sorted { $0.lexicographicallyPrecedes($1) }
            for name in forms.keys {
                #expect((facts[name] ?? []).sorted { $0.lexicographicallyPrecedes($1) } == expected, "\(table) of \(name)")
            }
        }
        // One real visit, reported by every form.
        let visits = try TestSupport.table(folder + "/out/visits.csv.gz")
        let sources = visits[0].firstIndex(of: "source_ids")!
        #expect(visits.dropFirst().contains { Set($0[sources].split(separator: ";").map(String.init)) == Set(forms.keys) })
    }

    @Test func decodingRules() {
        #expect(TextForm.unixLineEnds(Array("a\r\nb\rc\n\r\r\nd".utf8)) == Array("a\nb\nc\n\n\nd".utf8))
        #expect(TextForm.utf8([0xEF, 0xBB, 0xBF, 0x61]) == ([0x61], false))
        #expect(TextForm.utf8([0xFF, 0xFE, 0x61, 0x00, 0xE9, 0x00]) == (Array("aé".utf8), false))
        #expect(TextForm.utf8([0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x3D, 0xDE, 0x00]) == (Array("a😀".utf8), false))
        // An unpaired surrogate or an odd last byte is replaced, and said so.
        #expect(TextForm.utf8([0xFF, 0xFE, 0x3D, 0xD8, 0x61, 0x00]) == (Array("\u{FFFD}a".utf8), true))
        #expect(TextForm.utf8([0xFF, 0xFE, 0x61, 0x00, 0x62]) == (Array("a\u{FFFD}".utf8), true))
        // UTF-32 LE's mark is not UTF-16's.
        #expect(TextForm.of([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]) == .utf8)
    }

    @Test func formsWithoutAMarkKeepTheirStatus() throws {
        let folder = TestSupport.temporaryFolder("nomark")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        // UTF-16 without a BOM has NUL bytes: binary. A broken surrogate in UTF-16: repaired.
        TestSupport.write(Array(Self.utf16(text, bigEndian: false).dropFirst(2)), to: input + "/nomark.txt")
        TestSupport.write(Self.utf16(text, bigEndian: false) + [0x3D, 0xD8], to: input + "/broken.txt")
        TestSupport.write([0xEF, 0xBB, 0xBF, 0x20, 0x0D, 0x0A], to: input + "/bomonly.txt")
        let pipeline = TestSupport.pipeline(in: folder, input: input, output: folder + "/out")
        let report = try TestSupport.process(pipeline, jobs: 1)
        let status = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.sourceID, $0.status) })
        #expect(status == ["nomark": .binary, "broken": .repairedUTF8, "bomonly": .empty])
    }
}
