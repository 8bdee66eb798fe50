/// Reading a vocabulary's values from YAML: a spelling outside the vocabulary is an error that
/// names the file, line and key, listing the spellings allowed.
public extension YAMLMapping {
    /// Every key of this mapping as a value of `V`, in file order (`types: {state: [...], ...}`).
    /// All keys are checked before any is returned.
    func vocabularyKeys<V: Vocabulary>(_: V.Type) throws(ConfigurationError) -> [(value: V, key: String)] {
        var keys: [(V, String)] = []
        for entry in entries {
            guard let value = V(rawValue: entry.key) else {
                throw .unknownKey(file: file, line: entry.line, key: keyPath(entry.key), allowed: V.spellings)
            }
            keys.append((value, entry.key))
        }
        return keys
    }

    /// The value at `key` as a value of `V`; nil when the key is absent.
    func vocabularyValue<V: Vocabulary>(_ key: String, _: V.Type) throws(ConfigurationError) -> V? {
        guard let text = try string(key) else { return nil }
        guard let value = V(rawValue: text) else { throw unknownValue(text, key: key, allowed: V.spellings) }
        return value
    }

    /// The list at `key`, each item a value of `V`; nil when the key is absent.
    func vocabularyList<V: Vocabulary>(_ key: String, _: V.Type) throws(ConfigurationError) -> [V]? {
        guard let texts = try strings(key) else { return nil }
        var values: [V] = []
        for text in texts {
            guard let value = V(rawValue: text) else { throw unknownValue(text, key: key, allowed: V.spellings) }
            values.append(value)
        }
        return values
    }

    private func unknownValue(_ text: String, key: String, allowed: [String]) -> ConfigurationError {
        .invalidValue(file: file, line: line(of: key), key: keyPath(key),
                      message: "unknown value '\(text)' (expected one of: \(allowed.joined(separator: ", ")))")
    }
}
