import Foundation
import PortalCore

/// The check-in QR code drawn as SVG on the server (PortalCore's encoder, level M), so the confirmation
/// page needs no script and prints sharply.
public enum QRCodeSVG {
    /// Nil only if the text is too long for a QR code.
    public static func svg(for text: String, label: String) -> String? {
        (try? QRCode(text: text, errorCorrection: .medium))?.svg(label: label)
    }

    /// The module matrix (true = dark), for tests that decode what was drawn.
    public static func modules(for text: String) -> [[Bool]]? {
        (try? QRCode(text: text, errorCorrection: .medium))?.rows
    }
}
