import CommuniqueCore
import CommuniqueKnowledge
import CommuniqueStages

/// The declared extractors and steps made into the objects that run them, and the plan in words.
extension PipelineDefinition {
    /// The extract stage's extractors, in their declared order, on `knowledge`.
    package func makeExtractors(knowledge: Knowledge) throws(ConfigurationError) -> [any Extractor] {
        var extractors: [any Extractor] = []
        for declaration in self.extractors {
            extractors.append(try ExtractorRegistry.named(declaration.name)!.init(knowledge: knowledge, options: declaration.options))
        }
        return extractors
    }

    /// Checks what the loader cannot check without the knowledge (an extractor's options that
    /// name lexicon entries) by making every extractor once.
    package func validate(knowledge: Knowledge) throws(ConfigurationError) {
        _ = try makeExtractors(knowledge: knowledge)
    }

    /// The resolved plan, one line per stage, extractor and step, as `validate` and `explain` print it.
    package var planDescription: String {
        func options(_ step: StepDeclaration) -> String {
            let values = step.options.values.sorted { $0.key < $1.key }.map { key, entry -> String in
                switch entry.value {
                case .text(let text): return "\(key)=\(text)"
                case .list(let list): return "\(key)=[\(list.joined(separator: ","))]"
                }
            }
            return values.isEmpty ? "" : " (" + values.joined(separator: ", ") + ")"
        }
        var lines = ["pipeline \(name) (\(file))", "  input  \(input)", "  output \(output)"]
        lines.append("  1. load       max_bytes=\(load.maxBytes) invalid_utf8=\(load.invalidUTF8.rawValue) extensions=[\(load.extensions.joined(separator: ","))]")
        lines.append("  2. clean      languages=[\(clean.languages.joined(separator: ","))] min_words=\(clean.minWords)")
        lines.append("  3. extract    numeric_date_order=\(extract.numericDateOrder.rawValue)")
        for step in extractors {
            let type = ExtractorRegistry.named(step.name)!
            lines.append("       - \(step.name)\(options(step)) -> \(type.tables.joined(separator: ", "))")
        }
        lines.append("  4. aggregate")
        for step in aggregateSteps {
            let type = AggregateStepRegistry.named(step.name)!
            lines.append("       - \(step.name)\(options(step)) -> \(type.tables.joined(separator: ", "))")
        }
        lines.append("  tables: \(tables.joined(separator: ", "))")
        return lines.joined(separator: "\n")
    }
}
