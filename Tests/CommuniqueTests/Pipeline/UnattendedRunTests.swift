import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline

/// Cron runs the job with nobody watching: bad input, locks, signals and kills must be safe.
@Suite(.serialized) struct UnattendedRunTests {
    @Test func badArticlesAreListedWithAStatusAndTheRunGoesOn() throws {
        let folder = TestSupport.temporaryFolder("junk")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        TestSupport.write(try String(contentsOfFile: TestSupport.root + "/seeds/001_ed410243aa8a8152.txt", encoding: .utf8), to: input + "/good.txt")
        TestSupport.write("", to: input + "/empty.txt")
        TestSupport.write("  \n\n ", to: input + "/blank.txt")
        TestSupport.write([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x00] + Array(repeating: 0, count: 100), to: input + "/image.txt")
        var broken = Array("Putin visited Bishkek on Monday and held talks with the president about trade and the base.".utf8)
        broken.insert(0xFF, at: 10)
        TestSupport.write(broken, to: input + "/broken.txt")
        TestSupport.write(String(repeating: "Putin visited Kazakhstan. ", count: 2000), to: input + "/huge.txt")
        TestSupport.write("Путин посетил Бишкек. Это был государственный визит, и он встретился с президентом в столице.", to: input + "/russian.txt")
        TestSupport.write("<html><head><script>var x = 1;</script></head><body><div><p>Menu</p></div></body></html>", to: input + "/page.txt")
        try FileManager.default.createDirectory(atPath: input + "/folder.txt", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: input + "/link.txt", withDestinationPath: input + "/good.txt")
        let pipeline = TestSupport.pipeline(in: folder, input: input, output: folder + "/out", stages: TestSupport.stages(load: ["max_bytes: 20000"]))
        let report = try TestSupport.process(pipeline, jobs: 2)
        let status = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.sourceID, $0.status) })
        #expect(status == [
            "good": .ok, "empty": .empty, "blank": .empty, "image": .binary, "broken": .repairedUTF8, "huge": .tooLarge,
            "russian": .notEnglish, "page": .empty, "folder.txt": .notAFile, "link.txt": .notAFile,
        ])
        #expect(try report.rows("visits").contains { $0["source_ids"] == "good" })
        #expect(report.statuses["ok"] == 1)
    }

    /// Root reads any file, so this runs only for other users.
    @Test(.enabled(if: getuid() != 0, "root can read a file without read permission"))
    func unreadableFilesAreListed() throws {
        let folder = TestSupport.temporaryFolder("perm")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        TestSupport.write("Putin visited Bishkek in 2019 and held talks with the president.", to: input + "/secret.txt")
        chmod(input + "/secret.txt", 0)
        let pipeline = TestSupport.pipeline(in: folder, input: input, output: folder + "/out")
        #expect(try TestSupport.process(pipeline, jobs: 1).articles.map(\.status) == [.unreadable])
    }

    @Test func invalidUTF8CanBeSkipped() throws {
        let folder = TestSupport.temporaryFolder("utf8")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        TestSupport.write(Array("Putin visited ".utf8) + [0xC3, 0x28] + Array(" Bishkek in 2019 for talks.".utf8), to: input + "/broken.txt")
        let pipeline = TestSupport.pipeline(in: folder, input: input, output: folder + "/out", stages: TestSupport.stages(load: ["invalid_utf8: skip"]))
        let report = try TestSupport.process(pipeline, jobs: 1)
        #expect(report.articles.map(\.status) == [.notUTF8])
    }

    @Test func aSecondRunWaitsForTheLockThenExits75() throws {
        try #require(TestSupport.binary != nil, "the communique executable must be built beside the tests (swift build --build-tests)")
        let folder = TestSupport.temporaryFolder("lock")
        let publisher = OutputPublisher(output: folder + "/out")
        var held: RunLock? = try RunLock(path: publisher.lockPath, wait: 0)
        let started = Date()
        let process = try TestSupport.launch(["run", TestSupport.defaultPipeline, "--output", folder + "/out", "--wait", "1"], in: folder)
        process.waitUntilExit()
        #expect(process.terminationStatus == 75)
        #expect(Date().timeIntervalSince(started) >= 0.9)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
        let log = try String(contentsOfFile: folder + "/stderr.txt", encoding: .utf8)
        #expect(log.contains("another run holds the lock"))
        #expect(held != nil)
        held = nil
        // Once the lock is free the run goes through.
        let again = try TestSupport.launch(["run", TestSupport.defaultPipeline, "--output", folder + "/out", "--quiet"], in: folder)
        again.waitUntilExit()
        #expect(again.terminationStatus == 0)
    }

    @Test func aBadPipelineExits2AndWritesNothing() throws {
        try #require(TestSupport.binary != nil, "the communique executable must be built beside the tests (swift build --build-tests)")
        let folder = TestSupport.temporaryFolder("bad")
        let pipeline = TestSupport.pipeline(in: folder, input: TestSupport.root + "/seeds", output: folder + "/out", extra: "colour: blue\n")
        let process = try TestSupport.launch(["run", pipeline], in: folder)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        let log = try String(contentsOfFile: folder + "/stderr.txt", encoding: .utf8)
        #expect(log.contains("pipeline.yml:12: colour: unknown key"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    /// Kills running jobs at several moments; `out/` must always be the old or the new complete set.
    @Test func aKilledRunNeverLeavesAHalfWrittenOutput() throws {
        try #require(TestSupport.binary != nil, "the communique executable must be built beside the tests (swift build --build-tests)")
        let folder = TestSupport.temporaryFolder("kill")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        TestSupport.corpus(600, in: input)
        let output = folder + "/out"
        // A first complete run publishes the "old" set.
        let first = try TestSupport.launch(["run", TestSupport.defaultPipeline, "--input", TestSupport.root + "/seeds", "--output", output, "--quiet"], in: folder)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let old = try Self.snapshot(output)
        var sawNew = false
        for delay in [0.02, 0.1, 0.25, 0.5, 0.8, 1.2, 2.0, 3.0] {
            let process = try TestSupport.launch(["run", TestSupport.defaultPipeline, "--input", input, "--output", output, "--quiet"], in: folder)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Self.snapshot(output)
            #expect(Self.isComplete(output), "output is incomplete after a kill at \(delay) s")
            if now != old { sawNew = true }
        }
        // The next run sweeps the staging folders the killed runs left.
        let last = try TestSupport.launch(["run", TestSupport.defaultPipeline, "--input", input, "--output", output, "--quiet"], in: folder)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(Self.isComplete(output))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".staging-") }
        #expect(leftovers.isEmpty)
        _ = sawNew
    }

    @Test func sigtermStopsCleanly() throws {
        try #require(TestSupport.binary != nil, "the communique executable must be built beside the tests (swift build --build-tests)")
        let folder = TestSupport.temporaryFolder("term")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        TestSupport.corpus(1500, in: input)
        let process = try TestSupport.launch(["run", TestSupport.defaultPipeline, "--input", input, "--output", folder + "/out"], in: folder)
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        if process.terminationStatus == 0 {
            // The run finished before the signal: it must then be complete.
            #expect(Self.isComplete(folder + "/out"))
        } else {
            #expect(process.terminationStatus == 143)
            #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.contains(".staging-") })
        }
    }

    @Test func unwritableOutputFailsAndKeepsThePreviousOutput() throws {
        let folder = TestSupport.temporaryFolder("unwritable")
        TestSupport.write("not a folder", to: folder + "/file")
        let publisher = OutputPublisher(output: folder + "/file/out")
        #expect(throws: PublishError.self) { _ = try publisher.stage([OutputFile(name: "a.csv.gz", bytes: [1, 2, 3])]) }
        // A full disk: writing to /dev/full fails with ENOSPC and names the path.
        if FileManager.default.fileExists(atPath: "/dev/full") {
            #expect(throws: PublishError.io(path: "/dev/full", operation: "write", errno: ENOSPC)) {
                try OutputPublisher.write([Array(repeating: 7, count: 10_000)], to: "/dev/full")
            }
        }
    }

    @Test func publishingSwapsTheWholeFolder() throws {
        let folder = TestSupport.temporaryFolder("swap")
        let publisher = OutputPublisher(output: folder + "/out")
        try publisher.publish(try publisher.stage([OutputFile(name: "a.txt", bytes: Array("old".utf8)), OutputFile(name: "b.txt", bytes: Array("old".utf8))]))
        try publisher.publish(try publisher.stage([OutputFile(name: "a.txt", chunks: [Array("ne".utf8), [], Array("w".utf8)])]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted() == [OutputMarker.name, "a.txt"])
        #expect(try FileBytes.read(folder + "/out/a.txt") == Array("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["out"])
    }

    /// File name to bytes of a published folder.
    static func snapshot(_ folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) { files[name] = try FileBytes.read(folder + "/" + name) }
        return files
    }

    /// Every table of the manifest is present with the recorded sha256.
    static func isComplete(_ folder: String) -> Bool {
        guard let manifest = try? FileBytes.read(folder + "/manifest.json"),
            let json = try? JSONSerialization.jsonObject(with: Data(manifest)) as? [String: Any],
            let outputs = json["outputs"] as? [String: [String: Any]] else { return false }
        return outputs.values.allSatisfy { output in
            guard let file = output["file"] as? String, let sha = output["sha256"] as? String,
                let bytes = try? FileBytes.read(folder + "/" + file) else { return false }
            return ContentHash.hex(bytes) == sha
        } && outputs.count == PipelineDefinition.allTables.count
    }
}
