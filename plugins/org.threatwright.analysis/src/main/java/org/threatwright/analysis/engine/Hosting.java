package org.threatwright.analysis.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;

/**
 * Who is hosted on whom, both ways, for one state of the model: what runs on an element (transitively), and
 * what it runs on. One pass over the elements to build (the model keeps only the upward reference); each
 * question then costs the size of its answer. Safe against hosting cycles, which validation refuses.
 */
final class Hosting {

	private final Map<Element, List<Element>> hostedDirectlyOn = new IdentityHashMap<>();

	Hosting(SystemModel model) {
		for (Element element : model.getElements()) {
			if (element.getHostedOn() != null) {
				hostedDirectlyOn.computeIfAbsent(element.getHostedOn(), host -> new ArrayList<>()).add(element);
			}
		}
	}

	/** {@code element} and everything hosted on it, directly or not. */
	Set<Element> withEverythingOn(Element element) {
		Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Element> pending = new ArrayDeque<>();
		pending.add(element);
		while (!pending.isEmpty()) {
			Element next = pending.poll();
			if (found.add(next)) {
				pending.addAll(hostedDirectlyOn.getOrDefault(next, List.of()));
			}
		}
		return found;
	}

	/** What {@code element} runs on, directly or not, nearest first; itself excluded. */
	static List<Element> hostsOf(Element element) {
		List<Element> hosts = new ArrayList<>();
		Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.add(element);
		for (Element host = element.getHostedOn(); host != null && seen.add(host); host = host.getHostedOn()) {
			hosts.add(host);
		}
		return hosts;
	}
}
