import Foundation
import PortalHTTP

enum FileDownload {
    /// A stored file as an attachment; never rendered inline, so an upload cannot act as a page.
    static func response(_ file: CaseFile, app: Application) throws -> Response {
        guard let bytes = try app.files.read(file.sha256) else { throw Abort(.notFound) }
        return .download(ByteBuffer(bytes: bytes), filename: file.name, contentType: file.contentType)
    }
}
