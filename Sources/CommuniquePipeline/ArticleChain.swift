import CommuniqueCore
import CommuniqueKnowledge
import CommuniqueStages

/// One worker's per-article stages, load -> clean -> extract, built from the pipeline's plan on
/// that worker's own knowledge.
struct ArticleChain: Sendable {
    let load: ArticleLoader
    let clean: CleanStage
    let extract: ArticleExtractor

    init(definition: PipelineDefinition, knowledge: Knowledge, manifest: InputManifest) throws(ConfigurationError) {
        load = ArticleLoader(options: definition.load, manifest: manifest)
        clean = CleanStage(knowledge: knowledge, options: definition.clean)
        extract = ArticleExtractor(knowledge: knowledge, options: definition.extract, extractors: try definition.makeExtractors(knowledge: knowledge))
    }

    /// Runs the three stages on one article, telling `observers` how long each took.
    func run(_ source: ArticleSource, index: Int, observers: [any RunObserver], bytesRead: inout Int) -> ArticleFacts {
        let clock = ContinuousClock()
        let started = clock.now
        let loaded = load.run(source)
        let loadedAt = clock.now
        bytesRead += loaded.text.utf8.count
        let cleaned = clean.run(loaded)
        let cleanedAt = clock.now
        let facts = extract.run(cleaned)
        let extractedAt = clock.now
        for observer in observers {
            observer.article(index, finished: .load, seconds: PipelineRunner.seconds(loadedAt - started))
            observer.article(index, finished: .clean, seconds: PipelineRunner.seconds(cleanedAt - loadedAt))
            observer.article(index, finished: .extract, seconds: PipelineRunner.seconds(extractedAt - cleanedAt))
        }
        return facts
    }
}
