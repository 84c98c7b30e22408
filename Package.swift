// swift-tools-version:6.1
import PackageDescription

// One target per capability (see docs/architecture.md). Capabilities depend on the shared
// layers (PortalCore → PortalDB → PortalHTTP) and never on each other's persistence.
let settings: [SwiftSetting] = [.swiftLanguageMode(.v5)]

let package = Package(
    name: "OneWindow",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "onewindow", targets: ["Run"]),
        // The payment provider simulator: a stand-in for an external provider, speaking its HTTP protocol on loopback.
        .executable(name: "onewindow-paysim", targets: ["PaySim"]),
        // The SMS gateway simulator: speaks the gateway protocol (docs/sms-gateway.md) on loopback.
        .executable(name: "onewindow-smssim", targets: ["SMSSim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // SwiftNIO for the SMTP client (already in the graph through Vapor); swift-certificates only in the
        // mail tests, for a throwaway TLS certificate made in Swift.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // HTML snapshots of every page (docs/views.md).
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    ],
    targets: [
        .target(
            name: "PortalCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: settings
        ),
        .target(
            name: "PortalDB",
            dependencies: [
                "PortalCore",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            swiftSettings: settings
        ),
        // zlib from the system (Debian: zlib1g-dev), to gzip cached pages once instead of per response.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "PortalHTTP",
            dependencies: [
                "PortalCore", "PortalDB", "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: settings
        ),
        .target(name: "Audit", dependencies: ["PortalHTTP"], swiftSettings: settings),
        .target(
            name: "Reference",
            dependencies: ["PortalHTTP"],
            resources: [.copy("Data")],
            swiftSettings: settings
        ),
        .target(name: "PopulationRegistry", dependencies: ["PortalHTTP"], resources: [.copy("Data")], swiftSettings: settings),
        .target(name: "Identity", dependencies: ["PortalHTTP"], resources: [.copy("Data")], swiftSettings: settings),
        .target(name: "Catalog", dependencies: ["PortalHTTP"], resources: [.copy("Data")], swiftSettings: settings),
        .target(name: "Payments", dependencies: ["PortalHTTP"], swiftSettings: settings),
        // Deliberately independent of the portal's modules: it plays an outside provider. A library, so the
        // tests can run the real simulator in-process on loopback, and a thin executable.
        .target(
            name: "PaySimKit",
            dependencies: [.product(name: "Vapor", package: "vapor"), .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: settings
        ),
        .executableTarget(name: "PaySim", dependencies: ["PaySimKit"], swiftSettings: settings),
        // The transports notifications send through: an SMTP client on SwiftNIO and an SMS gateway client.
        // Libraries without routes or database, conforming to PortalCore's MailTransport / SMSTransport.
        .target(
            name: "MailKit",
            dependencies: ["PortalCore", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                           .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log")],
            swiftSettings: settings
        ),
        .target(
            name: "SMSKit",
            dependencies: ["PortalCore", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                           .product(name: "Crypto", package: "swift-crypto"), .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOFoundationCompat", package: "swift-nio")],
            swiftSettings: settings
        ),
        // Like PaySimKit: an outside party (the SMS gateway), independent of the portal's modules.
        .target(
            name: "SMSSimKit",
            dependencies: [.product(name: "Vapor", package: "vapor"), .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: settings
        ),
        .executableTarget(name: "SMSSim", dependencies: ["SMSSimKit"], swiftSettings: settings),
        // Applications read the published registry (fee, deadline, owner) through Catalog's public index
        // and invoice state fees through Payments.
        .target(name: "Applications", dependencies: ["PortalHTTP", "Catalog", "Payments"], resources: [.copy("Data")], swiftSettings: settings),
        // The check-in QR code comes from PortalCore's own encoder: no system library beyond zlib and SQLite.
        .target(name: "Reception", dependencies: ["PortalHTTP"], swiftSettings: settings),
        // Capabilities reach it only through PortalHTTP's `NoticeSending` (`app.portal.notify`), never by import.
        .target(name: "Notifications", dependencies: ["PortalHTTP", "SMSKit", .product(name: "AsyncHTTPClient", package: "async-http-client")], swiftSettings: settings),
        // Reads the other modules only through their public Statistics (docs/adr/0009).
        .target(name: "Accountability", dependencies: ["PortalHTTP", "Applications", "Catalog", "Payments", "Reception"], swiftSettings: settings),
        // The district portal shows the unit's services (Catalog's public index) and figures (Accountability's PublishedFigures).
        .target(name: "Information", dependencies: ["PortalHTTP", "Catalog", "Accountability"], swiftSettings: settings),
        .target(
            name: "App",
            dependencies: ["PortalCore", "PortalDB", "PortalHTTP", "Audit", "Reference", "PopulationRegistry", "Identity", "Catalog",
                           "Payments", "Applications", "Reception", "Accountability", "Information", "Notifications", "MailKit", "SMSKit"],
            swiftSettings: settings
        ),
        .executableTarget(name: "Run", dependencies: ["App"], swiftSettings: settings),
        .target(
            name: "PortalTesting",
            dependencies: ["App", .product(name: "VaporTesting", package: "vapor"),
                           .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                           .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                           .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "CatalogSearch",
            dependencies: ["Catalog", "PortalCore", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/CatalogSearch",
            swiftSettings: settings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Time per check-in QR code (PortalCore's encoder), for docs/BENCHMARKS.md.
        .executableTarget(name: "QRCodeEncoding", dependencies: ["PortalCore"], path: "Benchmarks/QRCodeEncoding", swiftSettings: settings),
        // Messages/s of the SMTP client against a local sink (scripts/bench/mail).
        .executableTarget(name: "MailThroughput", dependencies: ["MailKit", "PortalCore"], path: "Benchmarks/MailThroughput", swiftSettings: settings),
        .executableTarget(
            name: "ReceptionStorm",
            dependencies: ["App", "Reception", "PopulationRegistry", "PortalHTTP"],
            path: "Benchmarks/ReceptionStorm",
            swiftSettings: settings
        ),
        .testTarget(name: "PortalCoreTests", dependencies: ["PortalCore"], swiftSettings: settings),
        .testTarget(
            name: "MailKitTests",
            dependencies: ["MailKit", "PortalCore", .product(name: "X509", package: "swift-certificates"),
                           .product(name: "Crypto", package: "swift-crypto"), .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOConcurrencyHelpers", package: "swift-nio")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "SMSKitTests",
            dependencies: ["SMSKit", "SMSSimKit", "PortalCore", .product(name: "Vapor", package: "vapor"),
                           .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                           .product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: settings
        ),
        .testTarget(name: "IdentityTests", dependencies: ["Identity", "PortalTesting"], swiftSettings: settings),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog"], swiftSettings: settings),
        .testTarget(name: "ApplicationsTests", dependencies: ["Applications"], swiftSettings: settings),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "Identity", "PortalTesting"], swiftSettings: settings),
        .testTarget(name: "ReferenceTests", dependencies: ["Reference", "PortalTesting"], swiftSettings: settings),
        .testTarget(name: "PopulationRegistryTests", dependencies: ["PopulationRegistry", "PortalTesting"], swiftSettings: settings),
        .testTarget(
            name: "PaymentsTests",
            dependencies: ["Payments", "PaySimKit", "PortalTesting", "Identity", "Applications", "Catalog", .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "NotificationsTests",
            dependencies: ["Notifications", "SMSKit", "App", "PortalTesting", "Identity", "PopulationRegistry", .product(name: "VaporTesting", package: "vapor")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "ReceptionTests",
            dependencies: ["Reception", "App", "PortalTesting", "Identity", .product(name: "VaporTesting", package: "vapor")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "AppTests",
            dependencies: ["App", "PortalTesting", "Identity", "Audit", "Catalog", "Applications", "Payments", "Reception", "Accountability", "Information", "Notifications", .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "AsyncHTTPClient", package: "async-http-client")],
            exclude: ["__Snapshots__"],
            swiftSettings: settings
        ),
    ]
)
