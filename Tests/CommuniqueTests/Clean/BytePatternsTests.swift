import Testing
@testable import CommuniqueCore
@testable import CommuniqueKnowledge
@testable import CommuniqueStages

@Suite struct BytePatternsTests {
    let patterns = BytePatterns(["read also", "©", "tags:"].map { Array($0.utf8) })

    func occurs(_ line: String) -> Bool { Array(line.utf8).withUnsafeBufferPointer { patterns.anyOccurs(in: $0) } }
    func isPrefix(_ line: String) -> Bool { Array(line.utf8).withUnsafeBufferPointer { patterns.anyIsPrefix(of: $0) } }

    @Test func findsAPatternAnywhereInALine() {
        #expect(occurs("please read also this"))
        #expect(occurs("© 2024 the outlet"))
        #expect(!occurs("read als"))
        #expect(!occurs(""))
    }

    @Test func findsAPatternAtTheStartOfALine() {
        #expect(isPrefix("tags: politics"))
        #expect(!isPrefix("the tags: politics"))
        #expect(!isPrefix("tag"))
    }

    @Test func findsAPatternAtTheEndOfALineAndOneByteOnesAnywhere() {
        #expect(occurs("tags:"))
        #expect(occurs("the line ends with read also"))
        #expect(!occurs("the line ends with read als"))
        let shared = BytePatterns(["read more", "read also", "#"].map { Array($0.utf8) })
        let occursShared = { (line: String) in Array(line.utf8).withUnsafeBufferPointer { shared.anyOccurs(in: $0) } }
        #expect(occursShared("to read also: the report"))
        #expect(occursShared("trending #"))
        #expect(!occursShared("readers read al"))
        let short = BytePatterns(["abc", "xy"].map { Array($0.utf8) })
        let occursShort = { (line: String) in Array(line.utf8).withUnsafeBufferPointer { short.anyOccurs(in: $0) } }
        #expect(occursShort("ends in abc"))
        #expect(occursShort("xy"))
        #expect(!occursShort("ab ac bc x y"))
    }

    /// The longer patterns are looked for from every few positions only: on lines and patterns
    /// of a small alphabet (many near misses), every occurrence is found as a plain search finds it.
    @Test func findsWhatAPlainSearchFinds() {
        func plainSearch(_ patterns: [[UInt8]], _ line: [UInt8]) -> Bool {
            patterns.contains { pattern in
                !pattern.isEmpty && pattern.count <= line.count
                    && (0...(line.count - pattern.count)).contains { Array(line[$0..<($0 + pattern.count)]) == pattern }
            }
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("ab ".utf8) + [0xC2, 0xA9]
        func text(_ length: Int) -> [UInt8] { (0..<length).map { _ in alphabet.randomElement(using: &generator)! } }
        for _ in 0..<300 {
            let patterns = (0..<Int.random(in: 1...4, using: &generator)).map { _ in text(Int.random(in: 2...7, using: &generator)) }
            let bytePatterns = BytePatterns(patterns)
            for _ in 0..<20 {
                let line = text(Int.random(in: 0...40, using: &generator))
                #expect(line.withUnsafeBufferPointer { bytePatterns.anyOccurs(in: $0) } == plainSearch(patterns, line), "\(patterns) \(line)")
            }
        }
    }

    @Test func anEmptyPatternStartsEveryLineAndOccursInNone() {
        let empty = BytePatterns([[]])
        #expect(Array("x".utf8).withUnsafeBufferPointer { empty.anyIsPrefix(of: $0) })
        #expect(!Array("x".utf8).withUnsafeBufferPointer { empty.anyOccurs(in: $0) })
        #expect(!Array("x".utf8).withUnsafeBufferPointer { BytePatterns([]).anyOccurs(in: $0) })
    }
}
