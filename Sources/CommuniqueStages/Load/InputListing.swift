import CommuniqueCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of an input folder that are articles, each with a source id no other has.
///
/// An entry is an article when its extension (after the last dot, any case) is one of the load
/// stage's `extensions`; hidden entries and the manifest never are. The source id is the name
/// without its extension; bytes of a name that are not UTF-8 are written `%XX`. When two files
/// map to one id, the first by the order of `extensions` (an extension in the case listed before
/// another case of it), then by name, keeps it; each other is
/// listed with status `duplicate_id` under its whole name (`#2`, `#3`... if even that is taken).
package struct InputListing: Sendable {
    /// The articles, sorted by source id.
    package var sources: [ArticleSource]
    /// Names of the entries that are not articles (other extensions, none), sorted.
    package var ignored: [String]

    /// Lists `folder`, keeping the entries of `shard` (by the source id their name gives); a
    /// folder that cannot be read is a configuration error.
    package init(folder: String, manifestName: String, extensions: [String], shard: Shard = .whole) throws(ConfigurationError) {
        guard let dir = opendir(folder) else {
            throw .unreadable(file: folder, reason: "cannot list the input folder: \(String(cString: strerror(errno)))")
        }
        var entries: [(folder: String, name: [UInt8], kind: ArticleSource.Kind?)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if shard.count == 1 || shard.contains(Self.baseID(name)) { entries.append((folder, name, Self.kind(ofType: entry.pointee.d_type))) }
        }
        closedir(dir)
        self.init(entries: entries, manifestName: manifestName, extensions: extensions)
    }

    /// The kind the folder's listing gives an entry (what `lstat` would say), or nil when the file
    /// system does not tell (`DT_UNKNOWN`) and `kind(of:)` must ask: one `lstat` call per article
    /// saved on the usual file systems.
    static func kind(ofType type: UInt8) -> ArticleSource.Kind? {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_LNK): return .symlink
        case Int32(DT_DIR): return .folder
        case Int32(DT_UNKNOWN): return nil
        default: return .other
        }
    }

    /// The files at `paths` (as `--files-from` lists them), keeping those of `shard`.
    package init(paths: [String], manifestName: String, extensions: [String], shard: Shard = .whole) {
        var entries: [(folder: String, name: [UInt8], kind: ArticleSource.Kind?)] = []
        for path in paths where !path.isEmpty {
            let slash = path.lastIndex(of: "/")
            let folder = slash.map { String(path[..<$0]) } ?? "."
            let name = Array((slash.map { String(path[path.index(after: $0)...]) } ?? path).utf8)
            if shard.count == 1 || shard.contains(Self.baseID(name)) { entries.append((folder.isEmpty ? "/" : folder, name, nil)) }
        }
        self.init(entries: entries, manifestName: manifestName, extensions: extensions)
    }

    /// Entries in `folder` (all but `.` and `..`): how many articles a listing may hold at most.
    package static func entryCount(folder: String) -> Int {
        guard let dir = opendir(folder) else { return 0 }
        defer { closedir(dir) }
        var count = 0
        while readdir(dir) != nil { count += 1 }
        return max(0, count - 2)
    }

    /// The id a name gives before duplicates are told apart: the name without its extension.
    /// Shards are chosen by it, so every file of one id is in the same shard.
    static func baseID(_ name: [UInt8]) -> String {
        displayName(name.lastIndex(of: UInt8(ascii: ".")).map { Array(name[..<$0]) } ?? name)
    }

    /// A candidate before ids are made unique.
    private struct Candidate {
        var source: ArticleSource
        var name: [UInt8]
        var rank: Int
    }

    /// Entries with the kind their listing gave (nil: not known, asked with `lstat`).
    init(entries: [(folder: String, name: [UInt8], kind: ArticleSource.Kind?)], manifestName: String, extensions: [String]) {
        let manifest = Array(manifestName.utf8)
        var candidates: [Candidate] = []
        var ignored: [String] = []
        for (folder, name, listedKind) in entries where name.first != UInt8(ascii: ".") && name != manifest {
            let dot = name.lastIndex(of: UInt8(ascii: "."))
            let stem = dot.map { Array(name[..<$0]) } ?? name
            let written = dot.map { String(decoding: name[($0 + 1)...], as: UTF8.self) }
            guard let written, let position = extensions.firstIndex(of: written.lowercased()) else {
                ignored.append(Self.displayName(name))
                continue
            }
            // Extension order first; an extension written as listed before another case of it.
            let rank = position * 2 + (written == extensions[position] ? 0 : 1)
            let rawPath = Array(folder.utf8) + [UInt8(ascii: "/")] + name
            let kind = listedKind ?? Self.kind(of: rawPath)
            let display = folder + "/" + Self.displayName(name)
            let id = Self.displayName(kind == .file ? stem : name)
            let valid = String(validating: name, as: UTF8.self) != nil
            candidates.append(Candidate(source: ArticleSource(sourceID: id, path: display, kind: kind, rawPath: valid ? nil : rawPath),
                                        name: name, rank: rank))
        }
        sources = Self.uniqueIDs(candidates)
        self.ignored = ignored.sorted()
    }

    /// Keeps each id for its first file (files before other entries, then extension rank, then
    /// name bytes); every other entry becomes a `duplicate` under its whole name, made unique.
    private static func uniqueIDs(_ candidates: [Candidate]) -> [ArticleSource] {
        let ordered = candidates.sorted { a, b in
            if a.source.sourceID != b.source.sourceID { return a.source.sourceID < b.source.sourceID }
            let (fileA, fileB) = (a.source.kind == .file, b.source.kind == .file)
            if fileA != fileB { return fileA }
            if a.rank != b.rank { return a.rank < b.rank }
            return a.name.lexicographicallyPrecedes(b.name)
        }
        var taken: Set<String> = []
        var kept: [ArticleSource] = []
        var duplicates: [Candidate] = []
        for candidate in ordered {
            if taken.insert(candidate.source.sourceID).inserted {
                kept.append(candidate.source)
            } else {
                duplicates.append(candidate)
            }
        }
        for candidate in duplicates {
            let whole = displayName(candidate.name)
            var id = whole
            var counter = 2
            while !taken.insert(id).inserted {
                id = whole + "#\(counter)"
                counter += 1
            }
            var source = candidate.source
            source.sourceID = id
            source.kind = .duplicate
            kept.append(source)
        }
        return kept.sorted { ($0.sourceID, $0.path) < ($1.sourceID, $1.path) }
    }

    static func kind(of rawPath: [UInt8]) -> ArticleSource.Kind {
        var info = stat()
        let cPath = rawPath.map { CChar(bitPattern: $0) } + [0]
        guard lstat(cPath, &info) == 0 else { return .other }
        switch FileKind(mode: info.st_mode) {
        case .regular: return .file
        case .symlink: return .symlink
        case .folder: return .folder
        default: return .other
        }
    }

    /// A name's bytes as text: valid UTF-8 as it is, every byte that is not part of a valid
    /// sequence as `%XX` (upper-case hex), so the same bytes always give the same id.
    package static func displayName(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = ""
        var position = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                position += encoded.count
            case .error(let length):
                for byte in bytes[position..<(position + length)] {
                    let hex = String(byte, radix: 16, uppercase: true)
                    text += "%" + (hex.count == 1 ? "0" + hex : hex)
                }
                position += length
            case .emptyInput:
                return text
            }
        }
    }
}
