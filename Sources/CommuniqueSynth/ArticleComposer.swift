/// Writes the text of one synthetic file from a seeded generator: templates of `Phrasebook`
/// filled with the names and dates of a `SynthStory`, plus the page furniture of real news sites.
package struct ArticleComposer {
    let world: SynthWorld
    var rng: SplitMix64
    var story: SynthStory
    /// Templates used in this file, so that commentary rarely repeats within one article.
    var used: Set<String> = []

    init(world: SynthWorld, rng: SplitMix64) {
        self.world = world
        self.rng = rng
        story = SynthStory(world: world, rng: &self.rng)
    }

    // MARK: Whole files

    /// A news article of about `target` bytes of UTF-8 (never much less; a paragraph more at most).
    mutating func englishArticle(target: Int, outlet: String) -> String {
        var text = ""
        text.reserveCapacity(target + 2048)
        let paragraphBreak = rng.chance(60) ? "\n\n" : "\n"
        let htmlParagraphs = rng.chance(10)
        func add(_ line: String, _ text: inout String) {
            text += line
            text += paragraphBreak
        }

        if rng.chance(30) { add(rng.pick(Phrasebook.sections), &text) }
        if rng.chance(8) { add(render(rng.pick(Phrasebook.html)), &text) }
        let headline = render(pickHeadline())
        add(headline, &text)
        if rng.chance(40) {
            add(story.date.adding(days: rng.int(0...2)).dateline(style: rng.below(5), hour: rng.int(6...23), minute: rng.int(0...59)), &text)
        }
        if rng.chance(15) { add(byline(), &text) }
        if rng.chance(20) { add(headline, &text) }  // the headline repeated above the body, as pages do

        var lead = render(pickLead())
        for _ in 0..<rng.int(1...3) { lead += " " + render(pickBodySentence()) }
        add(wrap(lead, html: htmlParagraphs), &text)

        var sinceStory = text.utf8.count
        while text.utf8.count < target {
            // Long files are chronicles: a new visit every few kilobytes.
            if sinceStory > 3500 + rng.below(3000), target - text.utf8.count > 2000 {
                story = SynthStory(world: world, rng: &rng)
                add(render(pickHeadline()), &text)
                add(wrap(render(pickLead()) + " " + render(pickBodySentence()), html: htmlParagraphs), &text)
                sinceStory = 0
                continue
            }
            let before = text.utf8.count
            switch rng.below(100) {
            case 0..<6: add(render(rng.pick(Phrasebook.html)), &text)
            case 6..<9: add(render(rng.pick(Phrasebook.readAlso)), &text)
            case 9..<12: add(rng.pick(Phrasebook.furniture), &text)
            default: add(wrap(paragraph(), html: htmlParagraphs), &text)
            }
            sinceStory += text.utf8.count - before
        }

        if rng.chance(40) { add(byline(), &text) }
        if rng.chance(25) { add(tagCloud(), &text) }
        if rng.chance(30) { add("Tags: " + tags().joined(separator: ", "), &text) }
        if rng.chance(40) { add(rng.pick(Phrasebook.comments), &text) }
        if rng.chance(20), !outlet.isEmpty { add("© \(story.date.year) \(outlet). All rights reserved.", &text) }
        if rng.chance(30) { text.removeLast(paragraphBreak.count) }  // no newline at the end of the file
        return text
    }

    /// A short article in Russian.
    mutating func russianArticle() -> String {
        var text = render(rng.pick(Phrasebook.russianHeadlines)) + "\n\n"
        for _ in 0..<rng.int(3...7) {
            var paragraph = render(rng.pick(Phrasebook.russianSentences))
            for _ in 0..<rng.int(0...3) { paragraph += " " + render(rng.pick(Phrasebook.russianSentences)) }
            text += paragraph + "\n\n"
        }
        if rng.chance(50) { text += rng.pick(Phrasebook.furniture) + "\n" }
        return text
    }

    // MARK: Pieces

    /// A template of `list` not used yet in this file, if a few draws find one.
    mutating func fresh(_ list: [String]) -> String {
        var template = rng.pick(list)
        for _ in 0..<4 where used.contains(template) { template = rng.pick(list) }
        if used.count > 400 { used.removeAll() }
        used.insert(template)
        return template
    }

    mutating func pickHeadline() -> String {
        story.hostLeader != nil && rng.chance(35) ? rng.pick(Phrasebook.hostHeadlines) : rng.pick(Phrasebook.headlines)
    }

    mutating func pickLead() -> String {
        if !story.tour.isEmpty { return rng.pick(Phrasebook.tourLeads) }
        if story.hostLeader != nil, rng.chance(60) { return rng.pick(Phrasebook.hostLeads) }
        return rng.pick(Phrasebook.leads)
    }

    mutating func pickBodySentence() -> String {
        let withHost = story.hostLeader != nil && rng.chance(30)
        switch rng.below(100) {
        case 0..<20: return withHost ? fresh(Phrasebook.hostFollowUps) : fresh(Phrasebook.visitFollowUps)
        case 20..<38: return withHost ? fresh(Phrasebook.hostAgreements) : fresh(Phrasebook.agreements)
        case 38..<56: return fresh(Phrasebook.trade)
        case 56..<64: return fresh(Phrasebook.delegations)
        case 64..<72: return withHost ? fresh(Phrasebook.hostQuotes) : fresh(Phrasebook.quotes)
        default: return fresh(Phrasebook.fillers)
        }
    }

    /// Two to five sentences: one with a fact most of the time, the rest commentary.
    mutating func paragraph() -> String {
        var sentences: [String] = []
        let count = rng.int(2...5)
        for _ in 0..<count {
            sentences.append(render(rng.chance(55) ? fresh(Phrasebook.fillers) : pickBodySentence()))
        }
        return sentences.joined(separator: rng.chance(5) ? "  " : " ")
    }

    mutating func wrap(_ paragraph: String, html: Bool) -> String {
        guard html else { return paragraph }
        return rng.chance(10) ? "<p>&nbsp;" + paragraph + "</p>" : "<p>" + paragraph + "</p>"
    }

    mutating func byline() -> String {
        rng.pick(Phrasebook.firstNames) + " " + rng.pick(Phrasebook.lastNames)
    }

    /// Headings glued together without spaces, as scraped tag clouds are.
    mutating func tagCloud() -> String {
        var parts = [story.visitorPlace.name, story.host.name, story.others[0].name]
        parts.append(story.visitor.title + " " + story.visitor.name)
        parts.append(story.visitor.name)
        parts.append(render(pickHeadline()))
        return parts.joined()
    }

    mutating func tags() -> [String] {
        [story.visitorPlace.name, story.host.name, story.visitor.name, story.topics[0], story.body.acronym]
    }

    mutating func dateRange() -> String {
        let start = story.date
        let end = story.endDate
        if start.month == end.month { return "\(start.monthName) \(start.day)-\(end.day)" }
        if rng.chance(50) { return "\(start.monthDay)-\(end.monthDay)" }
        return "\(start.abbreviated)-\(end.abbreviated)"
    }

    // MARK: Values

    /// Tenths as "1.2" or "4".
    static func decimal(_ tenths: Int) -> String {
        tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    /// 1800 as "1,800".
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    /// An amount of money in one of the ways outlets write it.
    mutating func money(big: Bool) -> String {
        let billions = big ? rng.chance(80) : rng.chance(30)
        let amount = billions ? Self.decimal(rng.chance(50) ? rng.int(11...99) : rng.int(1...40) * 10) : String(rng.int(12...950))
        let currency = rng.below(100)
        if currency < 60 {
            let long = billions ? "billion" : "million"
            switch rng.below(8) {
            case 0: return "USD \(amount) \(billions ? "bln" : "mln")"
            case 1: return "US$\(amount) \(long)"
            case 2: return "$\(amount)\(billions ? "bn" : "m")"
            case 3: return "\(amount) \(long) dollars"
            case 4: return "USD \(amount) \(long)"
            default: return "$\(amount) \(long)"
            }
        } else if currency < 75 {
            let long = billions ? "billion" : "million"
            switch rng.below(3) {
            case 0: return "€\(amount) \(long)"
            case 1: return "EUR \(amount) \(long)"
            default: return "\(amount) \(long) euros"
            }
        } else if currency < 92 {
            let scale = billions && rng.chance(20) ? "trillion" : "billion"
            let value = billions ? amount : String(rng.int(2...900))
            switch rng.below(3) {
            case 0: return "RUB \(value) \(scale)"
            case 1: return "\(value) \(scale) rubles"
            default: return "\(value) \(scale) roubles"
            }
        } else {
            let value = String(rng.int(2...90))
            return rng.chance(50) ? "CNY \(value) billion" : "\(value) billion yuan"
        }
    }

    mutating func percent() -> String {
        let value = Self.decimal(rng.chance(50) ? rng.int(1...60) * 10 : rng.int(5...450))
        switch rng.below(4) {
        case 0: return value + " percent"
        case 1: return value + " per cent"
        default: return value + "%"
        }
    }

    mutating func change() -> String {
        switch rng.below(5) {
        case 0: return "up \(percent()) year on year"
        case 1: return "a fall of \(percent())"
        case 2: return "an increase of \(percent()) compared with \(story.date.year - 1)"
        case 3: return "down \(percent())"
        default: return "growing by \(percent())"
        }
    }

    mutating func period() -> String {
        let year = story.date.year
        switch rng.below(9) {
        case 0, 1: return "last year"
        case 2: return "in \(year - 1)"
        case 3: return "in the first half of \(year)"
        case 4: return "in January-\(SynthDate.monthNames[max(story.date.month - 2, 1)]) \(year)"
        case 5: return "in the first nine months of this year"
        case 6: return "in the first quarter of \(year)"
        case 7: return "over the past \(rng.int(3...10)) years"
        default: return "in \(year - 2)-\(year - 1)"
        }
    }

    mutating func dateline() -> String {
        guard rng.chance(35) else { return "" }
        let place = rng.chance(80) ? story.host.capital : story.visitorPlace.capital
        let dash = rng.pick([" — ", " - ", " – ", ": "])
        return place.uppercased() + " (" + rng.pick(Phrasebook.agencies) + ")" + dash
    }

    mutating func other(_ index: Int) -> SynthWorld.Place {
        story.others[index % story.others.count]
    }

    /// The text of slot `key` for the current story.
    mutating func slot(_ key: Substring) -> String {
        let s = story
        switch key {
        case "A": return s.host.name
        case "AA": return s.host.adjective
        case "AC": return s.host.capital
        case "ACITY": return rng.pick(s.host.cities + [s.host.capital])
        case "B": return s.visitorPlace.name
        case "BA": return s.visitorPlace.adjective
        case "BC": return s.visitorPlace.capital
        case "V": return s.visitor.name
        case "VS": return rng.chance(75) ? s.visitor.surname : s.visitor.name
        case "VT": return s.visitor.title
        case "VTL": return s.visitor.title.lowercased()
        case "H": return s.hostLeader?.name ?? "the leadership of " + s.host.name
        case "HS": return s.hostLeader.map { rng.chance(75) ? $0.surname : $0.name } ?? "the " + s.host.adjective + " side"
        case "HT": return s.hostLeader?.title ?? ""
        case "TYPE": return s.visitType
        case "DATE": return rng.chance(80) ? s.date.monthDay : s.date.abbreviated
        case "FULLDATE": return rng.chance(50) ? s.date.american : s.date.british
        case "RANGE": return dateRange()
        case "TOUR":
            let names = s.tour.map(\.name)
            return names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
        case "Y": return String(s.date.year)
        case "Y3": return String(s.date.year + 3)
        case "Y5": return String(s.date.year + rng.int(2...7))
        case "PY": return String(s.date.year - 1)
        case "PY2": return String(s.date.year - rng.int(2...12))
        case "OLDY": return String(rng.pick([1991, 1992, 1993, 1995, 1997, 2000, 2001, 2005]))
        case "DECADE": return rng.pick(["1990s", "2000s"])
        case "TERMY": return String(SynthDate(days: s.visitor.firstDay).year)
        case "N": return String(rng.int(2...25))
        case "SMALL": return String(rng.int(2...5))
        case "NN": return String(rng.pick([rng.int(20...400), rng.int(20...90), rng.int(100...600)]))
        case "REGIONS": return String(rng.int(5...40))
        case "COUNT": return Self.grouped(rng.int(40...4000))
        case "ORD": return rng.pick(Phrasebook.ordinals)
        case "ORG": return s.body.name
        case "ORGA": return s.body.acronym
        case "OTHER": return other(0).name
        case "OTHER2": return other(1).name
        case "OCITY": return other(0).capital
        case "TOPIC": return s.topics[0]
        case "TOPIC2": return s.topics[1]
        case "TOPIC3": return s.topics[2]
        case "DOC": return rng.pick(Phrasebook.documents)
        case "MINISTRY": return rng.pick(Phrasebook.ministries)
        case "GOODS": return rng.pick(Phrasebook.goods)
        case "WHEN": return rng.chance(80) ? rng.pick(Phrasebook.whens) : "in \(s.date.adding(days: rng.int(40...300)).monthName)"
        case "FOLD": return rng.pick(Phrasebook.folds)
        case "MONEY": return money(big: false)
        case "MONEYB": return money(big: true)
        case "PCT": return percent()
        case "CHANGE": return change()
        case "PERIOD": return period()
        case "PERIODC":
            let text = period()
            return text.prefix(1).uppercased() + text.dropFirst()
        case "MOVED": return rng.pick(["rose", "fell", "grew", "increased", "decreased", "dropped", "jumped", "declined"])
        case "PHRASE_PURPOSE": return render(rng.pick(Phrasebook.purposes))
        case "DL": return dateline()
        case "RUC": return rng.pick(Phrasebook.russianCountries)
        case "RUCITY": return rng.pick(Phrasebook.russianCities)
        default: return "{" + String(key) + "}"
        }
    }

    /// `template` with every `{KEY}` replaced by its slot.
    mutating func render(_ template: String) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 64)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            out += rest[..<open]
            out += slot(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
