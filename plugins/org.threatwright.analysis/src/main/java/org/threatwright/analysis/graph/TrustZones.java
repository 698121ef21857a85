package org.threatwright.analysis.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * Which trust boundaries each element lies in. An element is inside the boundary that lists it and every
 * boundary enclosing that one; an element that no boundary lists lies where the element it is hosted on lies
 * (a process inherits its device's zones). Outside every boundary the trust level is 0.
 *
 * <p>Immutable while rules read it; between analyses an incremental analysis brings it up to date with
 * {@link #refresh}, which costs O(boundary memberships) per element instead of a rebuild of the whole model.
 */
public final class TrustZones {

	private final SystemModel model;
	private final Map<Element, TrustBoundary> listedIn = new IdentityHashMap<>();
	private final Map<Element, List<TrustBoundary>> chains = new IdentityHashMap<>();

	/**
	 * Computes every element's chain up front, so that the object is immutable afterwards and can be shared by
	 * rules running in parallel. Linear in the model (times the nesting depth).
	 */
	private TrustZones(SystemModel model) {
		this.model = model;
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof TrustBoundary boundary) {
				// innermost-only membership is validated; if an element is listed twice, the first listing wins
				boundary.getMembers().forEach(member -> listedIn.putIfAbsent(member, boundary));
			}
		}
		for (Element element : model.getElements()) {
			chains.put(element, computeChain(element));
		}
	}

	public static TrustZones of(SystemModel model) {
		return new TrustZones(model);
	}

	/**
	 * Brings the zones of {@code elements} up to date after their boundary membership, their hosting or their
	 * presence in the model changed. The caller names every element whose chain may have changed: those
	 * hosted on a changed element inherit its zones. Not while rules read this object.
	 */
	public void refresh(Iterable<Element> elements) {
		for (Element element : elements) {
			TrustBoundary listed = firstListing(model.getBoundaries(), element);
			if (listed == null) {
				listedIn.remove(element);
			} else {
				listedIn.put(element, listed);
			}
		}
		for (Element element : elements) {
			if (element.eContainer() == model) {
				chains.put(element, computeChain(element));
			} else {
				chains.remove(element);
			}
		}
	}

	/** The first boundary in model order that lists {@code element}, as the constructor's first-listing-wins rule has it. */
	private static TrustBoundary firstListing(List<TrustBoundary> boundaries, Element element) {
		for (TrustBoundary boundary : boundaries) {
			if (boundary.getMembers().contains(element)) {
				return boundary;
			}
			TrustBoundary nested = firstListing(boundary.getBoundaries(), element);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

	/** The boundaries {@code element} lies in, outermost first; empty if it lies outside all of them. */
	public List<TrustBoundary> chain(Element element) {
		List<TrustBoundary> chain = chains.get(element);
		return chain != null ? chain : computeChain(element);
	}

	/** The innermost boundary around {@code element}, if any. */
	public Optional<TrustBoundary> innermost(Element element) {
		List<TrustBoundary> chain = chain(element);
		return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
	}

	/** The trust level of the innermost boundary around {@code element}; 0 outside all boundaries. */
	public int trustLevel(Element element) {
		return innermost(element).map(TrustBoundary::getTrustLevel).orElse(0);
	}

	/**
	 * The boundaries a flow crosses: those around its source or its target but not around both, the source's
	 * innermost first, then the target's outermost first (the order in which data passes them).
	 */
	public List<TrustBoundary> crossed(DataFlow flow) {
		return crossed(flow.getSource(), flow.getTarget());
	}

	/** The boundaries passed going from {@code source} to {@code target}, in the order they are passed. */
	public List<TrustBoundary> crossed(Element source, Element target) {
		List<TrustBoundary> from = chain(source);
		List<TrustBoundary> to = chain(target);
		// chains run from the outermost boundary inwards, so the boundaries around both ends are a common prefix
		int shared = 0;
		while (shared < from.size() && shared < to.size() && from.get(shared) == to.get(shared)) {
			shared++;
		}
		if (shared == from.size() && shared == to.size()) {
			return List.of();
		}
		List<TrustBoundary> crossed = new ArrayList<>(from.size() + to.size() - 2 * shared);
		for (int i = from.size() - 1; i >= shared; i--) {
			crossed.add(from.get(i));
		}
		crossed.addAll(to.subList(shared, to.size()));
		return crossed;
	}

	public boolean crossesBoundary(DataFlow flow) {
		return !crossed(flow).isEmpty();
	}

	private List<TrustBoundary> computeChain(Element element) {
		Set<Element> visited = new LinkedHashSet<>();
		Element current = element;
		while (current != null && visited.add(current)) {
			TrustBoundary listed = listedIn.get(current);
			if (listed != null) {
				List<TrustBoundary> chain = new ArrayList<>();
				for (EObject object = listed; object instanceof TrustBoundary boundary; object = object.eContainer()) {
					chain.add(0, boundary);
				}
				return List.copyOf(chain);
			}
			current = current.getHostedOn();
		}
		return List.of();
	}
}
