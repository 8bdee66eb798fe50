import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput

/// Issue 15, part 1: publication never deletes what the job did not make. Each case runs the
/// real executable on real folders and checks that every file the user had is still there,
/// byte for byte.
@Suite struct OutputSafetyTests {
    let pipeline = TestSupport.defaultPipeline

    @Test func anOutputThatIsTheInputIsRefusedAndTheArticlesStay() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("same")
        try Hardening.articles(folder + "/in")
        let before = Hardening.picture(folder)
        let run = try Hardening.run(["run", pipeline, "--input", folder + "/in", "--output", folder + "/in"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("it is the input folder"))
        #expect(run.stderr.contains("nothing was changed"))
        #expect(Hardening.picture(folder) == before)
    }

    @Test func anInputInsideTheOutputIsRefused() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("inside")
        try Hardening.articles(folder + "/data/articles")
        TestSupport.write("keep me\n", to: folder + "/data/README")
        let before = Hardening.picture(folder)
        let run = try Hardening.run(["run", pipeline, "--input", folder + "/data/articles", "--output", folder + "/data"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("it contains the input folder"))
        #expect(Hardening.picture(folder) == before)
    }

    @Test func anOutputInsideTheInputIsRefused() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("under")
        try Hardening.articles(folder + "/in")
        let before = Hardening.picture(folder)
        let run = try Hardening.run(["run", pipeline, "--input", folder + "/in", "--output", folder + "/in/out"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("it lies inside the input folder"))
        #expect(Hardening.picture(folder) == before)
    }

    @Test func outputDotInAFolderOfTheUsersFilesIsRefused() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("dot")
        try Hardening.usersFolder(folder + "/home")
        try Hardening.articles(folder + "/in")
        let before = Hardening.picture(folder)
        let run = try Hardening.run(["run", pipeline, "--input", folder + "/in", "--output", "."], in: folder + "/home")
        #expect(run.status == 2)
        #expect(run.stderr.contains("no \(OutputMarker.name) marker"))
        #expect(run.stderr.contains("'.hidden'"))
        #expect(Hardening.picture(folder) == before)
    }

    @Test func anOutputThatIsARegularFileIsRefused() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("file")
        TestSupport.write("my results\n", to: folder + "/results.csv")
        let before = Hardening.picture(folder)
        let run = try Hardening.run(["run", pipeline, "--output", folder + "/results.csv"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("it is a regular file, not a folder"))
        #expect(Hardening.picture(folder) == before)
    }

    @Test func anOutputHoldingThePipelineIsRefused() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("config")
        try FileManager.default.createDirectory(atPath: folder + "/project/conf", withIntermediateDirectories: true)
        let pipeline = TestSupport.pipeline(in: folder + "/project/conf", input: TestSupport.root + "/seeds", output: folder + "/project")
        let before = Hardening.picture(folder)
        let run = try Hardening.run(["run", pipeline], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("it contains the folder of the pipeline file"))
        #expect(Hardening.picture(folder) == before)
    }

    @Test func onlyAMissingEmptyOrMarkedFolderIsReplaced() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("replace")
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        for output in ["missing", "empty"] {
            let run = try Hardening.run(["run", pipeline, "--output", folder + "/" + output, "--quiet"], in: folder)
            #expect(run.status == 0, "\(output): \(run.stderr)")
            #expect(Hardening.isPublished(folder + "/" + output))
        }
        // A published output is replaced whole: a file left in it goes with it.
        TestSupport.write("stale\n", to: folder + "/missing/stale.csv.gz")
        let again = try Hardening.run(["run", pipeline, "--output", folder + "/missing", "--quiet"], in: folder)
        #expect(again.status == 0)
        #expect(FileKind.of(folder + "/missing/stale.csv.gz") == nil)
        #expect(try FileBytes.read(folder + "/missing/" + OutputMarker.name) == Array(OutputMarker.text.utf8))
        // Without the marker it is not ours any more.
        try FileManager.default.removeItem(atPath: folder + "/missing/" + OutputMarker.name)
        let before = Hardening.picture(folder)
        let refused = try Hardening.run(["run", pipeline, "--output", folder + "/missing"], in: folder)
        #expect(refused.status == 2)
        #expect(Hardening.picture(folder) == before)
    }

    /// A symlink to a folder publishes into its target; the link stays a link.
    @Test func aSymlinkedOutputPublishesIntoItsTarget() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("link")
        try FileManager.default.createDirectory(atPath: folder + "/volumes/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/out", withDestinationPath: "volumes/real")
        for _ in 0..<2 {
            let run = try Hardening.run(["run", pipeline, "--output", folder + "/out", "--quiet"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/out") == "volumes/real")
        #expect(Hardening.isPublished(folder + "/volumes/real"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/volumes").sorted() == [".communique.lock", "real"])
        // A link to nothing is refused.
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling", withDestinationPath: "volumes/gone")
        let dangling = try Hardening.run(["run", pipeline, "--output", folder + "/dangling"], in: folder)
        #expect(dangling.status == 2)
        #expect(dangling.stderr.contains("symbolic link to a folder that does not exist"))
    }

    /// A mount point (another file system, or a bind mount) cannot be swapped atomically: the run
    /// is refused and names a folder inside it, which works. Runs in a private mount namespace (`unshare -m`), so only as root.
    @Test(.enabled(if: Hardening.canMount, "needs root and unshare -m to mount a tmpfs privately"))
    func aMountPointIsRefusedAndAFolderInsideItWorks() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("mount")
        for name in ["volume", "elsewhere", "bound"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
        }
        let binary = TestSupport.binary!
        let script = """
            mount -t tmpfs none "$1" || exit 99
            "$2" run "$3" --output "$1"; echo "mount-point=$?" >&2
            "$2" run "$3" --output "$1/dataset" --quiet; echo "inside=$?" >&2
            test -f "$1/dataset/\(OutputMarker.name)" && echo "marker=yes" >&2
            ls -A "$1" >&2
            mount --bind "$4" "$5" || exit 98
            "$2" run "$3" --output "$5"; echo "bind-mount=$?" >&2
            """
        let run = try Hardening.run(["-m", "sh", "-c", script, "sh", folder + "/volume", binary, pipeline, folder + "/elsewhere", folder + "/bound"],
                                    in: folder, executable: "/usr/bin/unshare")
        #expect(run.stderr.contains("mount-point=2"), "\(run.stderr)")
        #expect(run.stderr.contains("it is a mount point"))
        #expect(run.stderr.contains("inside=0"))
        #expect(run.stderr.contains("marker=yes"))
        #expect(!run.stderr.contains(".volume.staging-"))
        // A bind mount of the same file system has its parent's device: mountinfo names it.
        #expect(run.stderr.contains("bind-mount=2"))
    }

    /// Clean-up removes only staging folders that carry the marker (and empty ones).
    @Test func cleanUpRemovesOnlyMarkedStagingFolders() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("sweep")
        try FileManager.default.createDirectory(atPath: folder + "/.out.staging-1", withIntermediateDirectories: true)
        TestSupport.write("mine, named like a staging folder\n", to: folder + "/.out.staging-1/draft.txt")
        TestSupport.write("a file named like one\n", to: folder + "/.out.staging-2")
        try FileManager.default.createDirectory(atPath: folder + "/.out.staging-3", withIntermediateDirectories: true)
        TestSupport.write("left by a killed run\n", to: folder + "/.out.staging-3/visits.csv.gz")
        TestSupport.write(OutputMarker.text, to: folder + "/.out.staging-3/" + OutputMarker.name)
        try FileManager.default.createDirectory(atPath: folder + "/.out.staging-4", withIntermediateDirectories: true)
        let users = Hardening.picture(folder).filter { $0.key.hasPrefix(".out.staging-1") || $0.key == ".out.staging-2" }
        let run = try Hardening.run(["run", pipeline, "--output", folder + "/out", "--quiet"], in: folder)
        #expect(run.status == 0)
        let after = Hardening.picture(folder)
        #expect(users.allSatisfy { after[$0.key] == $0.value })
        #expect(after[".out.staging-3"] == nil)
        #expect(after[".out.staging-4"] == nil)
    }

    /// The publisher checks the output again just before the swap and removes its staging
    /// folder when it will not publish.
    @Test func thePublisherChecksAgainBeforeTheSwap() throws {
        let folder = TestSupport.temporaryFolder("late")
        let publisher = OutputPublisher(output: folder + "/out")
        let staging = try publisher.stage([OutputFile(name: "a.txt", bytes: Array("new".utf8))])
        #expect(OutputMarker.isPresent(in: staging))
        // Someone fills the folder while the run works.
        try Hardening.usersFolder(folder + "/out")
        let before = Hardening.picture(folder + "/out")
        #expect(throws: PublishError.self) { try publisher.publish(staging) }
        #expect(Hardening.picture(folder + "/out") == before)
        #expect(FileKind.of(staging) == nil)
    }
}

extension Hardening {
    /// Root with `unshare -m` able to mount a tmpfs in a private namespace.
    static let canMount: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        let point = TestSupport.temporaryFolder("probe")
        probe.arguments = ["-m", "sh", "-c", "mount -t tmpfs none \"$1\"", "sh", point]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()
}
