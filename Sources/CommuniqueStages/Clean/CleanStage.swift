import CommuniqueCore
import CommuniqueKnowledge

/// The clean stage: cleans a loaded article and decides whether it is extracted (enough words,
/// a language the pipeline reads), filling the article's row with what cleaning learns.
package struct CleanStage: ArticleStage {
    package static let kind = StageKind.clean

    package let cleaner: ArticleCleaner
    package let options: CleanOptions

    package init(knowledge: Knowledge, options: CleanOptions) {
        cleaner = ArticleCleaner(rules: knowledge.boilerplate, languages: knowledge.lexicon.languages, values: knowledge.lexicon.values)
        self.options = options
    }

    package func run(_ loaded: LoadedArticle) -> CleanedArticle {
        var row = ArticleRow(sourceID: loaded.source.sourceID)
        row.sha256 = loaded.sha256
        row.outlet = loaded.manifest?.outlet ?? ""
        row.status = loaded.status
        if loaded.repairedUTF8 { row.status = .repairedUTF8 }
        let manifestDate = loaded.manifest?.published
        guard loaded.status == .ok else {
            row.published = manifestDate?.description ?? ""
            row.publishedFrom = manifestDate == nil ? .unknown : .manifest
            return CleanedArticle(row: row, clean: nil, manifestDate: manifestDate)
        }
        let clean = cleaner.clean(loaded.text)
        row.title = clean.title
        row.language = clean.language
        row.words = clean.words
        if clean.words < options.minWords {
            row.status = .empty
        } else if !options.languages.contains(clean.language) {
            row.status = .notEnglish
        }
        guard row.status == .ok || row.status == .repairedUTF8 else {
            row.published = manifestDate?.description ?? clean.dateline?.description ?? ""
            row.publishedFrom = manifestDate != nil ? .manifest : clean.dateline != nil ? .text : .unknown
            return CleanedArticle(row: row, clean: nil, manifestDate: manifestDate)
        }
        return CleanedArticle(row: row, clean: clean, manifestDate: manifestDate)
    }
}
