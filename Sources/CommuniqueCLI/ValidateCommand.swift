import CommuniqueKnowledge
import CommuniquePipeline
import ArgumentParser
import CommuniqueCommandSupport

/// `communique validate PIPELINE`: checks a pipeline and its knowledge files without running, and
/// prints the plan they resolve to.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a pipeline file and every knowledge file it names, without running.")

    @Argument(help: "The pipeline file.")
    var pipeline: String = "pipelines/default.yml"

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let logger = logging.makeLogger()
        do {
            let definition = try PipelineLoader().load(pipeline)
            let knowledge = try KnowledgeLoader().load(definition.knowledge)
            try definition.validate(knowledge: knowledge)
            print(definition.planDescription)
            logger.info("\(pipeline): valid: \(knowledge.countries.count) countries, \(knowledge.cities.count) cities, \(knowledge.leaders.count) leaders (\(knowledge.leaders.reduce(0) { $0 + $1.terms.count }) terms), \(knowledge.organisations.count) organisations, \(knowledge.lexicon.indicators.count) indicators")
        } catch {
            logger.error("\(error)")
            throw ExitCode(2)
        }
    }
}
