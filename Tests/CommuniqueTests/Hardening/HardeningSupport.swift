import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput

/// Real runs of the `communique` executable on real folders, and byte-for-byte pictures of
/// folders, for the tests of a hostile operator's mistakes.
enum Hardening {
    /// What a finished run of the executable left: its exit status and what it wrote to stderr.
    struct Run {
        var status: Int32
        var stderr: String
    }

    static var binaryMissing: String { "the communique executable must be built beside the tests (swift build --build-tests)" }

    /// Runs the CLI with `arguments` in `directory`; its stderr goes to a file outside that folder.
    static func run(_ arguments: [String], in directory: String, timeout: Double = 60, executable: String? = nil) throws -> Run {
        let process = try start(arguments, in: directory, executable: executable)
        try wait(process.process, timeout: timeout)
        return Run(status: process.process.terminationStatus, stderr: (try? String(contentsOfFile: process.log, encoding: .utf8)) ?? "")
    }

    /// Starts the CLI; its stderr goes to the returned log file.
    static func start(_ arguments: [String], in directory: String, executable: String? = nil) throws -> (process: Process, log: String) {
        let log = TestSupport.temporaryFolder("log") + "/stderr.txt"
        FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? TestSupport.binary!)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, log)
    }

    /// Waits for `process`, killing it and failing after `timeout` seconds (a run that hangs).
    static func wait(_ process: Process, timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                Issue.record("the run did not end within \(timeout) s")
                return
            }
            usleep(20_000)
        }
        process.waitUntilExit()
    }

    /// Every entry below `folder` by relative path: a file's bytes, a symlink's target, a folder.
    static func picture(_ folder: String) -> [String: String] {
        var entries: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return entries }
        while let relative = walker.nextObject() as? String {
            let path = folder + "/" + relative
            switch FileKind.of(path, followingLinks: false) {
            case .regular?: entries[relative] = "file " + ContentHash.hex((try? FileBytes.read(path)) ?? [])
            case .symlink?: entries[relative] = "link " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            case .folder?: entries[relative] = "folder"
            case let other: entries[relative] = "\(String(describing: other))"
            }
        }
        return entries
    }

    /// A folder of the user's: files at two levels, a symlink, a hidden file.
    static func usersFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/notes/2024", withIntermediateDirectories: true)
        TestSupport.write("my thesis, chapter 1\n", to: path + "/thesis.txt")
        TestSupport.write([0, 1, 2, 3, 255, 254], to: path + "/data.bin")
        TestSupport.write("meeting notes\n", to: path + "/notes/2024/march.md")
        TestSupport.write("secret\n", to: path + "/.hidden")
        try FileManager.default.createSymbolicLink(atPath: path + "/latest", withDestinationPath: "notes/2024/march.md")
    }

    /// An input folder with two seed articles and a manifest naming them.
    static func articles(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for name in ["001_ed410243aa8a8152.txt", "004_7ca4a6ab0d507357.txt"] {
            try FileManager.default.copyItem(atPath: TestSupport.root + "/seeds/" + name, toPath: path + "/" + name)
        }
        TestSupport.write("source_id,published,outlet,url\n001_ed410243aa8a8152,2017-02-28,Outlet,\n", to: path + "/manifest.csv")
    }

    /// The 1-based line of the first line of `file` that contains `text` (so tests do not hard-code
    /// where a generated pipeline puts a key).
    static func line(of text: String, in file: String) -> Int {
        let lines = ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }

    /// True when `folder` holds a complete published output: the marker and every table in the manifest.
    static func isPublished(_ folder: String) -> Bool {
        OutputMarker.isPresent(in: folder) && FileKind.of(folder + "/manifest.json") == .regular
            && FileKind.of(folder + "/articles.csv.gz") == .regular
    }
}
