import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline

/// The extractors on articles written for the tests (Fixtures/articles), against hand-made gold
/// rows (Fixtures/gold) in the scorer's format: a gold row matches a row of the same article whose
/// evidence contains its key; visits match on visitor country, host and overlapping dates.
@Suite struct FixtureArticlesTests {
    static let folder = TestSupport.root + "/Tests/CommuniqueTests/Fixtures"

    static let report: RunReport = {
        let work = TestSupport.temporaryFolder("fixtures")
        let pipeline = TestSupport.pipeline(in: work, input: folder + "/articles", output: work + "/out",
                                            stages: TestSupport.stages(clean: ["min_words: 5"], extract: ["numeric_date_order: day_first"]))
        return try! TestSupport.process(pipeline, jobs: 2)
    }()

    nonisolated(unsafe) static let gold: [String: [String: Any]] = {
        var gold: [String: [String: Any]] = [:]
        for name in try! FileManager.default.contentsOfDirectory(atPath: folder + "/gold") where name.hasSuffix(".json") {
            let data = try! Data(contentsOf: URL(fileURLWithPath: folder + "/gold/" + name))
            let json = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
            gold[json["source_id"] as! String] = json
        }
        return gold
    }()

    struct Score: CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0, slotsOK = 0, slots = 0
        var misses: [String] = []
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var slotAccuracy: Double { slots == 0 ? 1 : Double(slotsOK) / Double(slots) }
        var description: String { "P \(precision) R \(recall) slots \(slotAccuracy) misses \(misses)" }
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
    }

    static func slotEqual(_ gold: Any, _ predicted: String) -> Bool {
        if let list = gold as? [Any] { return list.contains { slotEqual($0, predicted) } }
        if gold is NSNull { return true }
        if let number = gold as? NSNumber, !(gold is Bool) {
            guard let value = Double(predicted) else { return false }
            return abs(value - number.doubleValue) <= max(abs(number.doubleValue) * 0.005, 0.01)
        }
        let g = "\(gold)".lowercased()
        let p = predicted.lowercased()
        if g.contains(";") || p.contains(";") {
            return g.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
                == p.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
        }
        return g == p
    }

    static let meta: Set<String> = ["key", "required", "gold_id"]

    /// Pairs gold rows with predicted rows one to one, best slot agreement first.
    static func score(golds: [[String: Any]], predicted: [[String: String]], compatible: ([String: Any], [String: String]) -> Bool) -> Score {
        var candidates: [(Double, Int, Int)] = []
        for (gi, g) in golds.enumerated() {
            for (pi, p) in predicted.enumerated() where compatible(g, p) {
                let slots = g.filter { !meta.contains($0.key) && !($0.value is NSNull) }
                let ok = slots.filter { slotEqual($0.value, p[$0.key] ?? "") }.count
                candidates.append((slots.isEmpty ? 1 : Double(ok) / Double(slots.count), gi, pi))
            }
        }
        candidates.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var usedG = Set<Int>(), usedP = Set<Int>()
        var score = Score()
        for (_, gi, pi) in candidates where !usedG.contains(gi) && !usedP.contains(pi) {
            usedG.insert(gi)
            usedP.insert(pi)
            guard golds[gi]["required"] as? Bool != false else { continue }
            score.tp += 1
            for (key, value) in golds[gi] where !meta.contains(key) && !(value is NSNull) {
                score.slots += 1
                if slotEqual(value, predicted[pi][key] ?? "") { score.slotsOK += 1 }
            }
        }
        for (gi, g) in golds.enumerated() where !usedG.contains(gi) && g["required"] as? Bool != false {
            score.fn += 1
            score.misses.append("\(g["key"] ?? g["gold_id"] ?? "?")")
        }
        score.fp = predicted.indices.filter { !usedP.contains($0) }.count
        return score
    }

    static func rows(_ table: String) -> [[String: String]] {
        try! report.rows(table)
    }

    @Test(arguments: ["agreements", "trade_metrics", "delegations"])
    func factTable(_ table: String) {
        var total = Score()
        for (source, gold) in Self.gold {
            let golds = gold[table] as? [[String: Any]] ?? []
            let predicted = Self.rows(table).filter { $0["source_id"] == source }
            let score = Self.score(golds: golds, predicted: predicted) { g, p in
                let keys = (g["key"] as? [String]) ?? [g["key"] as? String ?? ""]
                let evidence = Self.normalized(p["evidence"] ?? "")
                return keys.contains { evidence.contains(Self.normalized($0)) }
            }
            total.tp += score.tp; total.fp += score.fp; total.fn += score.fn
            total.slotsOK += score.slotsOK; total.slots += score.slots; total.misses += score.misses
        }
        #expect(total.precision >= 0.85, "\(table): \(total)")
        #expect(total.recall >= 0.9, "\(table): \(total)")
        #expect(total.slotAccuracy >= 0.85, "\(table): \(total)")
    }

    @Test func visits() {
        var golds: [[String: Any]] = []
        var sources: [Set<String>] = []
        var byID: [String: Int] = [:]
        for (source, gold) in Self.gold.sorted(by: { $0.key < $1.key }) {
            for g in gold["visits"] as? [[String: Any]] ?? [] {
                if let id = g["gold_id"] as? String, let index = byID[id] {
                    sources[index].insert(source)
                } else {
                    byID[g["gold_id"] as? String ?? UUID().uuidString] = golds.count
                    golds.append(g)
                    sources.append([source])
                }
            }
        }
        let predicted = Self.rows("visits").filter { !Set(($0["source_ids"] ?? "").split(separator: ";").map(String.init)).isDisjoint(with: Self.gold.keys) }
        var index: [String: Int] = [:]
        for (i, g) in golds.enumerated() { index[(g["gold_id"] as? String) ?? "\(i)"] = i }
        let score = Self.score(golds: golds, predicted: predicted) { g, p in
            let i = golds.firstIndex { ($0["gold_id"] as? String) == (g["gold_id"] as? String) }!
            guard p["visitor_country"] == g["visitor_country"] as? String, p["host_country"] == g["host_country"] as? String else { return false }
            let predictedSources = Set((p["source_ids"] ?? "").split(separator: ";").map(String.init))
            guard !predictedSources.isDisjoint(with: sources[i]) else { return false }
            guard let start = g["start_date"] as? String, let pStart = p["start_date"], !pStart.isEmpty else { return true }
            let gEnd = g["end_date"] as? String ?? start
            let pEnd = (p["end_date"] ?? "").isEmpty ? pStart : p["end_date"]!
            func lo(_ d: String) -> String { d.count == 4 ? d + "-01-01" : d.count == 7 ? d + "-01" : d }
            func hi(_ d: String) -> String { d.count == 4 ? d + "-12-31" : d.count == 7 ? d + "-31" : d }
            return lo(start) <= hi(pEnd) && lo(pStart) <= hi(gEnd)
        }
        #expect(score.precision >= 0.85, "visits: \(score)")
        #expect(score.recall >= 0.9, "visits: \(score)")
        #expect(score.slotAccuracy >= 0.9, "visits: \(score)")
    }

    @Test func articlesNotAboutVisitsGiveNoFacts() {
        let articles = Dictionary(uniqueKeysWithValues: Self.report.articles.map { ($0.sourceID, $0) })
        for source in articles.keys where source.hasPrefix("t19") || source.hasPrefix("t20") {
            for table in ["agreements", "trade_metrics", "delegations"] {
                #expect(!Self.rows(table).contains { $0["source_id"] == source }, "\(table) of \(source)")
            }
            #expect(!Self.rows("visits").contains { $0["source_ids"]!.split(separator: ";").contains(Substring(source)) })
        }
        #expect(articles.values.contains { $0.status == .notEnglish && $0.language == "ru" })
        #expect(articles.values.contains { $0.status == .empty })
    }

    @Test func theSameVisitInTwoArticlesIsOneRow() {
        let merged = Self.rows("visits").filter { $0["source_ids"]!.contains(";") }
        #expect(merged.contains { $0["visitor_country"] == "RU" && $0["host_country"] == "KZ" })
    }
}
