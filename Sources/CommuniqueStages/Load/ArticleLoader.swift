import CommuniqueCore
import Foundation

/// The load stage: lists the input folder and reads each article's bytes into text.
package struct ArticleLoader: Sendable {
    package var options: LoadOptions
    package var manifest: InputManifest

    package init(options: LoadOptions, manifest: InputManifest) {
        self.options = options
        self.manifest = manifest
    }

    /// Entries of `folder` sorted by source id, without the manifest and hidden files.
    package static func sources(in folder: String, manifestName: String) throws(ConfigurationError) -> [ArticleSource] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadable(file: folder, reason: "cannot list the input folder: \(error.localizedDescription)")
        }
        var sources: [ArticleSource] = []
        for name in names where !name.hasPrefix(".") && name != manifestName {
            let path = folder + "/" + name
            var info = stat()
            let kind: ArticleSource.Kind
            if lstat(path, &info) != 0 {
                kind = .other
            } else {
                switch info.st_mode & S_IFMT {
                case S_IFREG: kind = .file
                case S_IFLNK: kind = .symlink
                case S_IFDIR: kind = .folder
                default: kind = .other
                }
            }
            let id = kind == .file ? Self.sourceID(name) : name
            sources.append(ArticleSource(sourceID: id, path: path, kind: kind))
        }
        return sources.sorted { ($0.sourceID, $0.path) < ($1.sourceID, $1.path) }
    }

    /// File name without its last extension.
    static func sourceID(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Reads one article; never throws: every problem becomes a status.
    package func load(_ source: ArticleSource) -> LoadedArticle {
        var article = LoadedArticle(source: source, text: "", sha256: "", status: .ok, repairedUTF8: false,
                                    manifest: manifest.entries[source.sourceID])
        guard source.kind == .file else {
            article.status = .notAFile
            return article
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(source.path, limit: options.maxBytes)
        } catch {
            article.status = .unreadable
            return article
        }
        if bytes.count > options.maxBytes {
            article.status = .tooLarge
            return article
        }
        article.sha256 = ContentHash.hex(bytes)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            article.status = .empty
            return article
        }
        if Self.looksBinary(bytes) {
            article.status = .binary
            return article
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            article.text = text
        } else if options.invalidUTF8 == .skip {
            article.status = .notUTF8
        } else {
            article.text = String(decoding: bytes, as: UTF8.self)
            article.repairedUTF8 = true
        }
        return article
    }

    /// NUL bytes or a high share of control bytes in the first 4 KiB mean the file is not text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        var control = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20) { control += 1 }
        }
        return control * 10 > head.count
    }
}
