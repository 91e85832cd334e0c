// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Verbatim", targets: ["Verbatim"]),
        .executable(name: "verbatim", targets: ["VerbatimCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Link flags for the system ICU (Debian's libicu-dev), from pkg-config. Its header is
        // empty on purpose: no ICU type may reach a module that Swift code sees.
        .systemLibrary(
            name: "CICULink",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // The only code that includes ICU headers. Its public header uses plain C types only.
        .target(
            name: "CVerbatimICU",
            dependencies: ["CICULink"]
        ),
        .target(
            name: "Verbatim",
            dependencies: [
                "CVerbatimICU",
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Algorithms", package: "swift-algorithms"),
                // SQLite, for the quote store only (Store/).
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            plugins: ["EmbedLexicons"]
        ),
        .executableTarget(
            name: "VerbatimCLI",
            dependencies: [
                "Verbatim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Turns Lexicons/ into Swift source at build time, so an installed binary carries them.
        .executableTarget(name: "VerbatimLexiconEmbedder"),
        .plugin(
            name: "EmbedLexicons",
            capability: .buildTool(),
            dependencies: ["VerbatimLexiconEmbedder"]
        ),
        .testTarget(
            name: "VerbatimTests",
            dependencies: ["Verbatim", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "VerbatimCLITests",
            dependencies: ["VerbatimCLI"]
        ),
    ]
)
