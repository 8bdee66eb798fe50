/// The options one extractor or aggregate step was given in the pipeline file, with where each
/// was written, so that the step reads its own options and reports a bad one by file, line and key.
public struct StepOptions: Sendable {
    /// One option's value as the file wrote it.
    public enum Value: Sendable, Equatable {
        case text(String)
        case list([String])
    }

    public var file: String
    public var line: Int
    /// Where the step is declared, `stages[2].extractors[0]`.
    public var keyPath: String
    public var values: [String: (line: Int, value: Value)]

    public init(file: String, line: Int, keyPath: String, values: [String: (line: Int, value: Value)] = [:]) {
        self.file = file
        self.line = line
        self.keyPath = keyPath
        self.values = values
    }

    /// Options of a step the caller made without a file (tests, benchmarks).
    public static func none(_ name: String) -> StepOptions { StepOptions(file: "(built in)", line: 0, keyPath: name) }

    public func keyPath(_ key: String) -> String { keyPath + "." + key }

    public func int(_ key: String) throws(ConfigurationError) -> Int? {
        guard let entry = values[key] else { return nil }
        guard case .text(let text) = entry.value, let value = Int(text) else {
            throw .wrongType(file: file, line: entry.line, key: keyPath(key), expected: "a whole number")
        }
        return value
    }

    public func double(_ key: String) throws(ConfigurationError) -> Double? {
        guard let entry = values[key] else { return nil }
        guard case .text(let text) = entry.value, let value = Double(text) else {
            throw .wrongType(file: file, line: entry.line, key: keyPath(key), expected: "a number")
        }
        return value
    }

    /// A list; a single value is a list of one.
    public func strings(_ key: String) -> [String]? {
        guard let entry = values[key] else { return nil }
        switch entry.value {
        case .text(let text): return [text]
        case .list(let list): return list
        }
    }

    /// A located error about `key` (or the step itself when nil).
    public func invalid(_ key: String?, _ message: String) -> ConfigurationError {
        .invalidValue(file: file, line: key.flatMap { values[$0]?.line } ?? line, key: key.map(keyPath) ?? keyPath, message: message)
    }
}
