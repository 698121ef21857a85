package org.threatwright.model.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.ModelElements;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/**
 * "Hosted on" is a containment: a process runs on a device, which cannot in turn run on the process.
 * Reports each cycle once, on its first element in model order.
 */
public final class HostingCycleCheck implements ModelCheck {

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		Set<Element> reported = new HashSet<>();
		for (Element start : model.getElements()) {
			List<Element> cycle = cycleFrom(start);
			if (cycle.contains(start) && reported.addAll(cycle)) {
				String path = cycle.stream().map(ModelElements::kindAndName).collect(Collectors.joining(" → "));
				problems.error("hosting-cycle", start,
						"'hosted on' forms a containment cycle: " + path + " → back to the first");
			}
		}
	}

	/** The cycle reached from {@code start} through hostedOn, starting at its first repeated element. */
	private static List<Element> cycleFrom(Element start) {
		Set<Element> seen = new LinkedHashSet<>();
		for (Element current = start; current != null; current = current.getHostedOn()) {
			if (!seen.add(current)) {
				List<Element> path = new ArrayList<>(seen);
				return path.subList(path.indexOf(current), path.size());
			}
		}
		return List.of();
	}
}
