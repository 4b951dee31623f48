import Foundation

/// A lesson together with what running it produced: the input of the report
/// and of `output/<lesson-id>.json`.
public struct LessonRun: Sendable {
    public var lesson: Lesson
    /// The validated blocks (comparisons and listings the report draws).
    public var validated: ValidatedLesson
    /// One result per experiment block, in source order (failed ones included).
    public var results: [ExperimentResult]
    /// Every diagnostic of the lesson: reading, validation, compare/listing checks.
    public var diagnostics: [Diagnostic]
    public var environment: RunEnvironment
    public var generatedAt: Date

    public init(validated: ValidatedLesson, results: [ExperimentResult], diagnostics: [Diagnostic],
                environment: RunEnvironment, generatedAt: Date) {
        self.lesson = validated.lesson
        self.validated = validated
        self.results = results
        self.diagnostics = diagnostics
        self.environment = environment
        self.generatedAt = generatedAt
    }

    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error } || results.contains { $0.status == .failed }
    }

    public func result(named name: String) -> ExperimentResult? {
        results.first { $0.name == name }
    }
}

/// The reproducibility stamp of every page and results file.
public struct RunEnvironment: Sendable, Hashable {
    public var tool: String
    public var swift: String
    public var blas: String
    public var commit: String

    public init(tool: String, swift: String, blas: String, commit: String) {
        self.tool = tool
        self.swift = swift
        self.blas = blas
        self.commit = commit
    }
}
