import CommuniqueOutput
import ArgumentParser
import CommuniqueCommandSupport
import Dispatch
import Foundation
import Logging

/// `communique run`: the batch job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a pipeline: read the articles and publish the tables.")

    @Argument(help: "The pipeline file.")
    var pipeline: String = "pipelines/default.yml"

    @Option(help: "Read articles from this folder instead of the pipeline's input.")
    var input: String?

    @Option(help: "Publish into this folder instead of the pipeline's output (a new or empty folder, or an earlier output).")
    var output: String?

    @Option(help: "Worker threads for load, clean and extract (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds to wait for another run's lock before giving up with exit code 75.")
    var wait: Int = 0

    @Option(help: "CSV dialect: csv (the contract) or excel (BOM, CRLF). Overrides the pipeline.")
    var format: String?

    @Flag(help: "Run into a temporary folder and exit 1 naming every table that differs from the published output.")
    var check = false

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard wait >= 0 else { throw ValidationError("--wait must not be negative") }
        if let format, CSVDialect.named(format) == nil { throw ValidationError("--format must be csv or excel") }
    }

    func run() throws {
        let logger = logging.makeLogger()
        let job = Job(pipeline: pipeline, input: input, output: output, jobs: jobs, wait: wait, format: format, check: check, logger: logger)
        let code = job.execute()
        if code != 0 { throw ExitCode(code) }
    }
}
