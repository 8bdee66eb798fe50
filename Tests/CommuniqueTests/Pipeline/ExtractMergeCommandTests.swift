import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput

/// `communique extract` and `communique merge` as an operator runs them.
@Suite struct ExtractMergeCommandTests {
    static func run(_ arguments: [String], in folder: String, stdin: String? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.binary!)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let pipe = Pipe()
        if stdin != nil { process.standardInput = pipe }
        try process.run()
        if let stdin {
            pipe.fileHandleForWriting.write(Data(stdin.utf8))
            try pipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: TestSupport.binary != nil))
    func shardsAndAFileListMergeToTheRunsFiles() throws {
        let folder = TestSupport.temporaryFolder("extract-merge")
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        TestSupport.corpus(30, in: folder + "/in")
        let pipeline = TestSupport.defaultPipeline
        #expect(try Self.run(["run", pipeline, "--input", "in", "--output", "run", "--quiet"], in: folder) == 0)
        // Shard 0 of 2 from the folder; shard 1 of 2 from a list of every file on standard input.
        #expect(try Self.run(["extract", pipeline, "--input", "in", "--shard", "0/2", "-o", "a.partial", "--quiet"], in: folder) == 0)
        let list = (0..<30).map { String(format: "in/a%05d.txt", $0) }.joined(separator: "\n")
        #expect(try Self.run(["extract", pipeline, "--input", "in", "--shard", "1/2", "--files-from", "-", "-o", "b.partial", "--quiet"],
                             in: folder, stdin: list) == 0)
        #expect(try Self.run(["merge", pipeline, "b.partial", "a.partial", "--input", "in", "--output", "merged", "--quiet"], in: folder) == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/run") {
            #expect(try FileBytes.read(folder + "/run/" + name) == FileBytes.read(folder + "/merged/" + name), "\(name)")
        }
        // Shard 0 twice is refused with exit 2, and nothing is published.
        #expect(try Self.run(["merge", pipeline, "a.partial", "a.partial", "--input", "in", "--output", "twice", "--quiet"], in: folder) == 2)
        #expect(!FileManager.default.fileExists(atPath: folder + "/twice"))
        // A bad shard is a usage error.
        #expect(try Self.run(["extract", pipeline, "--shard", "2/2", "-o", "c.partial"], in: folder) == 2)
    }
}
