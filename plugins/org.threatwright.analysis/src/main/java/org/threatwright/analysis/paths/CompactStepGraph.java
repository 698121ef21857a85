package org.threatwright.analysis.paths;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.threatwright.model.Element;

/**
 * The attack graph as int arrays (compressed sparse rows, out- and in-edges), for searches that run many
 * times per query: no hashing, no boxing, no iterator objects. Vertex and edge numbers follow the JGraphT
 * graph's iteration order, so searches over it are deterministic. One extra vertex, the last, has a step to
 * every entry point and none into it: a search from it finds paths from any entry point. Built in O(V + E).
 */
final class CompactStepGraph {

	final Element[] vertices;
	final AttackStep[] steps;
	final int[] from;
	final int[] to;
	/** Out-edges of vertex v: outEdges[outStart[v] .. outStart[v+1]). */
	final int[] outStart;
	final int[] outEdges;
	/** In-edges of vertex v: inEdges[inStart[v] .. inStart[v+1]). */
	final int[] inStart;
	final int[] inEdges;
	private final Map<Element, Integer> index = new IdentityHashMap<>();

	/** The extra vertex with a step to every entry point; its steps have no {@link AttackStep} (null). */
	final int anyEntryPoint;

	CompactStepGraph(Graph<Element, AttackStep> graph, List<Element> entryPoints) {
		List<Element> vertexList = new ArrayList<>(graph.vertexSet());
		anyEntryPoint = vertexList.size();
		vertexList.add(null);
		vertices = vertexList.toArray(Element[]::new);
		for (int v = 0; v < anyEntryPoint; v++) {
			index.put(vertices[v], v);
		}
		List<AttackStep> edgeList = new ArrayList<>(graph.edgeSet());
		int flowSteps = edgeList.size();
		steps = new AttackStep[flowSteps + entryPoints.size()];
		edgeList.toArray(steps);
		from = new int[steps.length];
		to = new int[steps.length];
		int[] outDegree = new int[vertices.length + 1];
		int[] inDegree = new int[vertices.length + 1];
		for (int e = 0; e < steps.length; e++) {
			if (e < flowSteps) {
				from[e] = index.get(steps[e].from());
				to[e] = index.get(steps[e].to());
			} else {
				from[e] = anyEntryPoint;
				to[e] = index.get(entryPoints.get(e - flowSteps));
			}
			outDegree[from[e]]++;
			inDegree[to[e]]++;
		}
		outStart = prefixSums(outDegree);
		inStart = prefixSums(inDegree);
		outEdges = new int[steps.length];
		inEdges = new int[steps.length];
		int[] outFill = outStart.clone();
		int[] inFill = inStart.clone();
		for (int e = 0; e < steps.length; e++) {
			outEdges[outFill[from[e]]++] = e;
			inEdges[inFill[to[e]]++] = e;
		}
	}

	private static int[] prefixSums(int[] degree) {
		int[] start = new int[degree.length];
		for (int v = 1; v < degree.length; v++) {
			start[v] = start[v - 1] + degree[v - 1];
		}
		return start;
	}

	int edgeCount() {
		return steps.length;
	}

	int vertexCount() {
		return vertices.length;
	}

	/** The vertex number of {@code element}, or -1 if it is not in the graph. */
	int indexOf(Element element) {
		Integer v = index.get(element);
		return v == null ? -1 : v;
	}
}
