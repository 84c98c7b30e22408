import Crypto
import Foundation
import Vapor

/// Uploaded files, kept outside the database under their SHA-256 (the same content is stored once;
/// a row elsewhere says who uploaded it and for what). The type is decided by the bytes, not by the
/// name or the browser's claim, and every file passes the virus-scan hook before it is kept.
public struct FileStore: Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case pdf, png, jpeg

        public var contentType: String {
            switch self {
            case .pdf: return "application/pdf"
            case .png: return "image/png"
            case .jpeg: return "image/jpeg"
            }
        }

        /// Magic bytes at the start of the file.
        static func sniff(_ bytes: [UInt8]) -> Kind? {
            if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
            if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
            if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
            return nil
        }
    }

    public struct Stored: Sendable, Equatable {
        public var sha256: String
        public var size: Int
        public var kind: Kind
    }

    /// Why an upload was refused: a locale key for the person who sent it.
    public enum Refusal: Error, Equatable {
        case empty, tooLarge, type, infected, scanFailed

        public var key: String {
            switch self {
            case .empty: return "files.refused.empty"
            case .tooLarge: return "files.refused.too_large"
            case .type: return "files.refused.type"
            case .infected: return "files.refused.infected"
            case .scanFailed: return "files.refused.scan_failed"
            }
        }
    }

    public let directory: URL
    public let maxBytes: Int
    public let scanner: (any VirusScanner)?

    public init(directory: String, maxBytes: Int, scanner: (any VirusScanner)?) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        self.maxBytes = maxBytes
        self.scanner = scanner
    }

    func path(of sha256: String) -> URL {
        let hex = sha256.lowercased()
        return directory.appendingPathComponent(String(hex.prefix(2))).appendingPathComponent(String(hex.dropFirst(2).prefix(2)))
            .appendingPathComponent(hex)
    }

    /// Checks, scans and keeps the bytes; returns their hash. Writing is atomic (temporary file, then
    /// rename), so a crash never leaves half a file under a hash name.
    public func store(_ bytes: [UInt8], allowed: Set<Kind> = Set(Kind.allCases)) async throws -> Stored {
        guard !bytes.isEmpty else { throw Refusal.empty }
        guard bytes.count <= maxBytes else { throw Refusal.tooLarge }
        guard let kind = Kind.sniff(bytes), allowed.contains(kind) else { throw Refusal.type }
        let hash = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let target = path(of: hash)
        let fm = FileManager.default
        if fm.fileExists(atPath: target.path) { return Stored(sha256: hash, size: bytes.count, kind: kind) }
        try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(hash).\(UUID().uuidString).part")
        try Data(bytes).write(to: temporary)
        do {
            if let scanner {
                switch try await scanner.scan(path: temporary.path) {
                case .clean: break
                case .infected: throw Refusal.infected
                }
            }
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: temporary) } else { try fm.moveItem(at: temporary, to: target) }
        } catch let refusal as Refusal {
            try? fm.removeItem(at: temporary)
            throw refusal
        } catch {
            try? fm.removeItem(at: temporary)
            throw Refusal.scanFailed
        }
        return Stored(sha256: hash, size: bytes.count, kind: kind)
    }

    /// The bytes of a stored file, checked against their hash (a corrupted file is not served).
    public func read(_ sha256: String) throws -> [UInt8]? {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit), let data = FileManager.default.contents(atPath: path(of: sha256).path) else { return nil }
        let bytes = [UInt8](data)
        guard SHA256.hash(data: bytes).map({ String(format: "%02x", $0) }).joined() == sha256.lowercased() else { return nil }
        return bytes
    }
}

public enum ScanVerdict: Sendable, Equatable { case clean, infected }

/// The virus-scan hook: every upload passes here before it is kept.
public protocol VirusScanner: Sendable {
    func scan(path: String) async throws -> ScanVerdict
}

/// Runs a scanner command (ClamAV's `clamdscan`, for instance) with the file's path as last argument.
public struct CommandVirusScanner: VirusScanner {
    public let command: [String]

    public init(command: String) { self.command = command.split(separator: " ").map(String.init) }

    public struct Failed: Error { public let status: Int32 }

    public func scan(path: String) async throws -> ScanVerdict {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command + [path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Waits on a thread-pool thread, not on the event loop.
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }
        }
        switch status {
        case 0: return .clean
        case 1: return .infected
        default: throw Failed(status: status)
        }
    }
}

extension Application {
    private struct FileStoreKey: StorageKey { typealias Value = FileStore }

    /// The portal's file store (configured from `ONEWINDOW_FILES_DIR`); tests may replace it.
    public var files: FileStore {
        get {
            if let store = storage[FileStoreKey.self] { return store }
            let config = portal.config
            let store = FileStore(directory: config.filesDirectory, maxBytes: config.maxUploadBytes,
                                  scanner: config.virusScanCommand.map { CommandVirusScanner(command: $0) })
            storage[FileStoreKey.self] = store
            return store
        }
        set { storage[FileStoreKey.self] = newValue }
    }
}
