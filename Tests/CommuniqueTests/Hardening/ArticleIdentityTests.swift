import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline

/// Issue 15, part 2: one id, one article. Which files are articles is the load stage's
/// `extensions`; two files that map to one source id never become two rows with one key.
@Suite struct ArticleIdentityTests {
    static let seed = TestSupport.root + "/seeds/001_ed410243aa8a8152.txt"
    static let otherSeed = TestSupport.root + "/seeds/004_7ca4a6ab0d507357.txt"

    /// Runs the CLI on `input` with `load` options and returns the published folder.
    static func publish(_ input: String, load: [String] = [], in folder: String, log: ((String) -> Void)? = nil) throws -> String {
        let pipeline = TestSupport.pipeline(in: folder, input: input, output: folder + "/out", stages: TestSupport.stages(load: load))
        let run = try Hardening.run(["run", pipeline] + (log == nil ? ["--quiet"] : []), in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        log?(run.stderr)
        return folder + "/out"
    }

    /// `articles` as source id to status.
    static func statuses(_ output: String) throws -> [String: String] {
        let rows = try TestSupport.table(output + "/articles.csv.gz")
        let status = rows[0].firstIndex(of: "status")!
        var result: [String: String] = [:]
        for row in rows.dropFirst() {
            #expect(result[row[0]] == nil, "source_id \(row[0]) is listed twice")
            result[row[0]] = row[status]
        }
        return result
    }

    /// Every table's first column (its key) holds no value twice.
    static func keysAreUnique(_ output: String) throws -> Bool {
        for table in PipelineDefinition.allTables where table != "trade_series" && table != "visit_summary" {
            let keys = try TestSupport.table(output + "/\(table).csv.gz").dropFirst().map { $0[0] }
            if Set(keys).count != keys.count { return false }
        }
        return true
    }

    @Test func editorBackupsAndOtherExtensionsAreNotArticles() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("backup")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        for name in ["a.txt", "a.txt~", "a.md", "a.txt.bak", "README", "a.TXT.swp"] {
            try FileManager.default.copyItem(atPath: Self.seed, toPath: input + "/" + name)
        }
        var log = ""
        let output = try Self.publish(input, in: folder) { log = $0 }
        #expect(try Self.statuses(output) == ["a": "ok"])
        #expect(log.contains("5 entries of the input folder are not articles (extensions: txt): README, a.TXT.swp, a.md, a.txt.bak, a.txt~"))
        #expect(try Self.keysAreUnique(output))

        // The same facts as the article alone: nothing is counted twice.
        let alone = TestSupport.temporaryFolder("alone")
        try FileManager.default.createDirectory(atPath: alone + "/in", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.seed, toPath: alone + "/in/a.txt")
        let single = try Self.publish(alone + "/in", in: alone)
        for table in ["visits", "agreements", "trade_metrics", "trade_series", "visit_summary"] {
            #expect(try TestSupport.table(output + "/\(table).csv.gz") == TestSupport.table(single + "/\(table).csv.gz"), "\(table)")
        }
    }

    @Test func twoFilesWithOneIDListTheSecondAsDuplicate() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("dup")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        // `a.TXT` and `a.md` come first by name, but txt is listed first, in lower case: a.txt keeps the id.
        try FileManager.default.copyItem(atPath: Self.seed, toPath: input + "/a.txt")
        try FileManager.default.copyItem(atPath: Self.otherSeed, toPath: input + "/a.md")
        try FileManager.default.copyItem(atPath: Self.otherSeed, toPath: input + "/a.TXT")
        // A file whose id is the duplicate's whole name: the duplicate takes `a.md#2`.
        try FileManager.default.copyItem(atPath: Self.otherSeed, toPath: input + "/a.md.txt")
        let output = try Self.publish(input, load: ["extensions: [txt, md]"], in: folder)
        #expect(try Self.statuses(output) == ["a": "ok", "a.TXT": "duplicate_id", "a.md": "ok", "a.md#2": "duplicate_id"])
        #expect(try Self.keysAreUnique(output))
        let visits = try TestSupport.table(output + "/visits.csv.gz")
        let sources = visits[0].firstIndex(of: "source_ids")!
        let cited = Set(visits.dropFirst().flatMap { $0[sources].split(separator: ";").map(String.init) })
        #expect(cited.isSubset(of: ["a", "a.md"]))
        // The manifest lists each input once, the duplicates with their status.
        let manifest = try JSONSerialization.jsonObject(with: Data(try FileBytes.read(output + "/manifest.json"))) as! [String: Any]
        let inputs = (manifest["inputs"] as! [[String: String]]).map { $0["source_id"]! }
        #expect(inputs == ["a", "a.TXT", "a.md", "a.md#2"])
    }

    @Test func aNameThatIsNotUTF8IsReadWithAStableID() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("latin1")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        // "café.txt" in Latin-1: 0xE9 alone is not UTF-8.
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let path = (Array(input.utf8) + [0x2F] + name).map { CChar(bitPattern: $0) } + [0]
        let bytes = try FileBytes.read(Self.seed)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let output = try Self.publish(input, in: folder)
        #expect(try Self.statuses(output) == ["caf%E9": "ok"])
        let visits = try TestSupport.table(output + "/visits.csv.gz")
        #expect(visits.dropFirst().contains { $0.contains("caf%E9") })
        #expect(InputListing.displayName(name) == "caf%E9.txt")
        #expect(InputListing.displayName([0x61, 0xC3, 0x28, 0xF0, 0x9F, 0x98, 0x80]) == "a%C3(😀")
    }

    @Test func extensionsAreCheckedByTheLoader() throws {
        let folder = TestSupport.temporaryFolder("ext")
        for (value, message) in [("[]", "lists no extension"), ("[txt, TXT]", "'txt' is listed twice"), ("[tar.gz]", "'tar.gz' is not a file extension")] {
            let pipeline = TestSupport.pipeline(in: folder, input: TestSupport.root + "/seeds", output: folder + "/out",
                                                stages: TestSupport.stages(load: ["extensions: \(value)"]))
            #expect {
                _ = try PipelineLoader().load(pipeline)
            } throws: { error in
                "\(error)".contains("pipeline.yml:\(Hardening.line(of: "extensions:", in: pipeline)): stages[0].extensions: \(message)")
            }
        }
        let pipeline = TestSupport.pipeline(in: folder, input: TestSupport.root + "/seeds", output: folder + "/out",
                                            stages: TestSupport.stages(load: ["extensions: [.TXT, md]"]))
        #expect(try PipelineLoader().load(pipeline).load.extensions == ["txt", "md"])
    }
}
