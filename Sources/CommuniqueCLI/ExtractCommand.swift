import ArgumentParser
import CommuniqueCore
import CommuniqueCommandSupport
import CommuniqueKnowledge
import CommuniqueOutput
import CommuniquePipeline
import CommuniqueStages
import Foundation
import Synchronization

/// `communique extract`: load, clean and extract a set of articles into a partial.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Run load, clean and extract on a set of articles and write a partial for `communique merge`.",
        discussion: """
            The set is the input folder, its shard K/N (by a stable hash of each source id), or \
            the files listed one per line on standard input (--files-from -), optionally also \
            restricted to a shard. The partial is written under a temporary name and renamed into \
            place, so it is complete or absent. Exit codes: 0 ok; 1 failed; 2 bad usage or a bad \
            pipeline, knowledge or manifest file.
            """)

    @Argument(help: "The pipeline file.")
    var pipeline: String = "pipelines/default.yml"

    @Option(help: "Read articles (and manifest.csv) from this folder instead of the pipeline's input.")
    var input: String?

    @Option(help: "Only the articles of shard K of N (0 <= K < N), e.g. 3/8.")
    var shard: String?

    @Option(name: .customLong("files-from"), help: "Read the article paths from this file, one per line ('-' for standard input).")
    var filesFrom: String?

    @Option(name: .shortAndLong, help: "The partial file to write.")
    var output: String

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 0 <= K < N, not \(shard)") }
    }

    func run() throws {
        let logger = logging.makeLogger()
        let started = ContinuousClock.now
        let runner: PipelineRunner
        var paths: [String]?
        do {
            let definition = try PipelineLoader().load(pipeline, input: input, output: nil)
            let knowledge = try KnowledgeLoader().load(definition.knowledge)
            runner = PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: pipeline)
            if let filesFrom {
                let bytes = filesFrom == "-" ? Array(FileHandle.standardInput.readDataToEndOfFile()) : try FileBytes.read(filesFrom)
                paths = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
            }
        } catch {
            logger.error("\(error)")
            throw ExitCode(2)
        }
        let shard = shard.flatMap(Shard.init) ?? .whole
        do {
            let writer = Mutex<PartialWriter?>(try PartialWriter(path: output, header: runner.partialHeader(shard: shard)))
            let failure = Mutex<(any Error)?>(nil)
            let summary: InputSummary
            do {
                summary = try runner.extract(shard: shard, paths: paths, jobs: jobs) { _, records in
                    writer.withLock { writer in
                        do { try writer?.add(records) } catch { failure.withLock { $0 = $0 ?? error } }
                    }
                }
                if let error = failure.withLock({ $0 }) { throw error }
                var finished = writer.withLock { $0.take()! }
                try finished.finish(summary)
            } catch {
                writer.withLock { $0?.abandon() }
                throw error
            }
            let seconds = ContinuousClock.now - started
            logger.info("extract ok: \(summary.articles) articles of shard \(shard) -> \(output) in \(String(format: "%.2f", Double(seconds.components.seconds) + Double(seconds.components.attoseconds) / 1e18)) s")
        } catch let error as ConfigurationError {
            logger.error("\(error)")
            throw ExitCode(2)
        } catch {
            logger.error("extract failed: \(error)")
            throw ExitCode(1)
        }
    }
}
