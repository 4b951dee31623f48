import ArgumentParser

/// Options every command that reads lessons shares.
struct LessonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of the lesson files.", valueName: "dir"))
    var lessons: String = "lessons"
}

/// Options of the commands that run experiments and write pages.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder for pages, results JSON and the cache.", valueName: "dir"))
    var output: String = "output"

    @Flag(name: .long, help: "Rerun every experiment, ignoring cached results.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Experiments run at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Say for each experiment why it ran or was reused from the cache.")
    var explain = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    }
}

extension Lessons {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every lesson and write output/index.html plus one page per lesson.")

        @OptionGroup var lessonOptions: LessonOptions
        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            let pipeline = Pipeline(lessonsDirectory: lessonOptions.lessons, options: outputOptions)
            let ok = try pipeline.renderAll()
            if !ok { throw ExitCode.failure }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one lesson (or one experiment of it), write its page and JSON, and refresh the index.")

        @Argument(help: ArgumentHelp("A lesson id (1.2-regularization) or a path to a .md file.", valueName: "id-or-path"))
        var lesson: String

        @Option(name: .long, help: ArgumentHelp("Run only this experiment of the lesson.", valueName: "name"))
        var experiment: String?

        @OptionGroup var lessonOptions: LessonOptions
        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            let pipeline = Pipeline(lessonsDirectory: lessonOptions.lessons, options: outputOptions)
            let ok = try pipeline.renderOne(lesson, experiment: experiment)
            if !ok { throw ExitCode.failure }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse and validate lessons without running anything.")

        @Argument(help: ArgumentHelp("Lesson ids or paths (default: every lesson).", valueName: "id-or-path"))
        var lessons: [String] = []

        @OptionGroup var lessonOptions: LessonOptions

        func run() throws {
            let pipeline = Pipeline(lessonsDirectory: lessonOptions.lessons, options: OutputOptions())
            if !pipeline.check(lessons) { throw ExitCode.failure }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the lessons, their experiments, and whether each result is cached.")

        @OptionGroup var lessonOptions: LessonOptions

        @Option(name: .long, help: ArgumentHelp("Folder holding the cache.", valueName: "dir"))
        var output: String = "output"

        func run() throws {
            var options = OutputOptions()
            options.output = output
            let pipeline = Pipeline(lessonsDirectory: lessonOptions.lessons, options: options)
            if !pipeline.list() { throw ExitCode.failure }
        }
    }

    struct Routines: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the routine catalog: parameters, types, defaults and docs.")

        func run() throws {
            print(Pipeline.routineCatalog(), terminator: "")
        }
    }
}
