import NeuralNet

/// Runs one validated `train` experiment on the NeuralNet library.
struct TrainRunner {
    let experiment: Experiment
    let context: RunContext
    let progress: ProgressSink

    func run() throws -> RoutineOutput {
        throw RoutineError("the train routine is not available yet")
    }
}
