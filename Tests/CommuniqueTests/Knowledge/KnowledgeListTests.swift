import Foundation
import Testing
@testable import CommuniqueKnowledge

/// A list cell of the knowledge tables: items split at `;`, white space trimmed, empty items dropped.
@Suite struct KnowledgeListTests {
    @Test func itemsAreTrimmedAsFoundationTrimsThem() {
        let cells = ["Astana;Nur-Sultan", " Astana ; Nur-Sultan ", "\tÉcija;Türkiye\t", ";;", "São Tomé\u{00A0};\u{2009}Praia", "a; ;b"]
        for cell in cells {
            let expected = cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(KnowledgeLoader.list(cell) == expected)
        }
        #expect(KnowledgeLoader.list(" Astana ; Nur-Sultan ") == ["Astana", "Nur-Sultan"])
    }
}
