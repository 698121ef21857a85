package org.threatwright.analysis.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;

/**
 * Who is hosted on whom, both ways: the model keeps only the upward reference ({@code hostedOn}); this view
 * adds what runs on an element. Built in one pass over the elements; each question then costs the size of
 * its answer (plus sorting it into model order). Safe against hosting cycles, which validation refuses.
 *
 * <p>An {@link #updatable(SystemModel, ModelOrder) updatable} view follows changes of hosting and of the
 * elements in the model through {@link #refresh(Element)}, O(guests of the old host) each. It must not
 * change while rules read it.
 */
public final class Hosting {

	private final SystemModel model;
	private final Map<Element, List<Element>> guests = new IdentityHashMap<>();
	/** The host each element is filed under, to find it again when its hosting changes. */
	private final Map<Element, Element> filedUnder = new IdentityHashMap<>();
	private final ToLongFunction<Element> order;
	private final boolean updatable;

	private Hosting(SystemModel model, ToLongFunction<Element> order, boolean updatable) {
		this.model = model;
		this.updatable = updatable;
		Map<Element, Integer> index = updatable ? null : new IdentityHashMap<>();
		for (Element element : model.getElements()) {
			file(element);
			if (index != null) {
				index.putIfAbsent(element, index.size());
			}
		}
		this.order = index != null ? index::get : order;
	}

	public static Hosting of(SystemModel model) {
		return new Hosting(model, null, false);
	}

	/** A view that can follow changes of {@code model}, putting answers in the order {@code order} keeps. */
	public static Hosting updatable(SystemModel model, ModelOrder order) {
		return new Hosting(model, order::position, true);
	}

	/** {@code element} and everything hosted on it, directly or not, in no particular order. */
	public Set<Element> withEverythingOn(Element element) {
		Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Element> pending = new ArrayDeque<>();
		pending.add(element);
		while (!pending.isEmpty()) {
			Element next = pending.poll();
			if (found.add(next)) {
				pending.addAll(guests.getOrDefault(next, List.of()));
			}
		}
		return found;
	}

	/**
	 * The elements whose device (see {@code ModelElements.deviceOf}) is {@code device}, the device itself
	 * excluded, in model order: what runs on it, down to (not into) another device hosted on it.
	 */
	public List<Element> onDevice(Device device) {
		return onDevice(device, false);
	}

	/** {@code device} and the elements that run on it (see {@link #onDevice(Device)}), in model order. */
	public List<Element> deviceAndWhatRunsOnIt(Device device) {
		return onDevice(device, true);
	}

	private List<Element> onDevice(Device device, boolean withDevice) {
		List<Element> found = new ArrayList<>();
		if (withDevice) {
			found.add(device);
		}
		Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.add(device);
		Deque<Element> pending = new ArrayDeque<>(guests.getOrDefault(device, List.of()));
		while (!pending.isEmpty()) {
			Element next = pending.poll();
			if (!(next instanceof Device) && seen.add(next)) {
				found.add(next);
				pending.addAll(guests.getOrDefault(next, List.of()));
			}
		}
		found.sort(Comparator.comparingLong(order));
		return found;
	}

	/** What {@code element} runs on, directly or not, nearest first; itself excluded. */
	public static List<Element> hostsOf(Element element) {
		List<Element> hosts = new ArrayList<>();
		Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.add(element);
		for (Element host = element.getHostedOn(); host != null && seen.add(host); host = host.getHostedOn()) {
			hosts.add(host);
		}
		return hosts;
	}

	/** Follows a change of the element's host, or its addition to or removal from the model. Not while rules read this view. */
	public void refresh(Element element) {
		if (!updatable) {
			throw new IllegalStateException("this view was built for one analysis; use Hosting.updatable");
		}
		Element host = filedUnder.remove(element);
		if (host != null) {
			guests.get(host).remove(element);
		}
		if (element.eContainer() == model) {
			file(element);
		}
	}

	private void file(Element element) {
		Element host = element.getHostedOn();
		if (host != null) {
			guests.computeIfAbsent(host, key -> new ArrayList<>()).add(element);
			filedUnder.put(element, host);
		}
	}
}
