package org.threatwright.risk.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.analysis.paths.AttackGraph;
import org.threatwright.analysis.paths.AttackPath;
import org.threatwright.analysis.paths.AttackStep;
import org.threatwright.model.Authentication;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.ExternalEntity;
import org.threatwright.model.Interface;
import org.threatwright.model.TrustBoundary;

/**
 * For every element of an attack graph and every kind of entry (internet, external entity, radio, physical): the
 * least-hardened attack path reaching it ({@link PathProfile} says what the hardness counts). Every feasibility
 * approach rates a path higher the less hardened it is (for one kind of entry), so the least-hardened path of each
 * kind is the most feasible of that kind, and the most feasible path overall is among these four.
 *
 * <p>One Dijkstra search per entry kind from all entry points of that kind at once, on the first query:
 * O(4 · (V + E) log V) for the whole graph, after which each query walks one path back. Hardness ties are broken by
 * fewer steps, then by model order.
 */
public final class PathFeasibility {

	private static final int UNREACHED = Integer.MAX_VALUE;
	private static final int ENTRY_AUTHENTICATION = 2;

	private final AttackGraph graph;
	private final TrustZones zones;
	private final Map<Element, Integer> index = new IdentityHashMap<>();
	private final List<Element> elements = new ArrayList<>();
	private Map<EntryKind, Search> searches;
	private int[][] outgoing; // per element index: indices into steps
	private AttackStep[] steps;
	private int[] stepHardness;
	private int[] stepTarget;

	/**
	 * @param graph the attack graph of a model
	 * @param zones the trust zones of the same model (which steps go into a more trusted zone)
	 */
	public PathFeasibility(AttackGraph graph, TrustZones zones) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.zones = Objects.requireNonNull(zones, "zones");
	}

	/**
	 * The least-hardened path of each entry kind that reaches {@code target}, in the order of {@link EntryKind}; empty
	 * when no entry point reaches it. An entry point gets a path without steps for each of its own kinds.
	 *
	 * @throws IllegalArgumentException when {@code target} is not an element of the attack graph
	 */
	public List<PathProfile> profiles(Element target) {
		search();
		Integer at = index.get(target);
		if (at == null) {
			throw new IllegalArgumentException(target + " is not an element of the attack graph");
		}
		List<PathProfile> profiles = new ArrayList<>();
		for (Map.Entry<EntryKind, Search> entry : searches.entrySet()) {
			Search search = entry.getValue();
			if (search.hardness[at] != UNREACHED) {
				profiles.add(profile(target, at, entry.getKey(), search));
			}
		}
		return profiles;
	}

	private PathProfile profile(Element target, int at, EntryKind kind, Search search) {
		List<AttackStep> path = new ArrayList<>();
		int authenticated = 0;
		int encrypted = 0;
		int inward = 0;
		int escapes = 0;
		int current = at;
		while (search.via[current] >= 0) {
			int step = search.via[current];
			AttackStep attackStep = steps[step];
			path.add(attackStep);
			DataFlow flow = attackStep.flow();
			if (flow != null) {
				authenticated += authenticates(flow.getAuthentication()) ? 1 : 0;
				encrypted += encrypts(flow.getEncryption()) ? 1 : 0;
			} else if (attackStep.from().getHostedOn() == attackStep.to()) {
				escapes++;
			}
			inward += zones.trustLevel(attackStep.to()) > zones.trustLevel(attackStep.from()) ? 1 : 0;
			current = index.get(attackStep.from());
		}
		java.util.Collections.reverse(path);
		Element entry = elements.get(current);
		AttackPath attackPath = null;
		if (!path.isEmpty()) {
			List<TrustBoundary> crossed = new ArrayList<>();
			for (AttackStep step : path) {
				crossed.addAll(zones.crossed(step.from(), step.to()));
			}
			attackPath = new AttackPath(path, crossed);
		}
		return new PathProfile(target, kind, entry, search.entryAuthenticated[current], path, attackPath, authenticated,
				encrypted, inward, escapes, search.hardness[at]);
	}

	private void search() {
		if (searches != null) {
			return;
		}
		for (Element element : graph.graph().vertexSet()) {
			index.put(element, elements.size());
			elements.add(element);
		}
		steps = graph.graph().edgeSet().toArray(AttackStep[]::new);
		stepHardness = new int[steps.length];
		stepTarget = new int[steps.length];
		int[] degree = new int[elements.size()];
		for (int i = 0; i < steps.length; i++) {
			stepHardness[i] = hardness(steps[i])
					+ (zones.trustLevel(steps[i].to()) > zones.trustLevel(steps[i].from()) ? 1 : 0);
			stepTarget[i] = index.get(steps[i].to());
			degree[index.get(steps[i].from())]++;
		}
		outgoing = new int[elements.size()][];
		for (int i = 0; i < degree.length; i++) {
			outgoing[i] = new int[degree[i]];
		}
		Arrays.fill(degree, 0);
		for (int i = 0; i < steps.length; i++) {
			int from = index.get(steps[i].from());
			outgoing[from][degree[from]++] = i;
		}
		Map<EntryKind, Search> result = new EnumMap<>(EntryKind.class);
		for (EntryKind kind : EntryKind.values()) {
			result.put(kind, new Search(kind));
		}
		searches = result;
	}

	/** What one step adds to a path's hardness, apart from going into a more trusted zone. */
	private static int hardness(AttackStep step) {
		DataFlow flow = step.flow();
		int hardness = 0;
		if (flow != null) {
			hardness += authenticates(flow.getAuthentication()) ? 2 : 0;
			hardness += encrypts(flow.getEncryption()) ? 1 : 0;
		} else if (step.from().getHostedOn() == step.to()) {
			hardness += 1; // out of a process or container onto its host
		}
		return hardness;
	}

	/** Stated authentication; "unknown" is a gap, counted as none (docs/metamodel.md: not stated is not none, but no defence either). */
	static boolean authenticates(Authentication authentication) {
		return authentication != null && authentication != Authentication.UNKNOWN && authentication != Authentication.NONE;
	}

	static boolean encrypts(Encryption encryption) {
		return encryption == Encryption.TRANSPORT || encryption == Encryption.END_TO_END;
	}

	/**
	 * The hardness of entering at {@code element} as {@code kind}: 0 when it is an entry of that kind with at least
	 * one interface of that kind that does not authenticate (or an external entity), 2 when all of them
	 * authenticate, null when it is no entry of that kind.
	 */
	static Integer entryHardness(Element element, EntryKind kind) {
		if (kind == EntryKind.EXTERNAL_ENTITY) {
			return element instanceof ExternalEntity ? 0 : null;
		}
		Integer hardness = null;
		for (Interface port : element.getInterfaces()) {
			if (port.isEnabledInProduction() && EntryKind.of(port.getExposure()) == kind) {
				int own = authenticates(port.getAuthentication()) ? ENTRY_AUTHENTICATION : 0;
				hardness = hardness == null ? own : Math.min(hardness, own);
			}
		}
		return hardness;
	}

	/** One multi-source Dijkstra search from every entry point of one kind. */
	private final class Search {

		final int[] hardness;
		final int[] via;
		final boolean[] entryAuthenticated;

		Search(EntryKind kind) {
			int n = elements.size();
			hardness = new int[n];
			via = new int[n];
			entryAuthenticated = new boolean[n];
			int[] length = new int[n];
			Arrays.fill(hardness, UNREACHED);
			Arrays.fill(via, -1);
			// key: hardness, then steps, then element index (model order), packed into one long
			PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
					: a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
			for (int i = 0; i < n; i++) {
				Integer entry = entryHardness(elements.get(i), kind);
				if (entry != null) {
					hardness[i] = entry;
					entryAuthenticated[i] = entry > 0;
					queue.add(new long[] { entry, 0, i });
				}
			}
			while (!queue.isEmpty()) {
				long[] head = queue.poll();
				int at = (int) head[2];
				if (head[0] != hardness[at] || head[1] != length[at]) {
					continue; // superseded
				}
				for (int step : outgoing[at]) {
					int to = stepTarget[step];
					int reached = hardness[at] + stepHardness[step];
					if (reached < hardness[to] || reached == hardness[to] && length[at] + 1 < length[to]) {
						hardness[to] = reached;
						length[to] = length[at] + 1;
						via[to] = step;
						queue.add(new long[] { reached, length[to], to });
					}
				}
			}
		}
	}
}
