/// A group whose Leave No One Behind status changed between two versions.
public struct GroupStatusChange: Sendable, Hashable, Codable {
    /// The group's id.
    public var group: String
    /// Its status before (`nil`: the group was not in the earlier version).
    public var statusBefore: LNOBStatus?
    /// Its status after (`nil`: the group is not in the later version).
    public var statusAfter: LNOBStatus?
    /// The actions that benefited it before.
    public var benefitsBefore: [String]
    /// The actions that benefit it after.
    public var benefitsAfter: [String]
    /// The actions that burdened it before without an explicit mitigation.
    public var unmitigatedBurdensBefore: [String]
    /// The actions that burden it after without an explicit mitigation.
    public var unmitigatedBurdensAfter: [String]
    /// What changed and why, in one sentence.
    public var explanation: LocalizedText
    /// The input changes that explain it.
    public var causes: [ComparisonCause]

    /// Whether the group is better off: a status further along none → partial → full.
    public var improved: Bool { LNOBComparison.rank(statusAfter) > LNOBComparison.rank(statusBefore) }
}

/// Whether a Leave No One Behind gap opened or closed.
public enum GapChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only in the later version.
    case opened
    /// Only in the earlier version.
    case closed
}

/// A Leave No One Behind gap that opened or closed.
///
/// Gaps are matched by kind and what they are about: the group, target or UNDP factor, and for a
/// severe burden or a burden without a voice also the burdening action.
public struct GapChange: Sendable, Hashable, Codable {
    /// Opened or closed.
    public var change: GapChangeKind
    /// The kind of gap.
    public var kind: LNOBGapKind
    /// The group it is about (group gaps).
    public var group: String?
    /// The target it is about (target gaps).
    public var target: String?
    /// The factor it is about (factor gaps).
    public var factor: UNDPFactor?
    /// The actions the gap names (the later version's, else the earlier's).
    public var actions: [String]
    /// What changed and why, in one sentence.
    public var explanation: LocalizedText
    /// The input changes that explain it.
    public var causes: [ComparisonCause]
}

/// The Leave No One Behind check of two versions side by side: status changes and gaps.
public struct LNOBComparison: Sendable, Hashable, Codable {
    /// Groups whose status changed, in the later version's order (then groups that are gone).
    public var groups: [GroupStatusChange]
    /// Gaps opened, then gaps closed, each in the order of the analysis (group gaps first).
    public var gaps: [GapChange]
    /// The number of groups per status before, by the status's raw value.
    public var statusCountsBefore: [String: Int]
    /// The number of groups per status after.
    public var statusCountsAfter: [String: Int]

    /// The order of statuses from worst to best, for "improved" (an unknown status ranks lowest).
    static func rank(_ status: LNOBStatus?) -> Int {
        switch status {
        case .full?: return 3
        case .partial?: return 2
        case .none?: return 1
        default: return 0
        }
    }
}

extension LNOBComparison {
    /// Compares two LNOB reports group by group and gap by gap.
    ///
    /// - Complexity: O(g + k) for g groups and k gaps of both reports.
    static func compare(_ before: LNOBReport, _ after: LNOBReport, causes: CauseFinder) -> LNOBComparison {
        let old = Dictionary(before.groups.map { ($0.group, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.groups.map { ($0.group, $0) }, uniquingKeysWith: { a, _ in a })
        var groups: [GroupStatusChange] = []
        let ids = after.groups.map(\.group) + before.groups.map(\.group).filter { new[$0] == nil }
        for id in ids {
            let b = old[id], a = new[id]
            guard b?.status != a?.status else { continue }
            var change = GroupStatusChange(
                group: id, statusBefore: b?.status, statusAfter: a?.status,
                benefitsBefore: b?.benefits.map(\.action) ?? [], benefitsAfter: a?.benefits.map(\.action) ?? [],
                unmitigatedBurdensBefore: b?.unmitigatedBurdens.map(\.action) ?? [],
                unmitigatedBurdensAfter: a?.unmitigatedBurdens.map(\.action) ?? [],
                explanation: LocalizedText(verbatim: ""), causes: [])
            change.causes = CauseFinder.unique(groupReasons(id, before: b, after: a, causes: causes))
            change.explanation = ComparisonWording.group(change, labels: causes.labels)
            groups.append(change)
        }
        func counts(_ report: LNOBReport) -> [String: Int] {
            Dictionary(report.statusCounts.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: +)
        }
        return LNOBComparison(groups: groups, gaps: gaps(before, after, causes: causes),
                              statusCountsBefore: counts(before), statusCountsAfter: counts(after))
    }

    /// The key a gap is matched by.
    static func key(_ gap: LNOBGap) -> String {
        let subject = gap.group ?? gap.target ?? gap.factor?.rawValue ?? ""
        let action = gap.kind == .unmitigatedSevereBurden || gap.kind == .burdenWithoutVoice ? gap.actions.joined(separator: ",") : ""
        return "\(gap.kind.rawValue)\u{1F}\(subject)\u{1F}\(action)"
    }

    static func gaps(_ before: LNOBReport, _ after: LNOBReport, causes: CauseFinder) -> [GapChange] {
        let old = Set(before.gaps.map(key)), new = Set(after.gaps.map(key))
        var result: [GapChange] = []
        for (gaps, other, kind) in [(after.gaps, old, GapChangeKind.opened), (before.gaps, new, .closed)] {
            var seen = Set<String>()
            for gap in gaps where !other.contains(key(gap)) && seen.insert(key(gap)).inserted {
                var change = GapChange(change: kind, kind: gap.kind, group: gap.group, target: gap.target, factor: gap.factor,
                                       actions: gap.actions, explanation: LocalizedText(verbatim: ""), causes: [])
                change.causes = CauseFinder.unique(gapReasons(change, before: before, after: after, causes: causes))
                change.explanation = ComparisonWording.gap(change, after: after, labels: causes.labels)
                result.append(change)
            }
        }
        return result
    }

    /// Why a group's status changed: changed effects on it, mitigations of its burdens.
    static func groupReasons(_ id: String, before b: LNOBGroupFinding?, after a: LNOBGroupFinding?, causes: CauseFinder) -> [ComparisonCause] {
        var result = causes.groupEffects(on: id)
        let burdening = Set((b?.burdens ?? []).map(\.action)).union((a?.burdens ?? []).map(\.action))
        for action in burdening.sorted() { result += causes.mitigations(of: action, on: id) }
        return result
    }

    /// Why a gap opened or closed.
    static func gapReasons(_ gap: GapChange, before: LNOBReport, after: LNOBReport, causes: CauseFinder) -> [ComparisonCause] {
        if let group = gap.group {
            var result: [ComparisonCause] = []
            switch gap.kind {
            case .unmitigatedSevereBurden:
                result += causes.groupEffects(on: group).filter { gap.actions.contains(String($0.subject.split(separator: ">").first ?? "")) }
                for action in gap.actions { result += causes.mitigations(of: action, on: group) }
            case .burdenWithoutVoice:
                result += causes.groupEffects(on: group).filter { gap.actions.contains(String($0.subject.split(separator: ">").first ?? "")) }
                for action in gap.actions { result += causes.stakeholders(of: action) }
            default:
                result += groupReasons(group, before: before.group(group), after: after.group(group), causes: causes)
            }
            return result
        }
        if let target = gap.target {
            return causes.contributions(to: target) + causes.interactions(touching: target).filter { $0.subject.hasSuffix(">\(target)") }
        }
        if let factor = gap.factor {
            let groups = (before.factors + after.factors).filter { $0.factor == factor }.flatMap(\.groups)
            return Array(Set(groups)).sorted().flatMap { causes.groupEffects(on: $0) }
        }
        return []
    }
}
