import Foundation
import PortalHTTP

/// `/api/openapi.json`: the base document plus every module's fragment (paths and components).
enum OpenAPIDocument {
    static func assemble(directory: String, fragments: [String]) throws -> JSONValue {
        func load(_ name: String) throws -> JSONValue {
            try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name)))
        }
        var document = try load("base.json")
        for fragment in fragments { document = document.merging(try load(fragment)) }
        return document
    }
}
