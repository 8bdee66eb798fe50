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

    @Option(help: "CSV dialect: csv (the contract) or excel (BOM, CRLF). Overrides the pipeline.")
    var format: String?

    @OptionGroup var publishing: PublishOptions

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if let format, CSVDialect.named(format) == nil { throw ValidationError("--format must be csv or excel") }
    }

    func run() throws {
        let logger = logging.makeLogger()
        let job = Job(pipeline: pipeline, input: input, output: publishing.output, jobs: publishing.jobs, wait: publishing.wait, format: format,
                      check: publishing.check, logger: logger)
        let code = job.execute()
        if code != 0 { throw ExitCode(code) }
    }
}
