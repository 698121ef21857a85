package org.threatwright.analysis.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.threatwright.analysis.graph.ModelOrder;
import org.threatwright.model.Component;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage.Literals;
import org.threatwright.model.query.ModelElements;

/**
 * Listens to a model and records what changed since the last analysis, sorted by what an incremental
 * analysis must do about it: which elements, flows, suppliers, data assets and boundaries were touched,
 * which of them changed the derived views (flows rewired, elements re-hosted or moved between zones,
 * components re-supplied), with the old ends and hosts a change left behind. Keeps the {@link ModelOrder}
 * up to date as objects are added and removed, at once, while the tree is as the notification describes it.
 * A change it cannot place (anything on the product itself, people, roles, nested boundaries) asks for a full
 * derivation. O(1) per notification, plus the size of an added or removed subtree.
 */
final class ChangeLog extends EContentAdapter {

	private final SystemModel model;
	private final ModelOrder order;

	final Set<Element> elements = identitySet();
	final Set<Element> rezoned = identitySet();
	final Set<Element> addedOrRemovedElements = identitySet();
	final Set<Element> resupplied = identitySet();
	final Set<DataFlow> flows = identitySet();
	final Set<DataFlow> rewired = identitySet();
	/** Suppliers whose own attributes changed: their components' findings name them. */
	final Set<Supplier> suppliers = identitySet();
	/** Suppliers whose list of supplied components changed, or which came or went: only their own findings list it. */
	final Set<Supplier> listings = identitySet();
	final Set<Supplier> addedOrRemovedSuppliers = identitySet();
	final Set<DataAsset> assets = identitySet();
	final Set<TrustBoundary> boundaries = identitySet();
	String fullReason;
	private int count;

	/** Set while the engine's own rules run: any change then is a rule breaking its contract. */
	volatile boolean evaluating;
	private volatile int changesWhileEvaluating;

	ChangeLog(SystemModel model, ModelOrder order) {
		this.model = model;
		this.order = order;
	}

	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}

	/** Whether anything was recorded since the last {@link #clear()}. */
	boolean isEmpty() {
		return count == 0;
	}

	int changesWhileEvaluating() {
		return changesWhileEvaluating;
	}

	void clear() {
		count = 0;
		fullReason = null;
		changesWhileEvaluating = 0;
		List.of(elements, rezoned, addedOrRemovedElements, resupplied, flows, rewired, suppliers, listings, addedOrRemovedSuppliers,
				assets, boundaries).forEach(Set::clear);
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		int type = notification.getEventType();
		if (notification.isTouch() || type == Notification.REMOVING_ADAPTER || type == Notification.RESOLVE) {
			return;
		}
		if (evaluating) {
			changesWhileEvaluating++;
		}
		count++;
		keepOrder(notification);
		record(notification.getNotifier(), notification.getFeature(), removedValues(notification), addedValues(notification));
	}

	private void keepOrder(Notification notification) {
		if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
			if (notification.getEventType() == Notification.MOVE) {
				order.removed((EObject) notification.getNewValue());
				order.inserted((EObject) notification.getNewValue());
				return;
			}
			removedValues(notification).forEach(removed -> order.removed((EObject) removed));
			addedValues(notification).forEach(added -> order.inserted((EObject) added));
		} else if (notification.getFeature() == Literals.MODEL_ELEMENT__ID) {
			order.idChanged((ModelElement) notification.getNotifier(), notification.getOldStringValue());
		}
	}

	private void record(Object notifier, Object feature, List<Object> removed, List<Object> added) {
		List<Object> both = new ArrayList<>(removed);
		both.addAll(added);
		if (notifier instanceof SystemModel) {
			recordProduct(feature, both);
		} else if (notifier instanceof TrustBoundary boundary) {
			if (feature == Literals.TRUST_BOUNDARY__MEMBERS) {
				both.forEach(member -> rezone((Element) member));
			} else if (feature == Literals.TRUST_BOUNDARY__BOUNDARIES) {
				full("a trust boundary was added, removed or moved");
			} else {
				boundaries.add(boundary);
			}
		} else if (notifier instanceof DataFlow flow) {
			flows.add(flow);
			if (feature == Literals.DATA_FLOW__SOURCE || feature == Literals.DATA_FLOW__TARGET) {
				rewired.add(flow);
				both.forEach(end -> elements.add((Element) end));
			}
		} else if (notifier instanceof DataAsset asset) {
			assets.add(asset);
		} else if (notifier instanceof Supplier supplier) {
			suppliers.add(supplier);
		} else if (notifier instanceof Element element) {
			elements.add(element);
			if (feature == Literals.ELEMENT__HOSTED_ON) {
				rezone(element);
				both.forEach(host -> elements.add((Element) host));
			} else if (feature == Literals.ELEMENT__COMPONENTS) {
				resupplied.add(element);
				both.forEach(component -> suppliersOf((Component) component, listings));
			}
		} else if (notifier instanceof Component component) {
			Element owner = ModelElements.owningElement(component);
			if (owner != null) {
				elements.add(owner);
			}
			// a component's name and presence show in its supplier's findings
			suppliersOf(component, listings);
			if (feature == Literals.COMPONENT__SUPPLIER || feature == Literals.COMPONENT__COMPONENTS) {
				if (owner != null) {
					resupplied.add(owner);
				}
				both.forEach(value -> {
					if (value instanceof Supplier supplier) {
						listings.add(supplier);
					} else {
						suppliersOf((Component) value, listings);
					}
				});
			}
		} else if (notifier instanceof EObject part && ModelElements.owningElement(part) != null) {
			elements.add(ModelElements.owningElement(part)); // an interface, update mechanism or external id
		} else if (notifier instanceof EObject part && part.eContainer() instanceof ModelElement owner
				&& !(owner instanceof SystemModel)) {
			record(owner, null, List.of(), List.of()); // an external id of a flow, supplier, asset or boundary
		} else {
			full("a change to " + describe(notifier) + ", which is product-level");
		}
	}

	private void recordProduct(Object feature, List<Object> values) {
		if (feature == Literals.SYSTEM_MODEL__ELEMENTS) {
			for (Object value : values) {
				Element element = (Element) value;
				elements.add(element);
				rezone(element);
				addedOrRemovedElements.add(element);
				resupplied.add(element);
				element.getComponents().forEach(component -> suppliersOf(component, listings));
			}
		} else if (feature == Literals.SYSTEM_MODEL__FLOWS) {
			for (Object value : values) {
				DataFlow flow = (DataFlow) value;
				flows.add(flow);
				rewired.add(flow);
				addIfPresent(elements, flow.getSource());
				addIfPresent(elements, flow.getTarget());
			}
		} else if (feature == Literals.SYSTEM_MODEL__SUPPLIERS) {
			values.forEach(value -> {
				listings.add((Supplier) value);
				addedOrRemovedSuppliers.add((Supplier) value);
			});
		} else if (feature == Literals.SYSTEM_MODEL__DATA_ASSETS) {
			values.forEach(value -> assets.add((DataAsset) value));
		} else {
			full("a product-level change (" + (feature == null ? "unknown feature" : describe(feature)) + ")");
		}
	}

	private void rezone(Element element) {
		elements.add(element);
		rezoned.add(element);
	}

	private static <T> void addIfPresent(Collection<T> into, T value) {
		if (value != null) {
			into.add(value);
		}
	}

	private static void suppliersOf(Component component, Set<Supplier> into) {
		addIfPresent(into, component.getSupplier());
		component.getComponents().forEach(child -> suppliersOf(child, into));
	}

	private void full(String reason) {
		if (fullReason == null) {
			fullReason = reason;
		}
	}

	private static String describe(Object object) {
		return object instanceof org.eclipse.emf.ecore.ENamedElement named ? named.getName()
				: object instanceof EObject eObject ? eObject.eClass().getName() : String.valueOf(object);
	}

	private static List<Object> removedValues(Notification notification) {
		return switch (notification.getEventType()) {
			case Notification.REMOVE, Notification.SET, Notification.UNSET -> valueList(notification.getOldValue());
			case Notification.REMOVE_MANY -> valueList(notification.getOldValue());
			default -> List.of();
		};
	}

	private static List<Object> addedValues(Notification notification) {
		return switch (notification.getEventType()) {
			case Notification.ADD, Notification.SET, Notification.UNSET -> valueList(notification.getNewValue());
			case Notification.ADD_MANY -> valueList(notification.getNewValue());
			case Notification.MOVE -> valueList(notification.getNewValue());
			default -> List.of();
		};
	}

	/** EObject values only: attribute values are not what the log tracks. */
	private static List<Object> valueList(Object value) {
		if (value instanceof Collection<?> many) {
			return many.stream().filter(EObject.class::isInstance).map(Object.class::cast).toList();
		}
		return value instanceof EObject ? List.of(value) : List.of();
	}
}
