import Foundation
import PortalCore
import PortalHTTP
import SnapshotTesting
import Testing
import VaporTesting

/// HTML snapshots of pages (docs/views.md): the page as the portal serves it, in Azerbaijani, with the
/// test's fixed clock (`withPortal`'s `ManualClock`) and data the test made. What changes from run to
/// run is masked (CSRF tokens, UUIDs), and the markup is broken into lines at block elements so a
/// change reads as a small diff. References live in `__Snapshots__/<test file>/` next to the test;
/// a missing one is recorded on the first run (and that run fails); re-record a changed page with
/// `SNAPSHOT_TESTING_RECORD=failed swift test --skip-build --filter …` and review the diff.
public enum HTMLSnapshot {
    /// The page normalised for comparison: tokens and ids masked, one block element per line.
    public static func normalized(_ html: String) -> String {
        var text = html
        for (pattern, replacement) in masks {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return lines(text)
    }

    static let masks: [(String, String)] = [
        (#"name="_csrf" value="[^"]*""#, #"name="_csrf" value="CSRF""#),
        (#"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#, "UUID"),
    ]

    static let blocks: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "header", "footer", "main", "nav", "section", "div", "p", "h1", "h2", "h3", "h4",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tr", "form", "fieldset", "legend", "label", "input",
        "select", "option", "textarea", "button", "details", "summary", "figure",
    ]

    /// A newline before every block element's start tag and before the end tag of one that held others.
    static func lines(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<" {
                let rest = html[html.index(after: index)...]
                let closing = rest.first == "/"
                let nameStart = closing ? rest.index(after: rest.startIndex) : rest.startIndex
                let name = rest[nameStart...].prefix { $0.isLetter || $0.isNumber }.lowercased()
                if blocks.contains(name), !out.isEmpty, out.last != "\n", !closing || ["ul", "ol", "table", "tbody", "thead", "tr", "form", "fieldset",
                                                                                      "select", "dl", "div", "nav", "header", "footer", "main",
                                                                                      "details", "head", "body", "html"].contains(name) {
                    out.append("\n")
                }
            }
            out.append(html[index])
            index = html.index(after: index)
        }
        return out + (out.hasSuffix("\n") ? "" : "\n")
    }
}

/// Compares `html` (a page the test fetched) with its reference snapshot `name`.
public func assertHTMLSnapshot(_ html: String, named name: String, fileID: StaticString = #fileID, file filePath: StaticString = #filePath,
                               testName: String = #function, line: UInt = #line, column: UInt = #column) {
    assertSnapshot(of: HTMLSnapshot.normalized(html), as: .lines, named: name,
                   fileID: fileID, file: filePath, testName: testName, line: line, column: column)
}

/// Fetches `path` (GET, as `browser`), expects `status`, and compares the page with its snapshot.
public func assertPageSnapshot(_ browser: TestBrowser, _ path: String, named name: String, status: HTTPStatus = .ok,
                               headers: HTTPHeaders = [:], fileID: StaticString = #fileID, file filePath: StaticString = #filePath,
                               testName: String = #function, line: UInt = #line, column: UInt = #column) async throws {
    let response = try await browser.get(path, headers: headers)
    #expect(response.status == status, "\(path) answered \(response.status)",
            sourceLocation: SourceLocation(fileID: "\(fileID)", filePath: "\(filePath)", line: Int(line), column: Int(column)))
    assertHTMLSnapshot(response.body.string, named: name, fileID: fileID, file: filePath, testName: testName, line: line, column: column)
}
