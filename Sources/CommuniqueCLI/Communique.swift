import CommuniquePipeline
import ArgumentParser
import Foundation

@main
struct CommuniqueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communique",
        abstract: "Turns news articles about leaders' visits into compressed CSV datasets.",
        discussion: """
            Exit codes: 0 ok; 1 the run failed (or --check found a difference); 2 bad usage, a bad \
            pipeline/knowledge/manifest file, or an output the job refuses to replace; 75 another run \
            holds the lock; 129/130/131/143 stopped by SIGHUP/SIGINT/SIGQUIT/SIGTERM.
            """,
        version: PipelineRunner.version,
        subcommands: [RunCommand.self, ExtractCommand.self, MergeCommand.self, ValidateCommand.self, ExplainCommand.self],
        defaultSubcommand: RunCommand.self)

    /// Parses and runs like ArgumentParser's `main`, with two differences: a closed stderr or
    /// stdout is an ignored write error, not a SIGPIPE death, and usage errors exit 2 (the
    /// README's code for bad usage) instead of ArgumentParser's 64.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                try? FileHandle.standardError.write(contentsOf: Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
