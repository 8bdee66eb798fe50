/// Page furniture to remove, as the pipeline's boilerplate file lists it.
public struct BoilerplateRules: Sendable {
    /// Lower-cased phrases: a line containing one is dropped.
    public var dropLinesContaining: [[UInt8]]
    /// Lower-cased lines dropped when a line is exactly one of them.
    public var dropLinesEqual: Set<String>
    /// Lower-cased prefixes: the article ends at a line starting with one.
    public var stopAtLinesStarting: [[UInt8]]
    /// Lines longer than this (in bytes) are article text: `dropLinesContaining` never removes them.
    public var maxLineBytes: Int
    /// Words no sentence ends with ("of", "the"): a line that ends with one, as written, goes on
    /// in the line right after it.
    public var openLineEndings: Set<[UInt8]>

    public init(dropLinesContaining: [String] = [], dropLinesEqual: [String] = [], stopAtLinesStarting: [String] = [], maxLineBytes: Int = 300,
                openLineEndings: [String] = []) {
        self.maxLineBytes = maxLineBytes
        self.openLineEndings = Set(openLineEndings.map { Array($0.utf8) })
        self.dropLinesContaining = dropLinesContaining.map { Array($0.lowercased().utf8) }
        self.dropLinesEqual = Set(dropLinesEqual.map { $0.lowercased() })
        self.stopAtLinesStarting = stopAtLinesStarting.map { Array($0.lowercased().utf8) }
    }
}
