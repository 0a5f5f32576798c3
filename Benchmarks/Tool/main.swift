// bench-tool: the Swift side of Benchmarks/run.sh that the `coherence` command does not cover.
//
//   bench-tool kernel W1|W2|W3|W3-full|W4|W5|W6-250000|W6-500000|W6-1000000 [REPETITIONS]
//       times the kernel alone (inputs built first, in memory) and prints one JSON line:
//       {"workload": …, "median_s": …, "runs_s": […]}
//   bench-tool render MODEL OUT.svg    loads a model, lays out and renders its network diagram to SVG
//   bench-tool dot MODEL OUT.dot       writes the same diagram's DOT text (for the `dot` peer) and
//                                      prints the layout engine to give `dot -K`
import BenchmarkInputs
import Coherence
import CoherenceRender
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

func load(_ path: String) -> PolicyNetwork {
    do { return try BatchAnalysis.load(path) } catch { fail(error.description) }
}

@inline(never) func consume<T>(_ value: T) { withExtendedLifetime(value) {} }

func time(_ repetitions: Int, _ body: () throws -> Void) rethrows -> [Double] {
    let clock = ContinuousClock()
    var runs: [Double] = []
    for _ in 0..<repetitions {
        let elapsed = try clock.measure(body)
        runs.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return runs
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func kernel(_ workload: String, repetitions: Int) throws -> [Double] {
    switch workload {
    case "W1":
        let matrix = InteractionMatrix(Workloads.network(Workloads.matrix169))
        consume(influence(of: matrix))   // warm-up
        return time(repetitions) { consume(influence(of: matrix)) }
    case "W2":
        let matrix = InteractionMatrix(Workloads.network(Workloads.matrix169))
        return time(repetitions) { consume(sensitivity(of: matrix, options: SensitivityOptions(samples: 1_000))) }
    case "W3":   // what the networkx peer computes: every path, counted and summed (aggregates only)
        let network = Workloads.network(Workloads.spillovers)
        return try time(repetitions) {
            consume(try spillovers(in: network, options: SpilloverOptions(detail: .aggregateOnly, pathLimit: .max)))
        }
    case "W3-full":   // beyond the peer: every finding with its path, labels and explanation
        let network = Workloads.network(Workloads.spillovers)
        return try time(repetitions) { consume(try spillovers(in: network, options: SpilloverOptions(pathLimit: .max))) }
    case "W4":
        let matrix = InteractionMatrix(Workloads.network(Workloads.graph2000))
        return time(repetitions) {
            consume(centrality(of: matrix))
            consume(communities(of: matrix))
        }
    case "W5":
        let network = Workloads.network(Workloads.matrix169)
        return try time(repetitions) {
            consume(try Renderer().render(NetworkDiagram.make(network), format: .svg, engine: NetworkDiagram.defaultEngine))
        }
    case let w where w.hasPrefix("W6-"):
        guard let size = Int(w.dropFirst(3)) else { fail("unknown workload \(w)") }
        let network = Workloads.network(Workloads.region(contributions: size))
        return time(repetitions) { consume(BatchAnalysis.summarize(network, input: "region")) }
    default:
        fail("unknown workload \(workload): W1, W2, W3, W4, W5, W6-<contributions>")
    }
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "kernel":
    guard arguments.count >= 2 else { fail("usage: bench-tool kernel WORKLOAD [REPETITIONS]") }
    let workload = arguments[arguments.startIndex + 1]
    let repetitions = arguments.count >= 3 ? Int(arguments[arguments.startIndex + 2]) ?? 5 : 5
    do {
        let runs = try kernel(workload, repetitions: repetitions)
        print("{\"workload\": \"\(workload)\", \"median_s\": \(median(runs)), \"runs_s\": \(runs)}")
    } catch {
        fail("\(workload): \(error)")
    }
case "render", "dot":
    guard arguments.count == 3 else { fail("usage: bench-tool render|dot MODEL OUT") }
    let command = arguments.first!
    let network = load(arguments[arguments.startIndex + 1])
    let out = URL(fileURLWithPath: arguments[arguments.startIndex + 2])
    do {
        let diagram = NetworkDiagram.make(network)
        if command == "dot" {
            try Data(Renderer().dotSource(diagram, engine: NetworkDiagram.defaultEngine).utf8).write(to: out)
            print(NetworkDiagram.defaultEngine.rawValue)
        } else {
            let rendered = try Renderer().render(diagram, format: .svg, engine: NetworkDiagram.defaultEngine)
            try rendered.data.write(to: out)
        }
    } catch {
        fail("\(command): \(error)")
    }
default:
    fail("usage: bench-tool kernel WORKLOAD [REPETITIONS] | render MODEL OUT.svg | dot MODEL OUT.dot")
}
