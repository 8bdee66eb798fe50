import CommuniqueCore
import CommuniqueKnowledge
import CommuniqueOutput
import CommuniquePipeline
import Dispatch
import Foundation
import Logging

/// One invocation of `run` or `merge`: configuration, the checks that protect what the job did
/// not make, lock, processing (every article, or the partials given), publication, and the exit code.
struct Job {
    /// What the job aggregates.
    enum Work {
        /// Every article of the input, extracted in this process.
        case run
        /// The articles of these partials (`communique extract`).
        case merge([String])
    }

    var work: Work = .run
    var pipeline: String
    var input: String?
    var output: String?
    var jobs: Int
    var wait: Int
    var format: String?
    var check: Bool
    var logger: Logger

    func execute() -> Int32 {
        let started = ContinuousClock.now
        // Installed first, so that a signal at any moment (even while waiting for the lock) says what it stopped.
        let signals = SignalGuard(logger: logger)
        defer { withExtendedLifetime(signals) {} }
        var definition: PipelineDefinition
        let knowledge: Knowledge
        let target: OutputTarget
        do {
            definition = try PipelineLoader().load(pipeline, input: input, output: output)
            target = try checkedTarget(definition)
            knowledge = try KnowledgeLoader().load(definition.knowledge)
        } catch {
            logger.error("\(error)")
            return 2
        }
        if let format, let dialect = CSVDialect.named(format) { definition.dialect = dialect }
        let publisher = OutputPublisher(output: target.path)
        signals.waitingForLock(publisher.lockPath)
        let lock: RunLock
        do {
            lock = try RunLock(path: publisher.lockPath, wait: wait)
        } catch {
            logger.error("\(error)")
            if case .locked = error { return 75 }
            return 1
        }
        defer { withExtendedLifetime(lock) {} }
        signals.running(publisher)
        publisher.sweep()

        let runner = PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: PathNames.relative(pipeline, to: definition.output))
        let progress = ProgressLine.forTerminal()
        let timer = StageTimer()
        var observers: [any RunObserver] = [HeapTrimmer(), timer]
        if let progress { observers.append(ProgressObserver { done, total in progress.update(done, total) }) }
        let report: RunReport
        // The tables are written straight into a staging folder (marked, so a run killed at any
        // point leaves nothing the next run does not sweep).
        let staging: String
        do {
            guard let made = try signals.makeStaging(publisher) else {
                // A signal is stopping the run: its handler sweeps and exits.
                while true { sleep(60) }
            }
            staging = made
        } catch {
            logger.error("run failed: \(error)")
            return 1
        }
        do {
            switch work {
            case .run: report = try runner.process(jobs: jobs, observers: observers, into: staging)
            case .merge(let partials): report = try runner.merge(partials, jobs: jobs, observers: observers, into: staging)
            }
            progress?.finish()
        } catch let error as ConfigurationError {
            progress?.finish()
            FolderTree.remove(staging)
            logger.error("\(error)")
            return 2
        } catch let error as PartialError {
            progress?.finish()
            FolderTree.remove(staging)
            logger.error("\(error)")
            return 2
        } catch {
            progress?.finish()
            FolderTree.remove(staging)
            logger.error("run failed: \(error)")
            return 1
        }
        for (stage, seconds) in timer.result.named {
            logger.debug("stage \(stage): \(String(format: "%.3f", seconds)) s")
        }
        for (stage, counts) in report.manifest.stages.sorted(by: { $0.key < $1.key }) {
            logger.debug("stage \(stage): \(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
        }
        for warning in report.warnings.prefix(20) { logger.warning("\(warning)") }
        if report.warnings.count > 20 { logger.warning("... and \(report.warnings.count - 20) more problems in the manifest (counted in manifest.json)") }
        if !report.notArticles.isEmpty {
            let shown = report.notArticles.prefix(5).joined(separator: ", ") + (report.notArticles.count > 5 ? ", ..." : "")
            logger.info("\(report.notArticles.count) entries of the input folder are not articles (extensions: \(definition.load.extensions.joined(separator: ", "))): \(shown)")
        }
        if check {
            defer { FolderTree.remove(staging) }
            return compare(report, with: definition.output)
        }
        return publish(report, with: publisher, staging: staging, signals: signals, started: started, output: definition.output)
    }

    /// The output resolved and checked against everything the run reads; when publishing, it must
    /// also be replaceable (missing, empty or an earlier output).
    func checkedTarget(_ definition: PipelineDefinition) throws(OutputRefusal) -> OutputTarget {
        let target = try OutputTarget.resolve(definition.output)
        var protected = [
            OutputTarget.Protected("the input folder", definition.input),
            OutputTarget.Protected("the folder of the pipeline file", URL(fileURLWithPath: definition.file).deletingLastPathComponent().path,
                                   outputMayLieInside: true),
            OutputTarget.Protected("the input manifest", definition.input + "/" + definition.manifest),
        ]
        protected += definition.knowledge.all.map { OutputTarget.Protected("the knowledge file", $0.path) }
        try target.checkOverlaps(protected)
        if !check { try target.checkReplaceable() }
        return target
    }

    /// Stages the files, swaps them in and logs the summary line; the swap is never cut by a signal.
    func publish(_ report: RunReport, with publisher: OutputPublisher, staging: String, signals: SignalGuard,
                 started: ContinuousClock.Instant, output: String) -> Int32 {
        do {
            _ = try publisher.stage(report.files, in: staging)
        } catch {
            logger.error("publishing failed, the previous output is intact: \(error)")
            return 1
        }
        guard signals.beginPublishing() else {
            // A signal is stopping the run: its handler removes the staging folder and exits.
            while true { sleep(60) }
        }
        do {
            try publisher.publish(staging)
        } catch {
            _ = signals.endPublishing()
            logger.error("publishing failed, the previous output is intact: \(error)")
            if case .refused = error { return 2 }
            return 1
        }
        if let signal = signals.endPublishing() {
            logger.warning("\(signal) arrived while the new output was being swapped in; the swap completed")
        }
        let seconds = ContinuousClock.now - started
        logger.info("\(summary(report)) in \(String(format: "%.2f", Double(seconds.components.seconds) + Double(seconds.components.attoseconds) / 1e18)) s -> \(output)")
        return 0
    }

    func summary(_ report: RunReport) -> String {
        let counts = report.rowCounts
        let statuses = report.statuses.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let tables = ["visits", "agreements", "trade_metrics", "delegations", "trade_series", "visit_summary"]
            .compactMap { table in counts[table].map { "\(table)=\($0)" } }.joined(separator: " ")
        let verb = if case .merge = work { "merge" } else { "run" }
        return "\(verb) ok: \(report.articleCount) articles (\(statuses)); \(tables)"
    }

    /// `--check`: exit 1 naming the files whose bytes differ from the published ones.
    func compare(_ report: RunReport, with published: String) -> Int32 {
        var differing: [String] = []
        for file in report.files {
            let existing = try? FileBytes.read(published + "/" + file.name)
            if existing != file.bytes { differing.append(file.name) }
        }
        if differing.isEmpty {
            logger.info("check ok: \(report.files.count) files reproduce \(published) byte for byte")
            return 0
        }
        logger.error("check failed: differs from \(published): \(differing.joined(separator: ", "))")
        return 1
    }
}
