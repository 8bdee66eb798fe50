import CommuniqueCore
import CommuniqueKnowledge
import CommuniquePipeline
import ArgumentParser
import CommuniqueCommandSupport

/// `communique explain SOURCE_ID`: each row one article gives, with the rule and evidence behind it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show the rows one article gives, with the rule and the sentence behind each.")

    @Argument(help: "The article's source id (its file name without extension).")
    var sourceID: String

    @Argument(help: "The pipeline file.")
    var pipeline: String = "pipelines/default.yml"

    @Option(help: "Read the article from this folder instead of the pipeline's input.")
    var input: String?

    @Flag(help: "Also print the cleaned sentences.")
    var sentences = false

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let logger = logging.makeLogger()
        do {
            let definition = try PipelineLoader().load(pipeline, input: input)
            let knowledge = try KnowledgeLoader().load(definition.knowledge)
            guard let explanation = try ArticleExplanation.explain(sourceID, definition: definition, knowledge: knowledge) else {
                logger.error("no article \(sourceID) in \(definition.input)")
                throw ExitCode(1)
            }
            print(definition.planDescription)
            print("")
            print(explanation.report)
            if sentences {
                print("")
                for (index, sentence) in explanation.sentences.enumerated() { print("[\(index)] \(sentence)") }
            }
        } catch let error as ConfigurationError {
            logger.error("\(error)")
            throw ExitCode(2)
        }
    }
}
