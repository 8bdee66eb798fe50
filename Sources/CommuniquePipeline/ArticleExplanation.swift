import CommuniqueCore
import CommuniqueKnowledge
import CommuniqueStages
/// What the job reads in one article and why: for `communique explain`.
package struct ArticleExplanation: Sendable {
    package var facts: ArticleFacts
    package var title: String
    package var sentences: [String]

    /// Loads, cleans and extracts the article `sourceID` of the pipeline's input folder.
    package static func explain(_ sourceID: String, definition: PipelineDefinition, knowledge: Knowledge) throws -> ArticleExplanation? {
        let manifest = try InputManifest.load(definition.input + "/" + definition.manifest)
        let sources = try ArticleLoader.sources(in: definition.input, manifestName: definition.manifest, extensions: definition.load.extensions)
        guard let source = sources.first(where: { $0.sourceID == sourceID }) else { return nil }
        var explaining = definition
        explaining.extract.recordsRules = true
        let chain = try ArticleChain(definition: explaining, knowledge: knowledge, manifest: manifest)
        let cleaned = chain.clean.run(chain.load.run(source))
        let facts = chain.extract.run(cleaned)
        let clean = cleaned.clean
        return ArticleExplanation(facts: facts, title: facts.article.title, sentences: clean?.sentences.map(\.text) ?? [])
    }

    /// A readable report: the article's row, then each fact with its rule and evidence.
    package var report: String {
        var lines: [String] = []
        let article = facts.article
        lines.append("article \(article.sourceID): status \(article.status.rawValue), language \(article.language), published \(article.published.isEmpty ? "unknown" : article.published) (from \(article.publishedFrom.rawValue)), \(sentences.count) sentences")
        lines.append("title: \(title)")
        for visit in facts.visits {
            lines.append("")
            lines.append("visit \(visit.visitorCountry) -> \(visit.hostCountry): visitor \(visit.visitor), city \(visit.city), dates \(visit.dates?.description ?? "-"), type \((visit.visitType ?? .unspecified).rawValue), \(visit.status.rawValue), host leader \(visit.hostLeader)")
            lines.append("  rule: \(visit.rule)")
            lines.append("  evidence [\(visit.sentenceIndex)]: \(visit.evidence)")
        }
        for fact in facts.agreements {
            let r = fact.row
            lines.append("")
            lines.append("agreement \(r.docType.rawValue): title '\(r.title)', topic \(r.topics.map(\.rawValue).joined(separator: ";")), parties \(r.parties.joined(separator: ";")), count \(r.count.map(String.init) ?? "-") \(r.countQualifier?.rawValue ?? ""), value \(CellFormat.number(r.value)) \(r.currency) \(r.valueQualifier?.rawValue ?? ""), status \(r.status?.rawValue ?? "")")
            lines.append("  rule: \(fact.rule)")
            lines.append("  evidence [\(fact.sentenceIndex)]: \(r.evidence)")
        }
        for fact in facts.metrics {
            let r = fact.row
            lines.append("")
            lines.append("trade_metric \(r.indicator): \(r.country)/\(r.partner), period \(r.period), value \(CellFormat.number(r.value)) \(r.unit), change \(CellFormat.number(r.changePct)), qualifier \(r.qualifier?.rawValue ?? "")")
            lines.append("  rule: \(fact.rule)")
            lines.append("  evidence [\(fact.sentenceIndex)]: \(r.evidence)")
        }
        for fact in facts.delegations {
            let r = fact.row
            lines.append("")
            lines.append("delegation \(r.category?.rawValue ?? ""): \(r.size.map(String.init) ?? "-") \(r.sizeQualifier?.rawValue ?? "") \(r.group) from \(r.fromCountry), regions \(r.regions.map(String.init) ?? "-"), event '\(r.event)'")
            lines.append("  rule: \(fact.rule)")
            lines.append("  evidence [\(fact.sentenceIndex)]: \(r.evidence)")
        }
        return lines.joined(separator: "\n")
    }
}
