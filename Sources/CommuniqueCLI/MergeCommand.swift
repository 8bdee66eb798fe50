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

    @Option(help: "Publish into this folder instead of the pipeline's output.")
    var output: String?

    @Option(help: "Worker threads for encoding (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds to wait for another run's lock before giving up with exit code 75.")
    var wait: Int = 0

    @Flag(help: "Merge into a temporary folder and exit 1 naming every table that differs from the published output.")
    var check = false

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard wait >= 0 else { throw ValidationError("--wait must not be negative") }
        guard !partials.isEmpty else { throw ValidationError("name at least one partial") }
    }

    func run() throws {
        let job = Job(work: .merge(partials), pipeline: pipeline, input: input, output: output, jobs: jobs, wait: wait, format: nil,
                      check: check, logger: logging.makeLogger())
        let code = job.execute()
        if code != 0 { throw ExitCode(code) }
    }
}
