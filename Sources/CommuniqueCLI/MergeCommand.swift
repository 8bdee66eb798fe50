import ArgumentParser
import CommuniqueCommandSupport
import CommuniqueOutput
import Foundation

/// `communique merge`: the aggregate stage over partials, published exactly as `run` publishes.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Aggregate partials made by `communique extract` and publish the tables as `run` does.",
        discussion: """
            The partials must come from the same pipeline and knowledge (checked by hash) and be \
            shards of one split (K/N with the same N, each K once). Any order gives the same bytes.
            """)

    @Argument(help: "The pipeline file (the one the partials were made with).")
    var pipeline: String

    @Argument(help: "The partial files.")
    var partials: [String]

    @Option(help: "The input folder the partials were made from, instead of the pipeline's input (checked against the output, never read).")
    var input: String?

    @OptionGroup var publishing: PublishOptions

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard !partials.isEmpty else { throw ValidationError("name at least one partial") }
    }

    func run() throws {
        let job = Job(work: .merge(partials), pipeline: pipeline, input: input, output: publishing.output, jobs: publishing.jobs,
                      wait: publishing.wait, format: nil, check: publishing.check, logger: logging.makeLogger())
        let code = job.execute()
        if code != 0 { throw ExitCode(code) }
    }
}
