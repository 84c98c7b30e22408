import Foundation
import Vapor

extension Response {
    /// A file to save, never a page: `Content-Disposition: attachment` with an ASCII fallback name and the
    /// UTF-8 name (RFC 6266 / RFC 8187) and `nosniff`; `private, no-store` unless the file is public data
    /// (`personal: false`: the site's usual caching rules apply). Every export (CSV, JSON) and every
    /// stored file is answered through this.
    public static func download(_ body: ByteBuffer, filename: String, contentType: String, personal: Bool = true) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        let ascii = filename.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? String($0) : "_" }.joined()
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: Self.attrChar) ?? "file"
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        if personal { headers.replaceOrAdd(name: .cacheControl, value: "private, no-store") }
        return Response(status: .ok, headers: headers, body: .init(buffer: body))
    }

    public static func download(_ text: String, filename: String, contentType: String, personal: Bool = true) -> Response {
        download(ByteBuffer(string: text), filename: filename, contentType: contentType, personal: personal)
    }

    /// RFC 8187 `attr-char`: what may stand unencoded in `filename*`.
    static let attrChar = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
}

/// Media types of the portal's downloads.
public enum DownloadType {
    public static let csv = "text/csv; charset=utf-8"
    public static let json = "application/json; charset=utf-8"
    /// An iCalendar file (RFC 5545), e.g. "Add to calendar".
    public static let calendar = "text/calendar; charset=utf-8"
}
