import CommuniqueCore
import CommuniqueKnowledge
import CommuniquePipeline
import CommuniqueSynth
import ArgumentParser
import CommuniqueCommandSupport
import Foundation

/// `communique synth`: writes a deterministic synthetic corpus for benchmarks and tests.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic corpus of news articles (same seed, same bytes) filled from a pipeline's knowledge files.")

    @Option(help: "Number of files to write (about 4 KB each; 4% are junk and 0.1% are 200 KB or more).")
    var articles: Int = 1000

    @Option(help: "Seed of the generator: the same seed gives byte-identical files on any machine.")
    var seed: UInt64 = 1

    @Option(help: "Folder to write synth_NNNNNN.txt and manifest.csv into (created if missing).")
    var output: String

    @Argument(help: "The pipeline whose knowledge files name the countries, leaders and organisations.")
    var pipeline: String = "pipelines/default.yml"

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard articles >= 0 else { throw ValidationError("--articles must not be negative") }
    }

    func run() throws {
        let logger = logging.makeLogger()
        let knowledge: Knowledge
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            // The output folder stands in for the pipeline's input, which need not exist here.
            let definition = try PipelineLoader().load(pipeline, input: output)
            knowledge = try KnowledgeLoader().load(definition.knowledge)
        } catch let error as ConfigurationError {
            logger.error("\(error)")
            throw ExitCode(2)
        }
        let started = ContinuousClock.now
        let bytes = try CorpusGenerator(knowledge: knowledge, seed: seed).write(articles: articles, to: output)
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        logger.info("\(articles) articles, \(String(format: "%.1f", Double(bytes) / 1e6)) MB written to \(output) in \(String(format: "%.2f", seconds)) s (seed \(seed))")
    }
}
