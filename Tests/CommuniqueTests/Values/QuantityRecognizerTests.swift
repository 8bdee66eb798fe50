import Testing
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueStages



private func q(_ v: Double?, _ unit: QuantityUnit = .number, upper: Double? = nil, qual: ValueQualifier? = nil,
               vague: VagueAmount? = nil, dir: ChangeDirection? = nil, change: Bool = false) -> ExpectedQuantity {
    ExpectedQuantity(value: v, upper: upper, unit: unit, qualifier: qual, vague: vague, direction: dir, isChange: change)
}

private let usd = QuantityUnit.currency("USD")

extension ValuesTests {
    @Suite("QuantityRecognizer")
    struct QuantityRecognizerTests {
        static let numbersCases: [QuantityCase] = [
            QuantityCase("1,800 companies took part", q(1800)),
            QuantityCase("trade reached 4.1", q(4.1)),
            QuantityCase("a share of 81.2", q(81.2)),
            QuantityCase("1\u{2009}800 companies", q(1800)),
            QuantityCase("1\u{00A0}800 companies", q(1800)),
            QuantityCase("1\u{202F}800 companies", q(1800)),
            QuantityCase("1 800 companies", q(1800)),
            QuantityCase("12 000 000 tonnes", q(12_000_000)),
            QuantityCase("70 rectors arrived", q(70)),
            QuantityCase("signed 18 official documents", q(18)),
            QuantityCase("twenty agreements", q(20)),
            QuantityCase("one agreement", q(1)),
            QuantityCase("twelve deals", q(12)),
            QuantityCase("thirty firms", q(30)),
            QuantityCase("ninety firms", q(90)),
            QuantityCase("twenty-five firms", q(25)),
            QuantityCase("twenty one agreements", q(21)),
            QuantityCase("a hundred guests", q(100)),
            QuantityCase("a dozen ministers", q(12)),
            QuantityCase("two thousand visitors", q(2000)),
            QuantityCase("70-80 people", q(70, upper: 80)),
            QuantityCase("70\u{2013}80 people", q(70, upper: 80)),
            QuantityCase("100-1000 people", q(100, upper: 1000)),
            QuantityCase("a 500-strong delegation", q(500)),
            QuantityCase("in 123 countries", q(123)),
            QuantityCase("dle 11.2", q(11.2)),
            QuantityCase("one of the largest"),
        ]

        static let moneyCases: [QuantityCase] = [
            QuantityCase("$1.2 billion", q(1.2e9, usd)),
            QuantityCase("US$5 billion", q(5e9, usd)),
            QuantityCase("2,77 billion US dollars", q(2.77e9, usd)),
            QuantityCase("1,5 billion", q(1.5e9)),
            QuantityCase("$5.103.6 billion", q(5.1036e12, usd)),
            QuantityCase("U.S. $5 billion", q(5e9, usd)),
            QuantityCase("$171 million", q(1.71e8, usd)),
            QuantityCase("$1.9bn", q(1.9e9, usd)),
            QuantityCase("$300m", q(3e8, usd)),
            QuantityCase("USD 300 mln", q(3e8, usd)),
            QuantityCase("300 mln USD", q(3e8, usd)),
            QuantityCase("USD946 million", q(9.46e8, usd)),
            QuantityCase("12 billion CUC", q(1.2e10, .currency("CUC"))),
            QuantityCase("the A320 jets"),
            QuantityCase("2 trillion roubles", q(2e12, .currency("RUB"))),
            QuantityCase("5 tln rubles", q(5e12, .currency("RUB"))),
            QuantityCase("3 bln euros", q(3e9, .currency("EUR"))),
            QuantityCase("RM105.2bil", q(105.2e9, .currency("MYR"))),
            QuantityCase("RM5mil", q(5e6, .currency("MYR"))),
            QuantityCase("10k dollars", q(1e4, usd)),
            QuantityCase("5 thousand dollars", q(5e3, usd)),
            QuantityCase("1 billion 800 million US dollars", q(1.8e9, usd)),
            QuantityCase("over $1.4 billion", q(1.4e9, usd, qual: .over)),
            QuantityCase("$3-4 billion", q(3e9, usd, upper: 4e9)),
            QuantityCase("$3\u{2013}4 billion", q(3e9, usd, upper: 4e9)),
            QuantityCase("3 to 4 billion dollars", q(3e9, usd, upper: 4e9)),
            QuantityCase("$3 billion to $4 billion", q(3e9, usd, upper: 4e9)),
            QuantityCase("500 US dollars", q(500, usd)),
            QuantityCase("500 dollars", q(500, usd)),
            QuantityCase("€200 million", q(2e8, .currency("EUR"))),
            QuantityCase("EUR 15 million", q(1.5e7, .currency("EUR"))),
            QuantityCase("40 billion yuan", q(4e10, .currency("CNY"))),
            QuantityCase("CNY 7 billion", q(7e9, .currency("CNY"))),
            QuantityCase("2 billion renminbi", q(2e9, .currency("CNY"))),
            QuantityCase("100 million soms", q(1e8, .currency("KGS"))),
            QuantityCase("9 billion som", q(9e9, .currency("KGS"))),
            QuantityCase("12 billion tenge", q(1.2e10, .currency("KZT"))),
            QuantityCase("50 million somoni", q(5e7, .currency("TJS"))),
            QuantityCase("80 billion Uzbek sum", q(8e10, .currency("UZS"))),
            QuantityCase("80 billion soums", q(8e10, .currency("UZS"))),
            QuantityCase("80 billion Tajik sum", q(8e10)),
            // "dollars" and "pesos" name another currency right after its nationality.
            QuantityCase("26.9 billion NZ dollars", q(2.69e10, .currency("NZD"))),
            QuantityCase("3 million Australian dollars", q(3e6, .currency("AUD"))),
            QuantityCase("40 million Mexican pesos", q(4e7, .currency("MXN"))),
            QuantityCase("40 million pesos", q(4e7, .currency("PHP"))),
            // A name several currencies share names each after its own nationality, and none alone.
            QuantityCase("609 million Jordanian dinars", q(6.09e8, .currency("JOD"))),
            QuantityCase("2 trillion Iraqi dinars", q(2e12, .currency("IQD"))),
            QuantityCase("5 million Kuwaiti dinars", q(5e6, .currency("KWD"))),
            QuantityCase("549 million dinars", q(5.49e8)),
            QuantityCase("12 billion Egyptian pounds", q(1.2e10, .currency("EGP"))),
            QuantityCase("10 billion US dollars", q(1e10, usd)),
            QuantityCase("1.2 bln. dollars", q(1.2e9, usd)),
            QuantityCase("the sum of 5 agreements", q(5)),
            QuantityCase("£3 million", q(3e6, .currency("GBP"))),
            QuantityCase("3 million pounds", q(3e6, .currency("GBP"))),
            QuantityCase("¥500 billion", q(5e11, .currency("JPY"))),
            QuantityCase("500 billion yen", q(5e11, .currency("JPY"))),
            QuantityCase("20 billion rupees", q(2e10, .currency("INR"))),
            QuantityCase("1 billion lira", q(1e9, .currency("TRY"))),
            QuantityCase("RUB 40 bn", q(4e10, .currency("RUB"))),
            QuantityCase("KZT 5 bln", q(5e9, .currency("KZT"))),
            QuantityCase("2.5 trillion Russian roubles", q(2.5e12, .currency("RUB"))),
            // A decimal times a large scale is the whole amount written, not the nearest double
            // of the product (65879999999999.984); "N" glued to the digits is the naira's sign.
            QuantityCase("N65.88 trillion", q(65_880_000_000_000, .currency("NGN"))),
            QuantityCase("₦530.51 billion", q(530_510_000_000, .currency("NGN"))),
            QuantityCase("80 million pounds sterling", q(8e7, .currency("GBP"))),
            // Signs glued to the number or one space before it, as the lexicon spells them.
            QuantityCase("RM12.5 billion", q(1.25e10, .currency("MYR"))),
            QuantityCase("Sh337.4 billion", q(3.374e11, .currency("KES"))),
            QuantityCase("KSh 10 billion", q(1e10, .currency("KES"))),
            QuantityCase("R14 billion", q(1.4e10, .currency("ZAR"))),
            QuantityCase("SR2.3 billion", q(2.3e9, .currency("SAR"))),
            QuantityCase("P804 billion", q(8.04e11, .currency("PHP"))),
            QuantityCase("Dh2.75 trillion", q(2.75e12, .currency("AED"))),
            QuantityCase("Rs 3,400 crore", q(3.4e10, .currency("INR"))),
            QuantityCase("Rs. 70 lakh", q(7e6, .currency("INR"))),
            // A plural scale word right after the number scales it.
            QuantityCase("$2,812 millions", q(2.812e9, usd)),
            // A scale word joined by a hyphen, as an adjective ("a $100-million credit line").
            QuantityCase("a $100-million credit line", q(1e8, usd)),
            QuantityCase("45 thousands visitors", q(4.5e4)),
            QuantityCase("A$7bn", q(7e9, .currency("AUD"))),
            QuantityCase("S$450 million", q(4.5e8, .currency("SGD"))),
            QuantityCase("HK$9.9 billion", q(9.9e9, .currency("HKD"))),
            QuantityCase("€6bn", q(6e9, .currency("EUR"))),
            QuantityCase("£2.4bn", q(2.4e9, .currency("GBP"))),
            QuantityCase("R$ 15 billion", q(1.5e10, .currency("BRL"))),
            QuantityCase("US $8 million", q(8e6, usd)),
            QuantityCase("HK$2 billion to HK$3 billion", q(2e9, .currency("HKD"), upper: 3e9)),
            // A sign glued to a word before it is part of that word.
            QuantityCase("XYZ$40", q(40)),
            QuantityCase("sum of 5 million", q(5e6)),
        ]

        static let wordsCases: [QuantityCase] = [
            QuantityCase("dozens of companies", q(nil, vague: .dozens)),
            QuantityCase("hundreds of students", q(nil, vague: .hundreds)),
            QuantityCase("several agreements", q(nil, vague: .several)),
            QuantityCase("tens of thousands of tourists", q(nil, vague: .tens_of_thousands)),
            QuantityCase("thousands of jobs", q(nil, vague: .thousands)),
            QuantityCase("millions of dollars", q(nil, usd, vague: .millions)),
            QuantityCase("numerous projects", q(nil, vague: .numerous)),
            QuantityCase("many projects", q(nil, vague: .many)),
            QuantityCase("how many projects"),
            // "pc", as Pakistani and British papers write percent.
            QuantityCase("62pc of exports", q(62, .percent)),
            QuantityCase("a third of exports", q(33.33, .percent)),
            QuantityCase("one-third of exports", q(33.33, .percent)),
            QuantityCase("one third of exports", q(33.33, .percent)),
            QuantityCase("two-thirds of imports", q(66.67, .percent)),
            QuantityCase("two thirds of imports", q(66.67, .percent)),
            QuantityCase("half of the trade", q(50, .percent)),
            QuantityCase("a quarter of trade", q(25, .percent)),
            QuantityCase("three quarters of trade", q(75, .percent)),
            QuantityCase("three-quarters of trade", q(75, .percent)),
            QuantityCase("a third country"),
            QuantityCase("the first half of 2024"),
            QuantityCase("2.5 times", q(2.5, .times)),
            QuantityCase("three times", q(3, .times)),
            QuantityCase("trade doubled", q(2, .times, dir: .up, change: true)),
            QuantityCase("exports tripled", q(3, .times, dir: .up, change: true)),
            QuantityCase("a twofold increase", q(2, .times)),
            QuantityCase("a threefold rise", q(3, .times)),
            QuantityCase("a 2-fold rise", q(2, .times)),
            QuantityCase("more than doubled", q(2, .times, qual: .over, dir: .up, change: true)),
            QuantityCase("increased 2.5 times", q(2.5, .times, dir: .up, change: true)),
        ]

        static let percentagesCases: [QuantityCase] = [
            QuantityCase("13.6%", q(13.6, .percent)),
            QuantityCase("17 percent", q(17, .percent)),
            QuantityCase("17 per cent", q(17, .percent)),
            QuantityCase("nearly 97%", q(97, .percent, qual: .nearly)),
            QuantityCase("by 13%", q(13, .percent, change: true)),
            QuantityCase("2 percentage points", q(2, .percentagePoints)),
            QuantityCase("0.5 pp", q(0.5, .percentagePoints)),
            QuantityCase("13.6 %", q(13.6, .percent)),
            QuantityCase("5-7%", q(5, .percent, upper: 7)),
        ]

        static let qualifiersCases: [QuantityCase] = [
            QuantityCase("almost 500 people", q(500, qual: .nearly)),
            QuantityCase("close to 500 people", q(500, qual: .nearly)),
            QuantityCase("just under 500 people", q(500, qual: .nearly)),
            QuantityCase("about 500 people", q(500, qual: .about)),
            QuantityCase("around $2 billion", q(2e9, usd, qual: .about)),
            QuantityCase("approximately 40 firms", q(40, qual: .about)),
            QuantityCase("roughly 40 firms", q(40, qual: .about)),
            QuantityCase("some 40 firms", q(40, qual: .about)),
            QuantityCase("an estimated $3 billion", q(3e9, usd, qual: .about)),
            QuantityCase("more than 100 agreements", q(100, qual: .over)),
            QuantityCase("exceeding $1 billion", q(1e9, usd, qual: .over)),
            QuantityCase("above 5%", q(5, .percent, qual: .over)),
            QuantityCase("in excess of $10 million", q(1e7, usd, qual: .over)),
            QuantityCase("upwards of 300 delegates", q(300, qual: .over)),
            QuantityCase("up to 300 delegates", q(300, qual: .upTo)),
            QuantityCase("at least 20 deals", q(20, qual: .atLeast)),
            QuantityCase("no less than 20 deals", q(20, qual: .atLeast)),
            QuantityCase("not less than 20 deals", q(20, qual: .atLeast)),
            QuantityCase("a record $4.1 billion", q(4.1e9, usd, qual: .record)),
            QuantityCase("the record high of $4.1 billion", q(4.1e9, usd, qual: .record)),
            QuantityCase("approached $2 billion", q(2e9, usd, qual: .nearly)),
            QuantityCase("is likely to reach US$16.2 billion", q(16.2e9, usd, qual: .forecast)),
            QuantityCase("expected to exceed $2 billion", q(2e9, usd, qual: .forecast)),
            QuantityCase("nearing 500 people", q(500, qual: .nearly)),
            QuantityCase("surpass $3 billion", q(3e9, usd, qual: .over)),
            QuantityCase("a record high - $3 billion", q(3e9, usd, qual: .record)),
            QuantityCase("a record high: $3 billion", q(3e9, usd, qual: .record)),
            QuantityCase("record 4 million tonnes", q(4e6, qual: .record)),
            QuantityCase("an all-time high of $5 billion", q(5e9, usd, qual: .record)),
        ]

        static let changesCases: [QuantityCase] = [
            QuantityCase("fell by 13%", q(13, .percent, dir: .down, change: true)),
            QuantityCase("a 9.4% year-on-year decrease", q(9.4, .percent, dir: .down, change: true)),
            QuantityCase("the 15% growth in trade", q(15, .percent, dir: .up, change: true)),
            QuantityCase("registered 11% increase", q(11, .percent, dir: .up, change: true)),
            QuantityCase("a 10% annual increase", q(10, .percent, dir: .up, change: true)),
            QuantityCase("a 35-percent increase", q(35, .percent, dir: .up, change: true)),
            QuantityCase("a 5% share of exports rose", q(5, .percent)),
            QuantityCase("growing by 13.6%", q(13.6, .percent, dir: .up, change: true)),
            QuantityCase("increased a further 17%", q(17, .percent, dir: .up, change: true)),
            QuantityCase("rose 5%", q(5, .percent, dir: .up, change: true)),
            QuantityCase("a 12 per cent rise in imports", q(12, .percent, dir: .up, change: true)),
            QuantityCase("an 8% decline in exports", q(8, .percent, dir: .down, change: true)),
            QuantityCase("a nearly 30% jump", q(30, .percent, qual: .nearly, dir: .up, change: true)),
            QuantityCase("12 per cent growth came from imports", q(12, .percent)),
            QuantityCase("35 percent higher than a year ago", q(35, .percent, dir: .up, change: true)),
            QuantityCase("8% lower than in 2021", q(8, .percent, dir: .down, change: true)),
            QuantityCase("growth rates reaching 13%", q(13, .percent, dir: .up, change: true)),
            QuantityCase("a growth rate of 5 percent", q(5, .percent, dir: .up, change: true)),
            QuantityCase("the interest rate of 5 percent", q(5, .percent)),
            QuantityCase("the turnover growth was 23 percent", q(23, .percent, dir: .up, change: true)),
            QuantityCase("the decline stood at 4%", q(4, .percent, dir: .down, change: true)),
            QuantityCase("the share was 23 percent", q(23, .percent)),
            QuantityCase("dropped to $1.2 billion", q(1.2e9, usd, dir: .down)),
            QuantityCase("reached $4.1 billion", q(4.1e9, usd)),
            QuantityCase("totaling $2 billion", q(2e9, usd)),
            QuantityCase("decreased by 3 percent", q(3, .percent, dir: .down, change: true)),
            QuantityCase("declined 2%", q(2, .percent, dir: .down, change: true)),
            QuantityCase("shrank 4%", q(4, .percent, dir: .down, change: true)),
            QuantityCase("contracted by 1.5%", q(1.5, .percent, dir: .down, change: true)),
            QuantityCase("slumped 20%", q(20, .percent, dir: .down, change: true)),
            QuantityCase("lost 7%", q(7, .percent, dir: .down, change: true)),
            QuantityCase("down 3%", q(3, .percent, dir: .down, change: true)),
            QuantityCase("grew 9%", q(9, .percent, dir: .up, change: true)),
            QuantityCase("jumped 40%", q(40, .percent, dir: .up, change: true)),
            QuantityCase("climbed 6%", q(6, .percent, dir: .up, change: true)),
            QuantityCase("surged 60%", q(60, .percent, dir: .up, change: true)),
            QuantityCase("expanded by 8%", q(8, .percent, dir: .up, change: true)),
            QuantityCase("gained 2 percentage points", q(2, .percentagePoints, dir: .up, change: true)),
            QuantityCase("up 12%", q(12, .percent, dir: .up, change: true)),
            QuantityCase("rose to $5 billion", q(5e9, usd, dir: .up)),
            QuantityCase("grew by nearly 13%", q(13, .percent, qual: .nearly, dir: .up, change: true)),
            QuantityCase("a further 17%", q(17, .percent, change: true)),
            QuantityCase("rose 5% to $2 billion", q(5, .percent, dir: .up, change: true), q(2e9, usd, dir: .up)),
            QuantityCase("rose from $1 billion to $2 billion", q(1e9, usd, dir: .up), q(2e9, usd, dir: .up)),
            QuantityCase("an increase of 13%", q(13, .percent, dir: .up, change: true)),
            QuantityCase("fell to over $1 billion", q(1e9, usd, qual: .over, dir: .down)),
        ]

        static let negativesCases: [QuantityCase] = [
            QuantityCase("in 2016"), QuantityCase("2023"), QuantityCase("since 1991"),
            QuantityCase("+7 (495) 123-45-67"), QuantityCase("8-800-555-35-35"),
            QuantityCase("CSTO-2"), QuantityCase("Su-35"), QuantityCase("S-400"), QuantityCase("G20"),
            QuantityCase("COVID-19"), QuantityCase("F-16"), QuantityCase("v11.2"), QuantityCase("11.2.3"),
            QuantityCase("09:07"), QuantityCase("21.02.2024"), QuantityCase("7-03-2017"), QuantityCase("5/27/2024"),
            QuantityCase("2024-05-27 10:15"), QuantityCase("8th"), QuantityCase("10th"), QuantityCase("1st"),
            QuantityCase("February 28, 2017"), QuantityCase("28 February 2017"), QuantityCase("Feb. 26-28"),
            QuantityCase("26\u{2013}28 February"), QuantityCase("2016-2018"), QuantityCase("Q3 2024"),
            QuantityCase("the 1990s"), QuantityCase("at 10 a.m."), QuantityCase("at 7pm"), QuantityCase("in Hall No. 3"),
            QuantityCase("24/7"), QuantityCase("in 2016, 2017 and 2018"),
        ]

        static let mixedCases: [QuantityCase] = [
            QuantityCase("In 2016 trade grew by 13.6% to $1.2 billion.",
                         q(13.6, .percent, dir: .up, change: true), q(1.2e9, usd, dir: .up)),
            QuantityCase("The 2,000 delegates signed 18 documents worth $3 billion in 2017.",
                         q(2000), q(18), q(3e9, usd)),
            QuantityCase("2000 tonnes"), // a bare 1900...2100 number without a unit reads as a year
            QuantityCase("In 2019 millions of people", q(nil, vague: .millions)), // a year is never scaled
            QuantityCase("$2016 million", q(2.016e9, usd)),
            QuantityCase("2020%", q(2020, .percent)),
        ]

        func check(_ c: QuantityCase) {
            let found = QuantityRecognizer(lexicon: TestSupport.values).quantities(in: c.text)
            let ok = found.count == c.expected.count && zip(c.expected, found).allSatisfy { $0.matches($1) }
            #expect(ok, "\(c.text): got \(found.map { "\($0.value.map { "\($0)" } ?? "nil")..\($0.upper.map { "\($0)" } ?? "") \($0.unit) q=\($0.qualifier.map { "\($0)" } ?? "-") v=\($0.vague.map { "\($0)" } ?? "-") d=\($0.direction.map { "\($0)" } ?? "-") change=\($0.isChange)" }) expected \(c.expected)")
        }

        @Test(arguments: numbersCases) func numbers(_ c: QuantityCase) { check(c) }
        @Test(arguments: moneyCases) func money(_ c: QuantityCase) { check(c) }
        @Test(arguments: wordsCases) func words(_ c: QuantityCase) { check(c) }
        @Test(arguments: percentagesCases) func percentages(_ c: QuantityCase) { check(c) }
        @Test(arguments: qualifiersCases) func qualifiers(_ c: QuantityCase) { check(c) }
        @Test(arguments: changesCases) func changes(_ c: QuantityCase) { check(c) }
        @Test(arguments: negativesCases) func negatives(_ c: QuantityCase) { check(c) }
        @Test(arguments: mixedCases) func mixed(_ c: QuantityCase) { check(c) }

        @Test func rangesAreUTF8OffsetsIncludingQualifier() {
            let text = "Trade grew by nearly 13% – to “$1.2 billion”."
            let found = QuantityRecognizer(lexicon: TestSupport.values).quantities(in: text)
            let bytes = Array(text.utf8)
            #expect(found.count == 2)
            let spans = found.map { String(decoding: bytes[$0.range], as: UTF8.self) }
            #expect(spans == ["nearly 13%", "$1.2 billion"])
        }
    }
}

extension ValuesTests.QuantityRecognizerTests {
    @Test func aCommaBeforeOneOrTwoDigitsAndAScaleWordIsTheTextsDecimalComma() {
        let recognizer = QuantityRecognizer(lexicon: TestSupport.values)
        #expect(recognizer.writesDecimalComma([Sentence(text: "The deficit jumped to $585,76 million in the period.", index: 0, paragraph: 0)]))
        #expect(!recognizer.writesDecimalComma([Sentence(text: "Trade reached $1,858 billion, up 5,2 percent from 12,500 tonnes.", index: 0, paragraph: 0)]))
        let decimal = QuantityRecognizer(lexicon: TestSupport.values, decimalComma: true)
        #expect(decimal.quantities(in: "imports worth $1,858 billion").map(\.value) == [1.858e9])
        #expect(recognizer.quantities(in: "imports worth $1,858 billion").map(\.value) == [1.858e12])
    }
}
