import Yams

/// Typed access to one YAML mapping that reports every problem with its file, line and key path.
///
/// Yams' `Decodable` support silently ignores unknown keys and loses line numbers; configuration
/// errors must name both, so pipeline and lexicon files are read through this instead.
public struct YAMLMapping {
    let file: String
    /// Dotted key path of this mapping inside the document (`stages.load`), empty at the root.
    public let path: String
    public let line: Int
    public let entries: [(key: String, line: Int, value: Node)]

    /// Parses a whole document whose root must be a mapping.
    public static func document(_ text: String, file: String) throws(ConfigurationError) -> YAMLMapping {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.syntaxError(error, file: file)
        } catch {
            throw .syntax(file: file, line: 1, message: String(describing: error))
        }
        guard let root else { throw .syntax(file: file, line: 1, message: "the document is empty") }
        return try YAMLMapping(root, file: file, path: "")
    }

    init(file: String, path: String, line: Int, entries: [(key: String, line: Int, value: Node)]) {
        self.file = file
        self.path = path
        self.line = line
        self.entries = entries
    }

    init(_ node: Node, file: String, path: String) throws(ConfigurationError) {
        self.file = file
        self.path = path
        self.line = node.mark?.line ?? 1
        guard case .mapping(let mapping) = node else {
            throw .wrongType(file: file, line: node.mark?.line ?? 1, key: path.isEmpty ? "(document)" : path, expected: "a mapping of keys to values")
        }
        var entries: [(String, Int, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw .wrongType(file: file, line: key.mark?.line ?? 1, key: path, expected: "text keys")
            }
            entries.append((name, key.mark?.line ?? 1, value))
        }
        self.entries = entries
    }

    public func keyPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func entry(_ key: String) -> (key: String, line: Int, value: Node)? { entries.first { $0.key == key } }

    /// Line of `key`, or of the mapping itself when the key is absent.
    public func line(of key: String) -> Int { entry(key)?.line ?? line }

    /// Fails on the first key that is not in `allowed`.
    public func requireOnly(_ allowed: [String]) throws(ConfigurationError) {
        for entry in entries where !allowed.contains(entry.key) {
            throw .unknownKey(file: file, line: entry.line, key: keyPath(entry.key), allowed: allowed)
        }
    }

    public func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let entry = entry(key), !Self.isNull(entry.value) else { return nil }
        guard case .scalar(let scalar) = entry.value else {
            throw .wrongType(file: file, line: entry.line, key: keyPath(key), expected: "text")
        }
        return scalar.string
    }

    public func requiredString(_ key: String) throws(ConfigurationError) -> String {
        guard let value = try string(key), !value.isEmpty else {
            throw .missingKey(file: file, line: line, key: keyPath(key))
        }
        return value
    }

    public func int(_ key: String) throws(ConfigurationError) -> Int? {
        guard let entry = entry(key), !Self.isNull(entry.value) else { return nil }
        guard case .scalar(let scalar) = entry.value, let value = Int(scalar.string) else {
            throw .wrongType(file: file, line: entry.line, key: keyPath(key), expected: "a whole number")
        }
        return value
    }

    public func double(_ key: String) throws(ConfigurationError) -> Double? {
        guard let entry = entry(key), !Self.isNull(entry.value) else { return nil }
        guard case .scalar(let scalar) = entry.value, let value = Double(scalar.string) else {
            throw .wrongType(file: file, line: entry.line, key: keyPath(key), expected: "a number")
        }
        return value
    }

    func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let entry = entry(key), !Self.isNull(entry.value) else { return nil }
        guard let value = entry.value.bool else {
            throw .wrongType(file: file, line: entry.line, key: keyPath(key), expected: "true or false")
        }
        return value
    }

    /// A list of text values; a single scalar is accepted as a one-element list.
    public func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard let entry = entry(key), !Self.isNull(entry.value) else { return nil }
        switch entry.value {
        case .scalar(let scalar):
            return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    throw .wrongType(file: file, line: item.mark?.line ?? entry.line, key: keyPath(key), expected: "a list of text values")
                }
                values.append(scalar.string)
            }
            return values
        default:
            throw .wrongType(file: file, line: entry.line, key: keyPath(key), expected: "a list of text values")
        }
    }

    public func mapping(_ key: String) throws(ConfigurationError) -> YAMLMapping? {
        guard let entry = entry(key), !Self.isNull(entry.value) else { return nil }
        return try YAMLMapping(entry.value, file: file, path: keyPath(key))
    }

    /// Every value of this mapping read as a mapping (`indicators: {exports: {...}, ...}`).
    public func childMappings() throws(ConfigurationError) -> [(key: String, mapping: YAMLMapping)] {
        var children: [(String, YAMLMapping)] = []
        for entry in entries {
            children.append((entry.key, try YAMLMapping(entry.value, file: file, path: keyPath(entry.key))))
        }
        return children
    }

    /// The items of a list of mappings (`stages: [{kind: load, ...}, ...]`); an item written as a
    /// bare name (`- visits`) is read as a mapping whose `nameKey` is that name.
    public func mappings(_ key: String, nameKey: String) throws(ConfigurationError) -> [YAMLMapping]? {
        guard let entry = entry(key), !Self.isNull(entry.value) else { return nil }
        guard case .sequence(let sequence) = entry.value else {
            throw .wrongType(file: file, line: entry.line, key: keyPath(key), expected: "a list")
        }
        var items: [YAMLMapping] = []
        for (position, item) in sequence.enumerated() {
            let path = keyPath(key) + "[\(position)]"
            if case .scalar(let scalar) = item {
                let line = item.mark?.line ?? entry.line
                items.append(YAMLMapping(file: file, path: path, line: line, entries: [(nameKey, line, Node(scalar.string))]))
            } else {
                items.append(try YAMLMapping(item, file: file, path: path))
            }
        }
        return items
    }

    /// The entries other than `excluded` as the options of one step, each with its line.
    public func stepOptions(excluding excluded: [String]) throws(ConfigurationError) -> StepOptions {
        var options = StepOptions(file: file, line: line, keyPath: path)
        for entry in entries where !excluded.contains(entry.key) {
            switch entry.value {
            case .scalar(let scalar):
                options.values[entry.key] = (entry.line, .text(scalar.string))
            case .sequence:
                options.values[entry.key] = (entry.line, .list(try strings(entry.key) ?? []))
            default:
                throw .wrongType(file: file, line: entry.line, key: keyPath(entry.key), expected: "a value or a list of values")
            }
        }
        return options
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            return true
        }
        return false
    }

    static func syntaxError(_ error: YamlError, file: String) -> ConfigurationError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .syntax(file: file, line: mark.line, message: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax(file: file, line: context.mark.line, message: "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return .syntax(file: file, line: 1, message: String(describing: error))
        }
    }
}
