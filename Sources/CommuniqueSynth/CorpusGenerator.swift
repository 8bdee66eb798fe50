import CommuniqueCore
import CommuniqueKnowledge
import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a synthetic corpus of news articles about leaders' visits, for benchmarks and tests.
///
/// The corpus depends only on the knowledge and the seed: every file is made by its own
/// SplitMix64 stream (seed, index), so the same seed gives byte-identical files on any machine,
/// whatever the number of threads that write them. Articles are filled from templates with the
/// knowledge's countries, leaders (at a date inside one of their terms) and organisations; in every
/// 1000 files, 10 are empty, 10 binary, 10 invalid UTF-8, 10 Russian and 1 is 200 KB or more.
package struct CorpusGenerator: Sendable {
    package let seed: UInt64
    let world: SynthWorld

    package init(knowledge: Knowledge, seed: UInt64) {
        self.seed = seed
        world = SynthWorld(knowledge: knowledge)
    }

    /// `synth_000042`: the source id of file `index`.
    package static func sourceID(_ index: Int) -> String {
        let digits = String(index)
        return "synth_" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// Writes `articles` files plus manifest.csv into `folder` (created if missing). Returns bytes written.
    package func write(articles: Int, to folder: String) throws -> Int {
        try prepare(folder)
        var rows: [String] = []
        rows.reserveCapacity(articles)
        var bytes = 0
        var start = 0
        while start < articles {
            let batch = try writeBatch(start..<min(articles, start + Self.batchSize), to: folder, untilBytes: nil)
            rows += batch.rows
            bytes += batch.bytes
            start += batch.rows.count
        }
        try removeStale(in: folder, keeping: articles)
        return bytes + (try writeManifest(rows, to: folder))
    }

    /// Writes files until their sizes add up to at least `minimumBytes` (the manifest not counted),
    /// plus manifest.csv. Returns the number of articles and the bytes written, manifest included.
    package func write(minimumBytes: Int, to folder: String) throws -> (articles: Int, bytes: Int) {
        try prepare(folder)
        var rows: [String] = []
        var bytes = 0
        while bytes < minimumBytes {
            let batch = try writeBatch(rows.count..<(rows.count + Self.batchSize), to: folder, untilBytes: minimumBytes - bytes)
            rows += batch.rows
            bytes += batch.bytes
        }
        try removeStale(in: folder, keeping: rows.count)
        return (rows.count, bytes + (try writeManifest(rows, to: folder)))
    }

    /// File `index` of the corpus: its bytes and its manifest fields.
    func article(_ index: Int) -> SynthArticle {
        let kind = ArticleKind.of(index: index, seed: seed)
        var composer = ArticleComposer(world: world, rng: SplitMix64(seed: seed, stream: 2, index: index))
        var fields = SplitMix64(seed: seed, stream: 3, index: index)
        let (published, outlet, url) = manifestFields(index: index, story: composer.story, rng: &fields)
        var bytes: [UInt8]
        switch kind {
        case .article:
            bytes = Array(composer.englishArticle(target: Self.articleTarget(&composer.rng), outlet: outlet).utf8)
        case .long:
            bytes = Array(composer.englishArticle(target: composer.rng.int(200_000...320_000), outlet: outlet).utf8)
        case .russian:
            bytes = Array(composer.russianArticle().utf8)
        case .invalidUTF8:
            bytes = Array(composer.englishArticle(target: Self.articleTarget(&composer.rng), outlet: outlet).utf8)
            for _ in 0..<composer.rng.int(1...4) {
                bytes.insert(0xFF, at: composer.rng.below(bytes.count + 1))
            }
        case .empty:
            bytes = composer.rng.chance(70) ? [] : Array(composer.rng.pick(["\n", "\n\n", "  \n \n", "\r\n\t\r\n"]).utf8)
        case .binary:
            let count = composer.rng.int(256...16_384)
            bytes = (0..<count).map { _ in composer.rng.byte() }
            bytes[composer.rng.below(min(count, 64))] = 0
        }
        return SynthArticle(sourceID: Self.sourceID(index), kind: kind, bytes: bytes, published: published, outlet: outlet, url: url)
    }

    // MARK: Internals

    static let batchSize = 512
    static let manifestHeader = "source_id,published,outlet,url\n"

    /// Article sizes (the last paragraph adds a few hundred bytes): 0.7 to 7 KB, mostly 2.5-5.5 KB, mean about 4 KB.
    static func articleTarget(_ rng: inout SplitMix64) -> Int {
        600 + rng.int(0...1900) + rng.int(0...1900) + rng.int(0...1900)
    }

    /// `published` (day, month or year precision, or empty), `outlet` and `url` of file `index`.
    func manifestFields(index: Int, story: SynthStory, rng: inout SplitMix64) -> (String, String, String) {
        let day = story.date.adding(days: rng.int(0...2))
        let published: String
        switch rng.below(100) {
        case 0..<75: published = day.iso
        case 75..<83: published = day.isoMonth
        case 83..<85: published = String(day.year)
        default: published = ""
        }
        let outlet = Phrasebook.outlets[rng.below(Phrasebook.outlets.count)]
        let name = rng.chance(88) ? outlet.name : ""
        var url = ""
        if rng.chance(70) {
            let slug = Self.slug(story.visitor.surname) + "-visits-" + Self.slug(story.host.name)
            url = "https://\(outlet.domain)/\(rng.pick(Phrasebook.urlSections))/\(day.year)/\(day.isoMonth.suffix(2))/\(slug)-\(index).html"
        }
        return (published, name, url)
    }

    /// ASCII letters and digits, lowercased; anything else becomes a hyphen.
    static func slug(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: out.append(byte)
            case 0x41...0x5A: out.append(byte | 0x20)
            default: if out.last != 0x2D { out.append(0x2D) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func prepare(_ folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Generates `range` concurrently and writes it; with `untilBytes`, stops after the file that reaches it.
    func writeBatch(_ range: Range<Int>, to folder: String, untilBytes: Int?) throws -> (rows: [String], bytes: Int) {
        let articles = Mutex<[SynthArticle?]>(Array(repeating: nil, count: range.count))
        let queue = WorkQueue(count: range.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, range.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let offset = queue.take() {
                let made = self.article(range.lowerBound + offset)
                articles.withLock { $0[offset] = made }
            }
        }
        var made = articles.withLock { slots in slots.map { $0! } }
        if let untilBytes {
            var total = 0
            for (offset, article) in made.enumerated() {
                total += article.bytes.count
                if total >= untilBytes {
                    made.removeSubrange((offset + 1)...)
                    break
                }
            }
        }
        let failure = Mutex<FileError?>(nil)
        let files = made
        let fileQueue = WorkQueue(count: files.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, files.count))) { _ in
            while let offset = fileQueue.take() {
                do throws(FileError) {
                    try Self.writeFile(folder + "/" + files[offset].fileName, files[offset].bytes)
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return (files.map(\.manifestRow), files.reduce(0) { $0 + $1.bytes.count })
    }

    func writeManifest(_ rows: [String], to folder: String) throws -> Int {
        var text = Self.manifestHeader
        for row in rows {
            text += row
            text += "\n"
        }
        let bytes = Array(text.utf8)
        try Self.writeFile(folder + "/manifest.csv", bytes)
        return bytes.count
    }

    /// Removes `synth_NNNNNN.txt` files left by a larger corpus in the same folder.
    func removeStale(in folder: String, keeping count: Int) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasPrefix("synth_") && name.hasSuffix(".txt") {
            let digits = name.dropFirst("synth_".count).dropLast(".txt".count)
            if let index = Int(digits), index >= count, digits.count >= 6 {
                try FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }

    static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, buffer, count)
        #else
        return Darwin.write(fd, buffer, count)
        #endif
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(FileError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Self.systemWrite(fd, raw.baseAddress! + written, raw.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, errno: errno)
            }
            written += count
        }
    }
}
