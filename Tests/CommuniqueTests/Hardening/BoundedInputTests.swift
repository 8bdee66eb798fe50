import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniquePipeline

/// Issue 15, part 3: inputs that end. A pipeline, knowledge or manifest file that is a FIFO or a
/// symlink to `/dev/zero` is refused at once with exit 2 naming it, never opened in a way that
/// blocks; a file over the size limit likewise.
@Suite struct BoundedInputTests {
    /// A FIFO nobody writes to, and a symlink to an endless device, in `folder`.
    static func traps(in folder: String) -> (fifo: String, zero: String) {
        let fifo = folder + "/fifo"
        mkfifo(fifo, 0o644)
        try! FileManager.default.createSymbolicLink(atPath: folder + "/zero", withDestinationPath: "/dev/zero")
        return (fifo, folder + "/zero")
    }

    /// A pipeline whose lexicon is `lexicon`, reading `input`.
    static func pipeline(in folder: String, input: String = TestSupport.root + "/seeds", lexicon: String? = nil) -> String {
        let path = TestSupport.pipeline(in: folder, input: input, output: folder + "/out")
        guard let lexicon else { return path }
        let text = try! String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: TestSupport.root + "/pipelines/knowledge/lexicon.yml", with: lexicon)
        TestSupport.write(text, to: path)
        return path
    }

    @Test func aPipelineFileThatIsAFIFOOrDevZeroIsRefusedAtOnce() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("pipe")
        let traps = Self.traps(in: folder)
        for (trap, kind) in [(traps.fifo, "a FIFO"), (traps.zero, "a character device")] {
            for command in ["run", "validate"] {
                let started = Date()
                let run = try Hardening.run([command, trap], in: folder, timeout: 20)
                #expect(run.status == 2, "\(command) \(trap): \(run.stderr)")
                #expect(run.stderr.contains("\(trap): cannot read: \(trap) is \(kind)"), "\(run.stderr)")
                #expect(Date().timeIntervalSince(started) < 10)
            }
        }
        #expect(FileKind.of(folder + "/out") == nil)
    }

    @Test func aKnowledgeFileThatIsAFIFOOrDevZeroIsRefusedWithFileLineAndKey() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("knowledge")
        let traps = Self.traps(in: folder)
        for (trap, kind) in [(traps.fifo, "a FIFO"), (traps.zero, "a character device")] {
            let pipeline = Self.pipeline(in: folder, lexicon: trap)
            let run = try Hardening.run(["run", pipeline], in: folder, timeout: 20)
            #expect(run.status == 2)
            let line = Hardening.line(of: "lexicon:", in: pipeline)
            #expect(run.stderr.contains("pipeline.yml:\(line): knowledge.lexicon: \(trap) is \(kind)"), "\(run.stderr)")
            #expect(run.stderr.contains("not a regular file"))
            // The lock was never taken: nothing waits behind a run that cannot end.
            #expect(FileKind.of(folder + "/.communique.lock") == nil)
        }
    }

    @Test func aManifestThatIsAFIFOOrDevZeroIsRefused() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("manifest")
        for trap in ["fifo", "zero"] {
            let input = folder + "/in-" + trap
            try Hardening.articles(input)
            try FileManager.default.removeItem(atPath: input + "/manifest.csv")
            if trap == "fifo" {
                mkfifo(input + "/manifest.csv", 0o644)
            } else {
                try FileManager.default.createSymbolicLink(atPath: input + "/manifest.csv", withDestinationPath: "/dev/zero")
            }
            let run = try Hardening.run(["run", TestSupport.defaultPipeline, "--input", input, "--output", folder + "/out"], in: folder, timeout: 20)
            #expect(run.status == 2)
            #expect(run.stderr.contains("manifest: \(input)/manifest.csv is a"), "\(run.stderr)")
            #expect(FileKind.of(folder + "/out") == nil)
        }
    }

    @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("big")
        // Sparse: 65 MiB on paper, nothing on disk.
        let big = folder + "/lexicon.yml"
        FileManager.default.createFile(atPath: big, contents: nil)
        truncate(big, 65 << 20)
        let run = try Hardening.run(["validate", Self.pipeline(in: folder, lexicon: big)], in: folder, timeout: 20)
        #expect(run.status == 2)
        #expect(run.stderr.contains("knowledge.lexicon: \(big) is 68157440 bytes, more than the 64 MiB"), "\(run.stderr)")
        let pipeline = folder + "/huge.yml"
        FileManager.default.createFile(atPath: pipeline, contents: nil)
        truncate(pipeline, 2 << 20)
        let huge = try Hardening.run(["run", pipeline], in: folder, timeout: 20)
        #expect(huge.status == 2)
        #expect(huge.stderr.contains("more than the 1 MiB"))
    }

    /// The reader under every file the job opens: a FIFO is refused at once, not waited on.
    @Test func fileBytesReadsOnlyRegularFiles() throws {
        let folder = TestSupport.temporaryFolder("bytes")
        let traps = Self.traps(in: folder)
        for trap in [traps.fifo, traps.zero, folder] {
            #expect(throws: FileError.self) { _ = try FileBytes.read(trap) }
        }
        #expect(throws: FileError(path: traps.fifo, errno: EINVAL, reason: "not a regular file (it is a FIFO (named pipe))")) {
            _ = try FileBytes.read(traps.fifo)
        }
    }
}
