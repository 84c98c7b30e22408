import PortalTesting
import Testing

/// The agencies directory as the portal serves it (docs/views.md, "Snapshots"). References in
/// __Snapshots__/ReferencePageSnapshotTests/.
@Suite("Reference page snapshots")
struct ReferencePageSnapshotTests {
    @Test("agencies: the directory (all, found, nothing), a local authority, a ministry with agencies under it, an agency under a ministry")
    func agencies() async throws {
        try await withPortal { portal in
            let visitor = portal.browser()
            for (path, name) in [("/agencies", "agencies-all"), ("/agencies?q=quba", "agencies-found"), ("/agencies?q=zzqx", "agencies-nothing"),
                                 ("/agencies/ICRA-QBA", "agency-local"), ("/agencies/RINN", "agency-parent"), ("/agencies/DDLA", "agency-child")] {
                try await assertPageSnapshot(visitor, path, named: name)
            }
        }
    }
}
