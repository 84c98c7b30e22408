@testable import Catalog
import Foundation
import PortalHTTP
import Testing
import VaporTesting

/// Agency Y's registry entries, made in the office by R's agency administrator: drafts, and versions
/// submitted for the registry keeper's review.
extension MatrixWorld {
    /// A published service of agency Y from the registry (its edit page and draft).
    static let serviceOfY = "EN-0010"

    /// The office form of a definition, as the fields a browser posts.
    func formFields(of code: String) async throws -> [(String, String)] {
        let entry = try #require(try await app.catalog.index(on: app).entry(code: code), "no service \(code)")
        let body = try URLEncodedFormEncoder().encode(ServiceForm(entry.definition))
        return body.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    /// A new draft service of agency Y (its code).
    func draftServiceOfY(fresh: Bool) async throws -> String {
        try await object("a draft service of Y", fresh: fresh) {
            var fields = try await formFields(of: Self.serviceOfY).filter { $0.0 != "agency" }
            fields.append(("agency", MatrixCast.agencyY))
            let res = try await browser(.adminR).post("/office/registry/new", fields)
            let location = try #require(res.headers.first(name: .location), "R's administrator drafts a service: \(res.status) \(MatrixRunner.detail(res) ?? "")")
            return String(location.dropFirst("/office/registry/services/".count))
        }
    }

    /// A draft of agency Y submitted for review by R's administrator: (code, version).
    func submittedVersionOfY(fresh: Bool) async throws -> (code: String, version: Int) {
        try await object("a submitted version of Y", fresh: fresh) {
            let code = try await draftServiceOfY(fresh: true)
            let res = try await browser(.adminR).post("/office/registry/services/\(code)/submit")
            #expect(res.headers.first(name: .location) == "/office/registry", "R's administrator submits \(code): \(res.status)")
            return (code, 1)
        }
    }

    /// Agency Y's service as the platform administrator exports it (imported back unchanged): the export
    /// cut down to that one entry, since importing the whole registry again takes most of a minute.
    var registryExport: Data {
        get async throws {
            try await shared("registry export") {
                let res = try await browser(.platformAdmin).get("/office/registry/export.json")
                #expect(res.status == .ok)
                var document = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
                let services = try #require(document["services"] as? [[String: Any]])
                document["services"] = services.filter { $0["code"] as? String == Self.serviceOfY }
                #expect((document["services"] as? [Any])?.count == 1, "the export holds \(Self.serviceOfY)")
                return try JSONSerialization.data(withJSONObject: document)
            }
        }
    }
}
