import Testing
@testable import LessonKit

@Suite("Routine catalog")
struct RoutineCatalogTests {
    @Test func listsEveryParameterOfEveryRoutine() {
        let text = RoutineCatalog().render()
        for routine in RoutineRegistry.standard.routines {
            let schema = routine.schema
            #expect(text.contains("\n\(schema.name)\n  \(schema.summary)\n"), "\(schema.name)")
            for parameter in schema.parameters {
                #expect(text.contains("  \(parameter.name): "), "\(schema.name).\(parameter.name)")
                #expect(text.contains("      \(parameter.doc)\n"), "\(schema.name).\(parameter.name) doc")
            }
        }
        for schema in [BlockSchemas.compare, BlockSchemas.listing] {
            for parameter in schema.parameters { #expect(text.contains("  \(parameter.name): ")) }
        }
    }

    @Test func showsTypesAndDefaults() {
        let text = RoutineCatalog().render()
        #expect(text.contains("  layers: list of 2 to 64 integers >= 1  [required]\n"))
        #expect(text.contains("  seed: integer in [0, 4294967295]  [default: 3]\n"))
        #expect(text.contains("  experiments: list of 1 or more names  [required]\n"))
        #expect(text.contains("  keep_prob: number in (0, 1]  [default: 1]\n"))
        #expect(text.contains("  mini_batch_size: full | integer >= 1  [default: full]\n"))
        #expect(text.contains("  epsilon: number > 0  [default: 1e-08]\n"))
        #expect(text.contains("  layers: list of 2 to 64 integers >= 1  [default: [4, 5, 3, 1]]\n"))
        #expect(text.contains("  dataset: circles | moons | football | digits | {csv: path/prefix}  [default: circles]\n"))
    }

    @Test func everyRoutineHasDocumentedParametersAndSensibleDefaults() {
        for routine in RoutineRegistry.standard.routines {
            let names = routine.schema.parameters.map(\.name)
            #expect(Set(names).count == names.count, "duplicate parameter in \(routine.schema.name)")
            for parameter in routine.schema.parameters {
                #expect(!parameter.doc.isEmpty)
            }
        }
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "lamda", among: ["lambda", "layers"]) == "lambda")
        #expect(Suggestion.closest(to: "laerning_rate", among: ["learning_rate"]) == "learning_rate")
        #expect(Suggestion.closest(to: "learn", among: ["layers", "learning_rate"]) == "learning_rate")
        #expect(Suggestion.closest(to: "zzz", among: ["gd", "adam"]) == nil)
        #expect(Suggestion.distance("ab", "ba") == 1)
    }
}
