import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// The extract stage for one article: analyses and dates it, then runs the declared extractors
/// over it in the pipeline's order.
package struct ArticleExtractor: Sendable {
    package var knowledge: Knowledge
    package var options: ExtractOptions
    /// The extractors the pipeline declares, in its order.
    package let extractors: [any Extractor]
    /// The knowledge's two phrase matchers, held here so that analysing a sentence reads them
    /// without reference counting its way through `Knowledge` and `Lexicon` each time.
    let entityMatcher: PhraseMatcher<EntityRef>
    let tagMatcher: PhraseMatcher<[LexiconTag]>

    package init(knowledge: Knowledge, options: ExtractOptions, extractors: [any Extractor]) {
        self.knowledge = knowledge
        self.options = options
        self.extractors = extractors
        entityMatcher = knowledge.entities
        tagMatcher = knowledge.lexicon.matcher
    }

    /// The stage with every registered extractor, each with its default options.
    package init(knowledge: Knowledge, options: ExtractOptions) {
        let extractors = ExtractorRegistry.all.map { type in
            // Default options are valid by construction.
            try! type.init(knowledge: knowledge, options: .none(type.name))
        }
        self.init(knowledge: knowledge, options: options, extractors: extractors)
    }

    package func extract(_ article: ArticleRow, manifestDate: PartialDate?, clean: CleanArticle) -> ArticleFacts {
        var row = article
        var analyses: [SentenceAnalysis] = []
        analyses.reserveCapacity(clean.sentences.count)
        for sentence in clean.sentences { analyses.append(SentenceAnalysis(sentence, entities: entityMatcher, tags: tagMatcher)) }
        analyses = SurnameReferences.link(analyses, knowledge: knowledge, date: manifestDate ?? clean.dateline)
        var dct: PartialDate?
        var incumbency: DateSpan?
        if let date = manifestDate {
            dct = date
            row.publishedFrom = .manifest
        } else if let date = clean.dateline {
            dct = date
            row.publishedFrom = .text
        } else if let span = ArticleDating(knowledge: knowledge).incumbency(analyses) {
            incumbency = span
            row.publishedFrom = .incumbency
        } else {
            row.publishedFrom = .unknown
        }
        row.published = dct?.description ?? incumbency.map { span in span.start.description + "/" + (span.end?.description ?? "..") } ?? ""
        // "King Abdullah", "Emir Tamim": a monarch named by a title and a given name, known once
        // the article's date is.
        analyses = MonarchReferences.link(analyses, knowledge: knowledge, date: dct.map { DateSpan(start: $0) } ?? incumbency)
        let entities = ArticleEntities(analyses, knowledge: knowledge)

        // The two countries the article is about, until the visits extractor names its first visit's.
        // Only a meeting word ("talks", "summit"), a word of taking part ("attended") or a movement
        // word ("a tour of Central Asia", "visiting Kazakh President ...") with no place reads the
        // dateline's city.
        let dates = DateRecognizer(dct: dct, numericOrder: options.numericDateOrder, lexicon: knowledge.lexicon.values)
        let dateline = analyses.contains(where: { !$0.tagKinds.isDisjoint(with: [.visitMeeting, .visitType, .visitAttendance, .visitMovement]) })
            ? DatelinePlace.city(datelineText: clean.datelineText, analyses: analyses, entities: entityMatcher, tags: tagMatcher,
                                 dates: { dates.dates(in: $0) }) : nil
        let context = ArticleContext(
            sourceID: article.sourceID, analyses: analyses, dct: dct, incumbency: incumbency,
            dates: dates,
            quantities: Self.quantities(values: knowledge.lexicon.values, sentences: clean.sentences),
            mainLeader: entities.mainLeader(), pair: entities.topCountries(knowledge: knowledge),
            headline: Self.headline(of: analyses, paragraph: clean.titleParagraph),
            datelineCity: dateline?.city, datelineSentence: dateline?.firstSentence ?? 0,
            recordsRules: options.recordsRules, entities: entities)
        var facts = ArticleFacts(article: row)
        facts.sentences = analyses.count
        var work = ArticleWork(context: context, facts: facts)
        for extractor in extractors { extractor.extract(&work) }
        return work.facts
    }

    /// The article's value grammar: with a decimal comma when the article writes one.
    static func quantities(values: ValueLexicon, sentences: [Sentence]) -> QuantityRecognizer {
        let plain = QuantityRecognizer(lexicon: values)
        return plain.writesDecimalComma(sentences) ? QuantityRecognizer(lexicon: values, decimalComma: true) : plain
    }

    /// The indices of the headline's sentences: those of its paragraph, which the cleaner numbers
    /// one after another.
    static func headline(of analyses: [SentenceAnalysis], paragraph: Int) -> Range<Int> {
        guard let first = analyses.firstIndex(where: { $0.sentence.paragraph == paragraph }) else { return 0..<0 }
        var end = first + 1
        while end < analyses.count, analyses[end].sentence.paragraph == paragraph { end += 1 }
        return analyses[first].sentence.index..<(analyses[end - 1].sentence.index + 1)
    }
}
