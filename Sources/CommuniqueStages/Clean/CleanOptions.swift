/// Options of the clean stage.
package struct CleanOptions: Sendable {
    /// ISO 639-1 codes whose articles are extracted; others are listed as `not_english`.
    package var languages: [String] = ["en"]
    /// Articles with fewer words after cleaning produce no facts (status `empty`).
    package var minWords: Int = 5

    package init(languages: [String] = ["en"], minWords: Int = 5) {
        self.languages = languages
        self.minWords = minWords
    }
}
