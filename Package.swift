// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "DeepLessons",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lessons", targets: ["lessons"]),
        .library(name: "NeuralNet", targets: ["NeuralNet"]),
    ],
    dependencies: [
        // Command-line parsing, help and usage errors (exit code 2) for free.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // YAML bodies of experiment blocks, with line/column marks for every node.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
        .systemLibrary(
            name: "CBLAS", pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"]), .brew(["openblas"])]),
        // glibc's `exp` without its errno wrapper (see CLibm.h): a third faster sigmoid, same bits.
        .target(name: "CLibm", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(name: "NeuralNet", dependencies: ["CBLAS", "CLibm"], resources: [.copy("Resources")]),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(
            name: "LessonKit",
            dependencies: ["NeuralNet", "CommonMark", .product(name: "Yams", package: "Yams")]),
        .target(name: "Report", dependencies: ["LessonKit", "CommonMark"]),
        .executableTarget(
            name: "lessons",
            dependencies: [
                "LessonKit", "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // libFuzzer target over the lesson reader and validator; fuzzing
        // flags only on demand (`make fuzz`, Fuzz/README.md); a plain build
        // of it replays saved inputs.
        .target(name: "LessonFuzzerDriver", path: "Fuzz/LessonFuzzerDriver"),
        .executableTarget(name: "LessonFuzzer", dependencies: ["LessonKit", "LessonFuzzerDriver"],
                          path: "Fuzz/LessonFuzzer"),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "CLibm"]),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"], resources: [.copy("Goldens")]),
        .testTarget(name: "EndToEndTests", dependencies: ["lessons"]),
    ]
)
