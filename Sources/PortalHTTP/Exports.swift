// Every capability builds on these; importing PortalHTTP brings them all.
@_exported import Fluent
@_exported import FluentKit
@_exported import PortalCore
@_exported import PortalDB
@_exported import Vapor
@_exported import SQLKit
