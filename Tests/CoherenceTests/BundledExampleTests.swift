import Foundation
import Testing
@testable import Coherence

@Suite("The bundled example")
struct BundledExampleTests {
    @Test("the embedded files equal Models/ (run `make embed` after editing the example)")
    func embeddedEqualsFiles() throws {
        for (path, text) in BundledExample.files {
            let file = repositoryRoot.appendingPathComponent("Models").appendingPathComponent(path)
            let onDisk = try Data(contentsOf: file)
            #expect(onDisk == Data(text.utf8), "Models/\(path) differs from the embedded copy")
        }
    }

    @Test("the example loads without a problem and is as rich as its README says")
    func exampleLoads() throws {
        let network = try BundledExample.network()
        #expect(network.warnings.isEmpty, "\(network.warnings)")
        #expect(network.language == .nl)
        let counts = network.nodeCounts
        #expect((8...10).contains(counts[.domain] ?? 0))
        #expect((40...60).contains(counts[.action] ?? 0))
        #expect(network.experts.count >= 2)
        let goalOnly = network.indices(of: .action).filter { a in
            network.edges(.contribution, from: a).allSatisfy { network.nodes[$0.to].kind == .goal }
        }
        #expect(goalOnly.count >= 5, "some actions are tagged only per goal")
        #expect(network.edges(of: .contribution).contains { $0.score! < 0 }, "real plans have trade-offs")
        #expect(network.edges(of: .mitigation).count >= 1)
        #expect(Set(network.nodes(of: .stakeholder).compactMap(\.stakeholderKind)).count >= 4)
        #expect(network.nodes(of: .action).allSatisfy { $0.plan.count == 2 })
    }

    @Test("the plan one year on loads without a problem, from the binary and from Models/, and hashes apart")
    func revisionLoads() throws {
        let revised = try BundledExample.network(.revised2027)
        #expect(revised.warnings.isEmpty, "\(revised.warnings)")
        #expect(revised == (try ModelReader().read(contentsOf: repositoryRoot.appendingPathComponent("Models/example-2027.yaml"))))
        #expect(revised.experts == ["workshop-2027-expert-a", "workshop-2027-expert-b", "model"].sorted())
        #expect(BundledExample.hash(of: .adopted) == BundledExample.hash && BundledExample.hash(of: .revised2027) != BundledExample.hash)
        #expect(BundledExample.filesOfModel.values.allSatisfy { $0.allSatisfy { BundledExample.files[$0] != nil } })
    }

    @Test("the example on disk reads like the embedded one, with its matrices relative to it")
    func exampleFromDisk() throws {
        let url = repositoryRoot.appendingPathComponent("Models/example.yaml")
        let network = try ModelReader().read(contentsOf: url)
        #expect(network == (try BundledExample.network()))
        let template = try ModelReader().read(contentsOf: repositoryRoot.appendingPathComponent("Models/template.yaml"))
        #expect(template.nodeCounts[.action] ?? 0 >= 1)
    }
}
