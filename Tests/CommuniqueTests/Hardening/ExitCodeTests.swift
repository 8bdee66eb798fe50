import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput

/// Issue 15, part 7: the exit codes the README states, for usage errors, a closed stderr and
/// every signal cron or an operator may send.
@Suite(.serialized) struct ExitCodeTests {
    let pipeline = TestSupport.defaultPipeline

    @Test func usageErrorsExit2() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("usage")
        for arguments in [["run", "--bogus"], ["run", "--jobs", "0"], ["run", "--wait", "-1"], ["run", "--format", "xml"],
                          ["run", "--quiet", "--verbose"], ["validate", "a.yml", "b.yml"], ["frobnicate", "x", "y"]] {
            let run = try Hardening.run(arguments, in: folder)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("Usage:") || run.stderr.contains("Error:"), "\(arguments): \(run.stderr)")
        }
        for arguments in [["--help"], ["--version"], ["run", "--help"]] {
            #expect(try Hardening.run(arguments, in: folder).status == 0, "\(arguments)")
        }
    }

    /// A reader that has gone away: stderr (and stdout) are pipes whose read end is closed.
    @Test func aClosedStderrNeitherKillsNorSilencesTheRun() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("epipe")
        for arguments in [["run", pipeline, "--output", folder + "/out", "--verbose"], ["validate", pipeline, "--verbose"]] {
            var ends: [Int32] = [0, 0]
            try #require(pipe(&ends) == 0)
            close(ends[0])
            let writer = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestSupport.binary!)
            process.arguments = arguments
            process.standardError = writer
            process.standardOutput = writer
            try process.run()
            try Hardening.wait(process, timeout: 60)
            #expect(process.terminationReason == .exit, "\(arguments): killed by signal \(process.terminationStatus)")
            #expect(process.terminationStatus == 0, "\(arguments)")
        }
        #expect(Hardening.isPublished(folder + "/out"))
    }

    /// Each signal stops a run that waits for the lock with its own code and says so.
    @Test(arguments: [(SIGHUP, Int32(129)), (SIGINT, Int32(130)), (SIGQUIT, Int32(131)), (SIGTERM, Int32(143))])
    func aSignalWhileWaitingForTheLockSaysSo(signal: Int32, code: Int32) throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("lockwait")
        let publisher = OutputPublisher(output: folder + "/out")
        let held = try RunLock(path: publisher.lockPath, wait: 0)
        let (process, log) = try Hardening.start(["run", pipeline, "--output", folder + "/out", "--wait", "60"], in: folder)
        // Past start-up (knowledge loaded), it is waiting.
        Thread.sleep(forTimeInterval: 1.0)
        kill(process.processIdentifier, signal)
        try Hardening.wait(process, timeout: 20)
        let stderr = try String(contentsOfFile: log, encoding: .utf8)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == code, "\(stderr)")
        #expect(stderr.contains("while waiting for the lock \(publisher.lockPath) held by another run: nothing was done"), "\(stderr)")
        #expect(FileKind.of(folder + "/out") == nil)
        withExtendedLifetime(held) {}
    }

    /// Each signal stops a running job with its own code and a log line; nothing is published and
    /// no staging folder is left.
    @Test func aSignalStopsARunningJobLikeSIGTERM() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("signals")
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        TestSupport.corpus(1200, in: input)
        var interrupted = 0
        for (signal, name, code) in [(SIGHUP, "SIGHUP", Int32(129)), (SIGQUIT, "SIGQUIT", 131), (SIGINT, "SIGINT", 130), (SIGTERM, "SIGTERM", 143)] {
            let output = folder + "/out-\(name)"
            let (process, log) = try Hardening.start(["run", pipeline, "--input", input, "--output", output, "--wait", "10"], in: folder)
            try Self.waitUntilLocked(OutputPublisher(output: output).lockPath, process: process)
            kill(process.processIdentifier, signal)
            try Hardening.wait(process, timeout: 30)
            let stderr = try String(contentsOfFile: log, encoding: .utf8)
            #expect(process.terminationReason == .exit, "\(name)")
            if process.terminationStatus == 0 {
                // The run finished first: then it must be complete.
                #expect(Hardening.isPublished(output))
                continue
            }
            interrupted += 1
            #expect(process.terminationStatus == code, "\(name): \(stderr)")
            #expect(stderr.contains("interrupted by \(name): nothing was published"), "\(stderr)")
            #expect(FileKind.of(output) == nil)
        }
        #expect(interrupted >= 3, "the runs were too quick to be interrupted")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.contains(".staging-") })
    }

    /// Polls until the run holds the lock (a test's own try would take it: it lets go at once).
    static func waitUntilLocked(_ path: String, process: Process) throws {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline && process.isRunning {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd >= 0 {
                let free = flock(fd, LOCK_SH | LOCK_NB) == 0
                close(fd)
                if !free { return }
            }
            usleep(5_000)
        }
    }
}
