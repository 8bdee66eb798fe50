import CommuniqueCore
import CommuniqueStages
import CommuniqueText

/// The `stages:` list: one entry per stage kind, in data-flow order, each with its options;
/// the extract stage lists its extractors and the aggregate stage its steps.
extension PipelineLoader {
    struct Plan {
        var load = LoadOptions()
        var clean = CleanOptions()
        var extract = ExtractOptions()
        var extractors: [StepDeclaration] = []
        var steps: [StepDeclaration] = []
    }

    static let stageOptionKeys: [StageKind: [String]] = [
        .load: ["max_bytes", "invalid_utf8", "extensions"],
        .clean: ["languages", "min_words"],
        .extract: ["numeric_date_order", "extractors"],
        .aggregate: ["steps"],
    ]

    func stages(_ root: YAMLMapping, file: String) throws(ConfigurationError) -> Plan {
        guard let entries = try root.mappings("stages", nameKey: "kind") else {
            throw .missingKey(file: file, line: root.line, key: "stages")
        }
        var plan = Plan()
        var seen: [StageKind] = []
        for entry in entries {
            let kindName = try entry.requiredString("kind")
            guard let kind = StageKind(rawValue: kindName) else {
                throw .invalidValue(file: file, line: entry.line(of: "kind"), key: entry.keyPath("kind"),
                                    message: "unknown stage kind '\(kindName)' (expected one of: \(StageKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if seen.contains(kind) {
                throw .invalidValue(file: file, line: entry.line(of: "kind"), key: entry.keyPath("kind"), message: "the \(kind.rawValue) stage is declared twice")
            }
            if let later = seen.last, later > kind {
                throw .invalidValue(file: file, line: entry.line(of: "kind"), key: entry.keyPath("kind"),
                                    message: "the \(kind.rawValue) stage must come before the \(later.rawValue) stage (data flows \(StageKind.allCases.map(\.rawValue).joined(separator: " -> ")))")
            }
            seen.append(kind)
            try entry.requireOnly(["kind"] + (Self.stageOptionKeys[kind] ?? []))
            switch kind {
            case .load: plan.load = try loadOptions(entry, file: file)
            case .clean: plan.clean = try cleanOptions(entry, file: file)
            case .extract:
                plan.extract = try extractOptions(entry, file: file)
                plan.extractors = try extractors(entry, file: file)
            case .aggregate:
                plan.steps = try aggregateSteps(entry, file: file, extractors: plan.extractors.map(\.name))
            }
        }
        if let missing = StageKind.allCases.first(where: { !seen.contains($0) }) {
            throw .invalidValue(file: file, line: root.line(of: "stages"), key: "stages",
                                message: "the \(missing.rawValue) stage is missing (every pipeline lists \(StageKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return plan
    }

    func loadOptions(_ entry: YAMLMapping, file: String) throws(ConfigurationError) -> LoadOptions {
        var load = LoadOptions()
        if let maxBytes = try entry.int("max_bytes") {
            guard maxBytes > 0 else {
                throw .invalidValue(file: file, line: entry.line(of: "max_bytes"), key: entry.keyPath("max_bytes"), message: "must be positive")
            }
            load.maxBytes = maxBytes
        }
        if let policy = try entry.string("invalid_utf8") {
            guard let value = InvalidUTF8Policy(rawValue: policy) else {
                throw .invalidValue(file: file, line: entry.line(of: "invalid_utf8"), key: entry.keyPath("invalid_utf8"), message: "expected replace or skip, not '\(policy)'")
            }
            load.invalidUTF8 = value
        }
        if let extensions = try entry.strings("extensions") {
            load.extensions = try Self.extensions(extensions, entry: entry, file: file)
        }
        return load
    }

    /// `extensions: [txt, md]`: at least one, each what follows the last dot of a name (a leading
    /// dot is dropped, case does not matter), none twice.
    static func extensions(_ listed: [String], entry: YAMLMapping, file: String) throws(ConfigurationError) -> [String] {
        func invalid(_ message: String) -> ConfigurationError {
            .invalidValue(file: file, line: entry.line(of: "extensions"), key: entry.keyPath("extensions"), message: message)
        }
        guard !listed.isEmpty else { throw invalid("lists no extension, so no file would be an article (the default is [txt])") }
        var extensions: [String] = []
        for written in listed {
            let name = (written.hasPrefix(".") ? String(written.dropFirst()) : written).lowercased()
            guard !name.isEmpty, !name.contains("."), !name.contains("/"), !name.contains(where: \.isWhitespace) else {
                throw invalid("'\(written)' is not a file extension (what follows the last dot of a name: txt, md)")
            }
            guard !extensions.contains(name) else { throw invalid("'\(name)' is listed twice") }
            extensions.append(name)
        }
        return extensions
    }

    func cleanOptions(_ entry: YAMLMapping, file: String) throws(ConfigurationError) -> CleanOptions {
        var clean = CleanOptions()
        clean.languages = try entry.strings("languages") ?? clean.languages
        if let minWords = try entry.int("min_words") {
            guard minWords >= 1 else {
                throw .invalidValue(file: file, line: entry.line(of: "min_words"), key: entry.keyPath("min_words"),
                                    message: "must be at least 1 word, not \(minWords)")
            }
            clean.minWords = minWords
        }
        return clean
    }

    func extractOptions(_ entry: YAMLMapping, file: String) throws(ConfigurationError) -> ExtractOptions {
        var extract = ExtractOptions()
        if let order = try entry.string("numeric_date_order") {
            guard let value = NumericDateOrder(rawValue: order) else {
                throw .invalidValue(file: file, line: entry.line(of: "numeric_date_order"), key: entry.keyPath("numeric_date_order"),
                                    message: "expected day_first, month_first or unknown, not '\(order)'")
            }
            extract.numericDateOrder = value
        }
        return extract
    }

    /// The extractors in their order: each registered, declared once, after those it reads from.
    func extractors(_ stage: YAMLMapping, file: String) throws(ConfigurationError) -> [StepDeclaration] {
        guard let entries = try stage.mappings("extractors", nameKey: "name"), !entries.isEmpty else {
            throw .missingKey(file: file, line: stage.line, key: stage.keyPath("extractors"))
        }
        var declared: [StepDeclaration] = []
        for entry in entries {
            let name = try entry.requiredString("name")
            guard let type = ExtractorRegistry.named(name) else {
                throw .invalidValue(file: file, line: entry.line(of: "name"), key: entry.keyPath("name"),
                                    message: "unknown extractor '\(name)' (expected one of: \(ExtractorRegistry.names.joined(separator: ", ")))")
            }
            try declare(name, in: declared, entry: entry, file: file)
            try entry.requireOnly(["name"] + type.optionKeys)
            declared.append(StepDeclaration(name: name, options: try entry.stepOptions(excluding: ["name"])))
        }
        // "Reads what an earlier one found": an extractor comes after those it reads from.
        for (position, entry) in entries.enumerated() {
            let type = ExtractorRegistry.named(declared[position].name)!
            if let later = declared[(position + 1)...].first(where: { type.after.contains($0.name) }) {
                throw .invalidValue(file: file, line: entry.line(of: "name"), key: entry.keyPath("name"),
                                    message: "\(type.name) must come after \(later.name), whose findings it reads")
            }
        }
        return declared
    }

    /// The aggregate steps in their order: each registered, declared once, with what it needs.
    func aggregateSteps(_ stage: YAMLMapping, file: String, extractors: [String]) throws(ConfigurationError) -> [StepDeclaration] {
        guard let entries = try stage.mappings("steps", nameKey: "name") else { return [] }
        var declared: [StepDeclaration] = []
        for entry in entries {
            let name = try entry.requiredString("name")
            guard let type = AggregateStepRegistry.named(name) else {
                throw .invalidValue(file: file, line: entry.line(of: "name"), key: entry.keyPath("name"),
                                    message: "unknown aggregate step '\(name)' (expected one of: \(AggregateStepRegistry.names.joined(separator: ", ")))")
            }
            try declare(name, in: declared, entry: entry, file: file)
            for needed in type.requires where !extractors.contains(needed) && !declared.contains(where: { $0.name == needed }) {
                let what = ExtractorRegistry.named(needed) != nil ? "the \(needed) extractor" : "the \(needed) step before it"
                throw .invalidValue(file: file, line: entry.line(of: "name"), key: entry.keyPath("name"), message: "\(name) needs \(what), which the pipeline does not declare")
            }
            try entry.requireOnly(["name"] + type.optionKeys)
            let options = try entry.stepOptions(excluding: ["name"])
            try Self.checkMinimums(options)
            declared.append(StepDeclaration(name: name, options: options))
        }
        return declared
    }

    /// Numeric options of aggregate steps that make no sense below a minimum, checked here (the
    /// steps themselves are made only at run time) so that `validate` refuses them with file,
    /// line and key. Extractors check their own options: `validate` makes every extractor.
    static let optionMinimums: [String: (minimum: Double, what: String)] = [
        "conflict_tolerance_pct": (0, "a percentage of 0 or more"),
    ]

    static func checkMinimums(_ options: StepOptions) throws(ConfigurationError) {
        for (key, rule) in optionMinimums.sorted(by: { $0.key < $1.key }) {
            guard let value = try options.double(key) else { continue }
            guard value.isFinite, value >= rule.minimum else { throw options.invalid(key, "must be \(rule.what), not \(value)") }
        }
    }

    /// `tables:` lists at least one table (an empty list would publish an empty dataset over a
    /// complete one), each once.
    static func checkTableList(_ listed: [String], root: YAMLMapping, file: String) throws(ConfigurationError) {
        guard !listed.isEmpty else {
            throw .invalidValue(file: file, line: root.line(of: "tables"), key: "tables",
                                message: "lists no table, so a run would publish an empty dataset over the current one; leave the key out to write every table the stages make")
        }
        var seen: Set<String> = []
        for table in listed where !seen.insert(table).inserted {
            throw .invalidValue(file: file, line: root.line(of: "tables"), key: "tables", message: "table '\(table)' is listed twice")
        }
    }

    /// Fails when `name` is already declared.
    private func declare(_ name: String, in declared: [StepDeclaration], entry: YAMLMapping, file: String) throws(ConfigurationError) {
        if declared.contains(where: { $0.name == name }) {
            throw .invalidValue(file: file, line: entry.line(of: "name"), key: entry.keyPath("name"), message: "'\(name)' is declared twice")
        }
    }

    /// Every table the declared extractors and steps make, with `articles`, which every pipeline writes.
    static func tables(made names: [String]) -> Set<String> {
        var tables: Set<String> = ["articles"]
        for name in names {
            tables.formUnion(ExtractorRegistry.named(name)?.tables ?? [])
            tables.formUnion(AggregateStepRegistry.named(name)?.tables ?? [])
        }
        // A fact table's `visits` rows come from the visits extractor and the visit_merge step together.
        if !names.contains(VisitMergeStep.name) { tables.remove("visits") }
        return tables
    }

    /// What makes `table`, for messages.
    static func maker(of table: String) -> String {
        if table == "visits" { return "the visits extractor and the visit_merge step" }
        if let step = AggregateStepRegistry.all.first(where: { $0.tables.contains(table) }) { return "the \(step.name) aggregate step" }
        if let extractor = ExtractorRegistry.all.first(where: { $0.tables.contains(table) }) { return "the \(extractor.name) extractor" }
        return "a stage"
    }
}
