import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages

@Suite struct ArticleCleanerTests {
    let cleaner = ArticleCleaner(rules: TestSupport.knowledge.boilerplate, languages: TestSupport.knowledge.lexicon.languages, values: TestSupport.knowledge.lexicon.values)

    @Test func removesPageFurnitureAndKeepsHeadlineAndBody() {
        let text = """
            World
            Tokayev and Xi sign a package of documents in Astana

            <div class="ad"><a href="/x">Subscribe</a></div>
            Kazakh President Kassym-Jomart Tokayev received Chinese President Xi Jinping in Astana on Tuesday.
            Read also: Ten facts about the Silk Road
            The two leaders signed a joint statement.
            KazakhstanChinaTokayevXiJinping
            Reklam yükleniyor...
            Comments you share on our site are a valuable resource for other users.
            шаблоны для сайта 11.2
            Aigerim Sultanova
            """
        let clean = cleaner.clean(text)
        #expect(clean.title == "Tokayev and Xi sign a package of documents in Astana")
        let sentences = clean.sentences.map(\.text)
        #expect(sentences.contains("Kazakh President Kassym-Jomart Tokayev received Chinese President Xi Jinping in Astana on Tuesday."))
        #expect(sentences.contains("The two leaders signed a joint statement."))
        for debris in ["Read also", "KazakhstanChina", "Reklam", "Comments you share", "шаблоны", "Aigerim Sultanova", "<div", "href"] {
            #expect(!sentences.contains { $0.contains(debris) }, "\(debris) should be removed")
        }
        #expect(clean.language == "en")
    }

    /// A short line without a full stop heads the story; a lead paragraph that opens a page excerpt does not.
    @Test func aHeadlineIsShortAndHasNoFullStop() {
        let headed = cleaner.clean("Leaders meet in the capital\n\nThe two presidents met on Monday and signed an agreement on trade.")
        #expect(headed.titleParagraph == 0)
        let lead = cleaner.clean("The two presidents met on Monday and signed an agreement on trade.\n\nThey also discussed the situation in the region.")
        #expect(lead.titleParagraph == -1)
        #expect(lead.title == "The two presidents met on Monday and signed an agreement on trade.")
    }

    @Test func joinsTheLinesOfAHardWrappedText() {
        let text = """
            By Jane Roe and John Doe
            ASTANA, March 8 Kazakhstan and Uzbekistan signed a package of
            agreements on Monday at the start of a visit to Astana by
            Uzbek President Shavkat Mirziyoyev aimed at deepening the
            ties of the two neighbours.
            Heading a large delegation of business leaders and
            ministers, Mirziyoyev will spend two days in Astana before
            flying to Almaty on Wednesday.
            """
        let clean = cleaner.clean(text)
        #expect(clean.sentences.map(\.text) == [
            "By Jane Roe and John Doe",
            "ASTANA, March 8 Kazakhstan and Uzbekistan signed a package of agreements on Monday at the start of a visit to Astana by Uzbek President Shavkat Mirziyoyev aimed at deepening the ties of the two neighbours.",
            "Heading a large delegation of business leaders and ministers, Mirziyoyev will spend two days in Astana before flying to Almaty on Wednesday.",
        ])
    }

    /// In a text of one paragraph a line, a stray line break after a word no sentence ends with
    /// ("of") is no sentence break; a line that ends otherwise, or a Title Case "Of", stays a line.
    @Test func aLineThatEndsWithAnOpenWordGoesOnInTheNextLine() {
        let text = """
            Leaders Agree On A Programme Of
            Cooperation

            During the visit, Kazakhstan and Uzbekistan signed five memoranda of
            understanding in a bid to boost cooperation between the two countries.
            The talks were held in Astana on Monday
            The two presidents then visited a factory.
            """
        let clean = cleaner.clean(text)
        #expect(clean.sentences.map(\.text) == [
            "Leaders Agree On A Programme Of",
            "Cooperation",
            "During the visit, Kazakhstan and Uzbekistan signed five memoranda of understanding in a bid to boost cooperation between the two countries.",
            "The talks were held in Astana on Monday",
            "The two presidents then visited a factory.",
        ])
    }

    @Test func aBulletedLineOfAHardWrappedTextStartsAnItemOfItsOwn() {
        let text = """
            ASTANA, March 8 Kazakhstan and Uzbekistan will sign a package of
            agreements on Monday at the start of a visit to Astana by
            Uzbek President Shavkat Mirziyoyev aimed at deepening the
            ties of the two neighbours. It is expected that the following
            agreements will be signed during the visit:
            * Treaty of Friendship and Partnership between the Government of
            Kazakhstan and the Government of Uzbekistan
            * Agreement on Co-operation in the Exploration and Use of Outer
            Space for Peaceful Purposes
            """
        let clean = cleaner.clean(text)
        #expect(Array(clean.sentences.map(\.text).suffix(2)) == [
            "* Treaty of Friendship and Partnership between the Government of Kazakhstan and the Government of Uzbekistan",
            "* Agreement on Co-operation in the Exploration and Use of Outer Space for Peaceful Purposes",
        ])
    }

    @Test func keepsTheLinesOfAPageOfOneParagraphALine() {
        let text = "Leaders meet in the capital\nThe two presidents met on Monday in the capital.\nThey signed an agreement on trade and energy.\nThe talks lasted three hours in a narrow format.\nA business forum followed the talks on Tuesday.\nTrade grew by a fifth in the past year, officials said.\nThe next meeting will take place in the autumn."
        let clean = cleaner.clean(text)
        #expect(clean.sentences.count == 7)
        #expect(clean.titleParagraph == 0)
    }

    @Test func findsADatelineAndRemovesIt() {
        let clean = cleaner.clean("Putin in Central Asia\n\n7-03-2017, 09:07\n\nOn Feb. 26-28, Russian President Vladimir Putin visited Kazakhstan and Tajikistan.")
        #expect(clean.dateline == PartialDate(year: 2017, month: 3, day: 7))
        #expect(!clean.sentences.contains { $0.text.contains("09:07") })
    }

    @Test func cutsAnISODateStampThatOpensTheFirstLine() {
        let clean = cleaner.clean(" date 2023-08-24 In January-July of this year, trade between Kazakhstan and Uzbekistan reached USD 623.2 million.")
        #expect(clean.dateline == PartialDate(year: 2023, month: 8, day: 24))
        #expect(clean.sentences.first?.text.hasPrefix("In January-July of this year") == true)
        #expect(clean.datelineText == "date 2023-08-24 ")
    }

    @Test func cutsADatelineHeadWithoutAYearButTakesNoDateFromIt() {
        let clean = cleaner.clean("Leaders meet in the capital\n\nASTANA, Kazakhstan, Mar 4, (Agency): The president of Kazakhstan received the president of Uzbekistan on Tuesday.")
        #expect(clean.dateline == nil)
        #expect(clean.sentences.contains { $0.text.hasPrefix("The president of Kazakhstan received") })
        #expect(!clean.sentences.contains { $0.text.contains("Mar 4") })
        #expect(clean.sentences.contains { $0.text.hasPrefix("ASTANA, Kazakhstan") })
    }

    @Test func detectsOtherLanguages() {
        #expect(cleaner.clean("Путин посетил Бишкек. Это был государственный визит, и он встретился с президентом в столице.").language == "ru")
        #expect(cleaner.clean("Der Präsident ist nicht in der Stadt und die Gespräche mit dem Minister sind für die Woche geplant.").language == "de")
        #expect(cleaner.clean("12 34 56 78").language == "und")
    }

    @Test func decodesEntitiesAndDropsScripts() {
        let clean = cleaner.clean("<html><script>var trade = '$5 billion';</script><p>Trade reached $5&nbsp;billion &amp; grew, officials said in the capital of the country.</p></html>")
        #expect(clean.sentences.map(\.text) == ["Trade reached $5 billion & grew, officials said in the capital of the country."])
    }

    /// Runs a line check over the bytes of `line`, as the cleaner does over a line of its text.
    func check(_ line: String, _ test: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) -> Bool {
        Array(line.utf8).withUnsafeBufferPointer { test($0[...]) }
    }

    @Test func tellsLinesInAnotherScript() {
        #expect(check("шаблоны для сайта 11.2", ArticleCleaner.isMostlyNonLatin))
        #expect(check("新闻报道 Xi", ArticleCleaner.isMostlyNonLatin))
        #expect(!check("Türkiye and Écija, Кремль", ArticleCleaner.isMostlyNonLatin))
        #expect(!check("Putin visited Astana.", ArticleCleaner.isMostlyNonLatin))
    }

    @Test func tellsTagClouds() {
        #expect(check("KazakhstanChinaTokayevXiJinping", ArticleCleaner.isTagCloud))
        #expect(check("McDonald and DeGaulle met in LaPaz", ArticleCleaner.isTagCloud))
        #expect(!check("Tokayev and Xi met in Astana", ArticleCleaner.isTagCloud))
        #expect(!check("The President of the RoK will visit Astana. The RoK and Kazakhstan will sign several documents, and the RoK side "
                       + "will bring a large business delegation to the forum, where companies of both countries will meet.", ArticleCleaner.isTagCloud))
    }

    /// The line tests count in runs of 255 bytes; their counts are those of a byte-by-byte reading
    /// for every length, every kind of byte and any case change across the edge of a run.
    @Test func lineTestsCountAsByteByByte() {
        func changes(_ bytes: [UInt8]) -> Int {
            bytes.indices.dropFirst().filter { bytes[$0] &- 0x41 < 26 && bytes[$0 - 1] &- 0x61 < 26 }.count
        }
        func mostlyNonLatin(_ bytes: [UInt8]) -> Bool {
            let ascii = bytes.filter { ($0 | 0x20) &- 0x61 < 26 }.count
            let other = bytes.filter { $0 &- 0xD0 < 0x10 || $0 &- 0xE3 < 0x0B }.count
            return bytes.contains { $0 >= 0x80 } && other > ascii
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("aZbYzA@[`{ .".utf8) + [0x80, 0xC0, 0xCF, 0xD0, 0xDF, 0xE0, 0xE2, 0xE3, 0xED, 0xEE, 0xFF, 0x00, 0x7F]
        for length in Array(0..<40) + Array(stride(from: 240, to: 700, by: 23)) {
            for _ in 0..<(length < 40 ? 200 : 20) {
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                let tagCloud = changes(bytes) >= 3 && changes(bytes) * ArticleCleaner.tagCloudBytesPerChange >= bytes.count
                bytes.withUnsafeBufferPointer { line in
                    #expect(ArticleCleaner.isTagCloud(line[...]) == tagCloud, "\(bytes)")
                    #expect(ArticleCleaner.isMostlyNonLatin(line[...]) == mostlyNonLatin(bytes), "\(bytes)")
                }
            }
        }
        let mixed = Array("abcdefgHabcdefgHabcdefgH".utf8)
        #expect(changes(mixed) == 3)
        #expect(check(String(decoding: mixed, as: UTF8.self), ArticleCleaner.isTagCloud))
        // A change every other byte: the count of each run is added up before a byte overflows.
        let dense = Array(repeating: Array("aBcDeFgH".utf8), count: 100).flatMap { $0 }
        #expect(changes(dense) == 400)
        #expect(check(String(decoding: dense, as: UTF8.self), ArticleCleaner.isTagCloud))
        let cyrillic = Array(String(repeating: "д", count: 400).utf8)
        #expect(check(String(decoding: cyrillic, as: UTF8.self), ArticleCleaner.isMostlyNonLatin))
        #expect(!check(String(repeating: "д", count: 300) + String(repeating: "ab", count: 151), ArticleCleaner.isMostlyNonLatin))
        #expect(check(String(repeating: "д", count: 300) + String(repeating: "ab", count: 149), ArticleCleaner.isMostlyNonLatin))
    }

    @Test func foldsOnlyASCIICapitals() {
        #expect(ArticleCleaner.folded(Array("AZaz@[ÉÖ".utf8)) == Array("azaz@[ÉÖ".utf8))
    }
}
