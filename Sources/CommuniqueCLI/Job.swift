import CommuniqueCore
import CommuniqueKnowledge
import CommuniqueOutput
import CommuniquePipeline
import Dispatch
import Foundation
import Logging

/// One invocation of `run`: configuration, lock, processing, publication, and the exit code.
struct Job {
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
        var definition: PipelineDefinition
        let knowledge: Knowledge
        do {
            definition = try PipelineLoader().load(pipeline, input: input, output: output)
            knowledge = try KnowledgeLoader().load(definition.knowledge)
        } catch {
            logger.error("\(error)")
            return 2
        }
        if let format, let dialect = CSVDialect.named(format) { definition.dialect = dialect }
        let publisher = OutputPublisher(output: definition.output)
        let lock: RunLock
        do {
            lock = try RunLock(path: publisher.lockPath, wait: wait)
        } catch {
            logger.error("\(error)")
            if case .locked = error { return 75 }
            return 1
        }
        defer { withExtendedLifetime(lock) {} }
        let signals = SignalGuard(publisher: publisher, logger: logger)
        defer { withExtendedLifetime(signals) {} }
        publisher.sweep()

        let runner = PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: PathNames.relative(pipeline, to: definition.output))
        let progress = ProgressLine.forTerminal()
        let timer = StageTimer()
        var observers: [any RunObserver] = [HeapTrimmer(), timer]
        if let progress { observers.append(ProgressObserver { done, total in progress.update(done, total) }) }
        let report: RunReport
        do {
            report = try runner.process(jobs: jobs, observers: observers)
            progress?.finish()
        } catch let error as ConfigurationError {
            progress?.finish()
            logger.error("\(error)")
            return 2
        } catch {
            progress?.finish()
            logger.error("run failed: \(error)")
            return 1
        }
        for (stage, seconds) in timer.result.named {
            logger.debug("stage \(stage): \(String(format: "%.3f", seconds)) s")
        }
        for (stage, counts) in report.manifest.stages.sorted(by: { $0.key < $1.key }) {
            logger.debug("stage \(stage): \(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
        }
        if check {
            return compare(report, with: definition.output)
        }
        do {
            let staging = try publisher.stage(report.files)
            try publisher.publish(staging)
        } catch {
            logger.error("publishing failed, the previous output is intact: \(error)")
            return 1
        }
        let seconds = ContinuousClock.now - started
        logger.info("\(summary(report)) in \(String(format: "%.2f", Double(seconds.components.seconds) + Double(seconds.components.attoseconds) / 1e18)) s -> \(definition.output)")
        return 0
    }

    func summary(_ report: RunReport) -> String {
        let counts = report.rowCounts
        let statuses = report.statuses.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let tables = ["visits", "agreements", "trade_metrics", "delegations", "trade_series", "visit_summary"]
            .compactMap { table in counts[table].map { "\(table)=\($0)" } }.joined(separator: " ")
        return "run ok: \(report.articles.count) articles (\(statuses)); \(tables)"
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
