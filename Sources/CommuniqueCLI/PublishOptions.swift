import ArgumentParser
import Foundation

/// The options of the commands that publish tables (`run`, `merge`).
struct PublishOptions: ParsableArguments {
    @Option(help: "Publish into this folder instead of the pipeline's output (a new or empty folder, or an earlier output).")
    var output: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds to wait for another run's lock before giving up with exit code 75.")
    var wait: Int = 0

    @Flag(help: "Work into a temporary folder and exit 1 naming every file that differs from the published output.")
    var check = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard wait >= 0 else { throw ValidationError("--wait must not be negative") }
    }
}
