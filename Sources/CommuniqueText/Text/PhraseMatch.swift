/// A phrase found in a sentence: the tokens it covers and what it stands for.
package struct PhraseMatch<Value: Sendable>: Sendable {
    package var tokenStart: Int
    package var tokenEnd: Int
    package var value: Value
}
