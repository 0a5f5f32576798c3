import Benchmark
import BenchmarkInputs
import Coherence
import CoherenceRender

// Kernel-only benchmarks: the inputs are built before the measured loop (setup), so each figure
// is the computation alone, data in memory. Inputs are the same models run.sh writes to files.

nonisolated(unsafe) var matrix169: InteractionMatrix!
nonisolated(unsafe) var network169: PolicyNetwork!
nonisolated(unsafe) var spilloverNetwork: PolicyNetwork!
nonisolated(unsafe) var matrix2000: InteractionMatrix!
nonisolated(unsafe) var regions: [Int: PolicyNetwork] = [:]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident],
                                           warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)

    Benchmark("W1 interactions (169, 30 %)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(influence(of: matrix169)) }
    } setup: {
        network169 = Workloads.network(Workloads.matrix169)
        matrix169 = InteractionMatrix(network169)
    }

    Benchmark("W2 sensitivity (1,000 samples)",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(sensitivity(of: matrix169, options: SensitivityOptions(samples: 1_000))) }
    } setup: {
        network169 = Workloads.network(Workloads.matrix169)
        matrix169 = InteractionMatrix(network169)
    }

    Benchmark("W3 spillovers, aggregates (5,000 actions, 20 domains)",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? spillovers(in: spilloverNetwork, options: SpilloverOptions(detail: .aggregateOnly, pathLimit: .max)))
        }
    } setup: {
        spilloverNetwork = Workloads.network(Workloads.spillovers)
    }

    Benchmark("W4 PageRank + betweenness + Louvain (2,000 nodes)",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(centrality(of: matrix2000))
            blackHole(communities(of: matrix2000))
        }
    } setup: {
        matrix2000 = InteractionMatrix(Workloads.network(Workloads.graph2000))
    }

    Benchmark("W5 render 169-node network to SVG") { benchmark in
        for _ in benchmark.scaledIterations {
            let diagram = NetworkDiagram.make(network169)
            blackHole(try? Renderer().render(diagram, format: .svg, engine: NetworkDiagram.defaultEngine))
        }
    } setup: {
        network169 = Workloads.network(Workloads.matrix169)
    }

    for size in Workloads.regionSizes {
        Benchmark("W6 region analysis (\(size) contributions)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 3)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(BatchAnalysis.summarize(regions[size]!, input: "region"))
            }
        } setup: {
            regions[size] = Workloads.network(Workloads.region(contributions: size))
        } teardown: {
            regions[size] = nil
        }
    }
}
