import ArgumentParser
import Logging

/// `--quiet` and `--verbose`, shared by the subcommands of `communique` and `communique-bench`.
package struct LoggingOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    package var quiet = false

    @Flag(name: .shortAndLong, help: "Print per-stage counts and timings.")
    package var verbose = false

    package init() {}

    package func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    /// A logger writing to stderr at the chosen level.
    package func makeLogger() -> Logger {
        let level: Logger.Level = quiet ? .error : verbose ? .debug : .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: "communique")
        logger.logLevel = level
        return logger
    }
}
