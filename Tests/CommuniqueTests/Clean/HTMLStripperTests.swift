import Testing
@testable import CommuniqueText
@testable import CommuniqueStages

@Suite struct HTMLStripperTests {
    func strip(_ text: String) -> String {
        String(decoding: HTMLStripper.strip(Array(text.utf8)), as: UTF8.self)
    }

    @Test func leavesTextWithoutMarkupAlone() {
        #expect(strip("Trade grew 5% in 2023.") == "Trade grew 5% in 2023.")
        #expect(strip("") == "")
    }

    @Test func replacesTagsAndEntitiesAndKeepsStrayMarks() {
        #expect(strip("<p>One</p><b>two</b> &amp; three") == "\nOne\n two  & three")
        #expect(strip("a < b && c &unknown; d") == "a < b && c &unknown; d")
        #expect(strip("x<br>y<script>var a = '<p>';</script>z") == "x\ny z")
    }
}
