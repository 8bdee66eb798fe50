import CommuniquePipeline
import ArgumentParser

@main
struct CommuniqueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communique",
        abstract: "Turns news articles about leaders' visits into compressed CSV datasets.",
        discussion: """
            Exit codes: 0 ok; 1 the run failed (or --check found a difference); 2 bad usage or a bad \
            pipeline/knowledge file; 75 another run holds the lock; 130/143 interrupted.
            """,
        version: PipelineRunner.version,
        subcommands: [RunCommand.self, ValidateCommand.self, ExplainCommand.self],
        defaultSubcommand: RunCommand.self)
}
