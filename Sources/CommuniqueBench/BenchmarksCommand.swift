import ArgumentParser

/// `communique-bench`: benchmarks and the synthetic corpus behind them, kept out of the product.
@main
struct BenchmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communique-bench",
        abstract: "Benchmarks of Communiqué and the synthetic corpus they run on.",
        subcommands: [BenchCommand.self, BenchPassCommand.self, ValuesBenchCommand.self, SynthCommand.self, PathologicalCommand.self],
        defaultSubcommand: BenchCommand.self)
}
