/// Page furniture to remove, as the pipeline's boilerplate file lists it.
package struct BoilerplateRules: Sendable {
    /// Lower-cased phrases: a line containing one is dropped.
    package var dropLinesContaining: [[UInt8]]
    /// Lower-cased lines dropped when a line is exactly one of them.
    package var dropLinesEqual: Set<String>
    /// Lower-cased prefixes: the article ends at a line starting with one.
    package var stopAtLinesStarting: [[UInt8]]
    /// Lines longer than this (in bytes) are article text: `dropLinesContaining` never removes them.
    package var maxLineBytes: Int

    package init(dropLinesContaining: [String] = [], dropLinesEqual: [String] = [], stopAtLinesStarting: [String] = [], maxLineBytes: Int = 300) {
        self.maxLineBytes = maxLineBytes
        self.dropLinesContaining = dropLinesContaining.map { Array($0.lowercased().utf8) }
        self.dropLinesEqual = Set(dropLinesEqual.map { $0.lowercased() })
        self.stopAtLinesStarting = stopAtLinesStarting.map { Array($0.lowercased().utf8) }
    }
}
