import Testing

/// Groups the value-grammar suites so `swift test --filter Values` selects them.
@Suite("Values")
enum ValuesTests {}
