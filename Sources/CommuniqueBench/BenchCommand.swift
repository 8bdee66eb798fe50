import CommuniqueCore
import CommuniqueKnowledge
import CommuniquePipeline
import CommuniqueSynth
import ArgumentParser
import CommuniqueCommandSupport
import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `communique bench`: generates (or reuses) a corpus, then measures the real pipeline with 1 and N
/// workers, each pass in its own child process (`bench-pass`) so each peak RSS is its own.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the pipeline on a synthetic corpus: MB/s, articles/s, seconds per stage, peak RSS, speed-up.")

    @Argument(help: "The pipeline file (its knowledge and stage options are used; nothing is published).")
    var pipeline: String = "pipelines/default.yml"

    @Option(help: "Generate this many articles (instead of --megabytes).")
    var articles: Int?

    @Option(help: "Generate at least this many megabytes (10^6 bytes) of articles.")
    var megabytes: Int?

    @Option(help: "Seed of the corpus generator.")
    var seed: UInt64 = 1

    @Option(help: "Corpus folder: reused as is when it has files, generated otherwise (default /tmp/communique-bench-<seed>).")
    var corpus: String?

    @Option(help: "Workers of the parallel pass (the first pass always uses 1).")
    var jobs: Int = 2

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if articles != nil && megabytes != nil { throw ValidationError("give --articles or --megabytes, not both") }
        if let articles, articles < 1 { throw ValidationError("--articles must be at least 1") }
        if let megabytes, megabytes < 1 { throw ValidationError("--megabytes must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let logger = logging.makeLogger()
        let folder = corpus ?? "/tmp/communique-bench-\(seed)"
        let wanted = articles.map { "articles=\($0)" } ?? "megabytes=\(megabytes ?? 200)"
        let marker = folder + "/.communique-synth"
        let request = "seed=\(seed) \(wanted)\n"

        // 1. The corpus.
        let existing = BenchFiles.articleFiles(in: folder)
        let reuse: Bool
        if corpus != nil {
            reuse = !existing.isEmpty
        } else {
            reuse = !existing.isEmpty && (try? String(contentsOfFile: marker, encoding: .utf8)) == request
        }
        if reuse {
            print("corpus: reusing \(folder)")
        } else {
            let knowledge: Knowledge
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let definition = try PipelineLoader().load(pipeline, input: folder)
                knowledge = try KnowledgeLoader().load(definition.knowledge)
            } catch let error as ConfigurationError {
                logger.error("\(error)")
                throw ExitCode(2)
            }
            let generator = CorpusGenerator(knowledge: knowledge, seed: seed)
            let clock = ContinuousClock()
            let started = clock.now
            if let articles {
                _ = try generator.write(articles: articles, to: folder)
            } else {
                _ = try generator.write(minimumBytes: (megabytes ?? 200) * 1_000_000, to: folder)
            }
            let seconds = BenchFiles.seconds(clock.now - started)
            try request.write(toFile: marker, atomically: true, encoding: .utf8)
            print("corpus: generated \(folder) (seed \(seed), \(wanted)) in \(BenchFiles.fixed(seconds, 1)) s")
        }
        let files = BenchFiles.articleFiles(in: folder)
        let corpusBytes = files.reduce(0) { $0 + $1.size }
        print("corpus: \(files.count) files, \(BenchFiles.fixed(Double(corpusBytes) / 1e6, 1)) MB (MB = 10^6 bytes, manifest.csv not counted)")

        // 2. Page cache, then the baseline: plain read(2) of every file with 2 threads.
        _ = BenchFiles.readAll(files.map(\.path), threads: 2)
        let baseline = BenchFiles.readAll(files.map(\.path), threads: 2)
        print("baseline: plain read, 2 threads: \(BenchFiles.fixed(baseline.seconds, 3)) s, \(BenchFiles.fixed(Double(baseline.bytes) / 1e6 / baseline.seconds, 1)) MB/s")

        // 3. The measured passes, each in a child process.
        var results: [BenchPassResult] = []
        for workers in jobs == 1 ? [1] : [1, jobs] {
            let result = try Self.childPass(corpus: folder, jobs: workers, pipeline: pipeline)
            results.append(result)
            let mbps = Double(corpusBytes) / 1e6 / result.processSeconds
            print("")
            print("jobs \(workers): \(BenchFiles.fixed(result.processSeconds, 2)) s end to end (PipelineRunner.process), "
                + "\(BenchFiles.fixed(mbps, 1)) MB/s, \(BenchFiles.fixed(Double(result.articles) / result.processSeconds, 0)) articles/s, "
                + "peak RSS \(BenchFiles.fixed(Double(result.peakRSSKiB) * 1024 / 1e6, 1)) MB (VmHWM \(result.peakRSSKiB) kB)")
            let timings = result.stageSeconds
            let stages = [("load", timings.load), ("clean", timings.clean), ("extract", timings.extract), ("rows", timings.rows),
                          ("aggregate", timings.aggregate), ("write", timings.write)].map { "\($0.0) \(BenchFiles.fixed($0.1, 2))" }
                .enumerated().map { $0.offset == 4 ? $0.element + " (\(BenchFiles.fixed(timings.aggregateAfterExtract, 2)) after extraction)" : $0.element }
            print("  stage seconds (load/clean/extract/rows summed over workers): \(stages.joined(separator: ", "))")
            print("  knowledge load \(BenchFiles.fixed(result.knowledgeSeconds, 2)) s (not in the rate); input text \(BenchFiles.fixed(Double(result.inputBytes) / 1e6, 1)) MB")
            print("  statuses: \(result.statuses.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
            print("  rows: \(result.rows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        }

        // 4. Comparison.
        if results.count == 2 {
            let (one, many) = (results[0], results[1])
            let speedUp = one.processSeconds / many.processSeconds
            print("")
            print("speed-up jobs 1 -> \(jobs): \(BenchFiles.fixed(speedUp, 2))x")
            let tables = Set(one.outputs.keys).union(many.outputs.keys).sorted()
            let differing = tables.filter { one.outputs[$0] != many.outputs[$0] }
            if differing.isEmpty && one.manifestSHA256 == many.manifestSHA256 {
                print("datasets identical: yes (\(tables.count) tables and manifest.json, by sha256)")
            } else {
                let manifest = one.manifestSHA256 == many.manifestSHA256 ? "" : " manifest.json"
                print("datasets identical: NO, differing: \(differing.joined(separator: " "))\(manifest)")
            }
            let mbps = Double(corpusBytes) / 1e6 / many.processSeconds
            let peak = results.map { Double($0.peakRSSKiB) * 1024 / 1e6 }.max() ?? 0
            print("targets: >= 100 MB/s with \(jobs) jobs: \(mbps >= 100 ? "met" : "NOT met") (\(BenchFiles.fixed(mbps, 1)));"
                + " >= 1.7x speed-up: \(speedUp >= 1.7 ? "met" : "NOT met") (\(BenchFiles.fixed(speedUp, 2)));"
                + " peak RSS < 300 MB: \(peak < 300 ? "met" : "NOT met") (\(BenchFiles.fixed(peak, 1)))")
        }
    }

    /// Runs `communique bench-pass` in a child process and decodes its line of JSON.
    static func childPass(corpus: String, jobs: Int, pipeline: String) throws -> BenchPassResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BenchFiles.executablePath())
        process.arguments = ["bench-pass", "--corpus", corpus, "--jobs", String(jobs), pipeline]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("bench-pass --jobs \(jobs) exited with status \(process.terminationStatus)")
        }
        guard let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last(where: { $0.hasPrefix("{") }) else {
            throw ValidationError("bench-pass --jobs \(jobs) printed no JSON")
        }
        return try JSONDecoder().decode(BenchPassResult.self, from: Data(line.utf8))
    }
}

/// `communique bench-pass` (hidden): one measured run of the pipeline, printed as one line of JSON.
struct BenchPassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-pass", abstract: "One measured pipeline pass for `bench` (prints JSON).", shouldDisplay: false)

    @Option(help: "The corpus folder.")
    var corpus: String

    @Option(help: "Workers.")
    var jobs: Int = 1

    @Argument(help: "The pipeline file.")
    var pipeline: String = "pipelines/default.yml"

    func run() throws {
        let clock = ContinuousClock()
        let t0 = clock.now
        let definition: PipelineDefinition
        let knowledge: Knowledge
        do {
            definition = try PipelineLoader().load(pipeline, input: corpus, output: "/tmp/communique-bench-unused-output")
            knowledge = try KnowledgeLoader().load(definition.knowledge)
        } catch {
            FileHandle.standardError.write(Data("bench-pass: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let t1 = clock.now
        let runner = PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: definition.name)
        let timer = StageTimer()
        let report = try runner.process(jobs: jobs, observers: [HeapTrimmer(), timer])
        let t2 = clock.now
        let manifestBytes = report.files.first { $0.name == "manifest.json" }?.bytes ?? []
        let result = BenchPassResult(
            jobs: jobs, articles: report.articleCount, inputBytes: report.inputBytes,
            knowledgeSeconds: BenchFiles.seconds(t1 - t0), processSeconds: BenchFiles.seconds(t2 - t1),
            stageSeconds: timer.result, peakRSSKiB: BenchFiles.peakRSSKiB(),
            statuses: report.statuses, rows: report.rowCounts,
            outputs: report.manifest.outputs.mapValues(\.sha256), manifestSHA256: ContentHash.hex(manifestBytes))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
    }
}

/// What one `bench-pass` measured.
struct BenchPassResult: Codable {
    var jobs: Int
    var articles: Int
    var inputBytes: Int
    var knowledgeSeconds: Double
    var processSeconds: Double
    var stageSeconds: StageTimings
    var peakRSSKiB: Int
    var statuses: [String: Int]
    var rows: [String: Int]
    /// Table name to the sha256 of its .csv.gz.
    var outputs: [String: String]
    var manifestSHA256: String
}

/// Files, clocks and /proc for the benchmark.
enum BenchFiles {
    /// Regular files of a corpus folder, sorted, without manifest.csv and hidden files.
    static func articleFiles(in folder: String) -> [(path: String, size: Int)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var files: [(path: String, size: Int)] = []
        for name in names.sorted() where !name.hasPrefix(".") && name != "manifest.csv" {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            files.append((path, Int(info.st_size)))
        }
        return files
    }

    /// Reads every file with plain read(2) calls on `threads` threads; the bytes read and the wall time.
    static func readAll(_ paths: [String], threads: Int) -> (bytes: Int, seconds: Double) {
        let queue = WorkQueue(count: paths.count)
        let total = Mutex(0)
        let clock = ContinuousClock()
        let started = clock.now
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { buffer.deallocate() }
            var bytes = 0
            while let index = queue.take() {
                let fd = open(paths[index], O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { continue }
                while true {
                    let got = read(fd, buffer, 1 << 20)
                    if got < 0 && errno == EINTR { continue }
                    if got <= 0 { break }
                    bytes += got
                }
                close(fd)
            }
            total.withLock { $0 += bytes }
        }
        return (total.withLock { $0 }, max(seconds(clock.now - started), 1e-9))
    }

    /// VmHWM of this process in kB (KiB), from /proc/self/status; 0 where there is no /proc.
    static func peakRSSKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// The running binary, to re-execute it for the measured passes.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments[0]
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
