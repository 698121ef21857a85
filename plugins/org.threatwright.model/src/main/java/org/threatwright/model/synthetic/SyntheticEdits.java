package org.threatwright.model.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.threatwright.model.Authentication;
import org.threatwright.model.Authorization;
import org.threatwright.model.BoundaryKind;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.ComponentType;
import org.threatwright.model.CredentialProvisioning;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.Exposure;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceKind;
import org.threatwright.model.InterfaceTechnology;
import org.threatwright.model.ModelElement;
import org.threatwright.model.PairingMethod;
import org.threatwright.model.Protocol;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.UpdateMethod;
import org.threatwright.model.query.ModelElements;

/**
 * Random but valid edits of a model, as an architect would make them in an editor: attributes of every kind
 * of object, flows added, removed and reconnected, hosting changed, elements, interfaces, components and data
 * links added and removed, elements moved between boundaries and within their list, ids changed, the
 * product's support period, boundaries nested. Each edit
 * returns a description for failure messages. Seeded, so a failure can be replayed. For property tests of
 * incremental analyses and for benchmarks; each edit costs a pass over the model to pick its target.
 */
public final class SyntheticEdits {

	/** What an edit changes, for the tests and the benchmark that report them separately. */
	public enum Kind {
		/** An attribute of one element, flow, interface, component, update mechanism or supplier; a name; an id. */
		ATTRIBUTE,
		/** An attribute of something many elements and flows share: a data asset, a trust boundary. */
		SHARED_ATTRIBUTE,
		/** Flows, hosting, membership, elements and their parts added, removed or moved. */
		STRUCTURE,
		/** The product itself, or the nesting of its boundaries. */
		PRODUCT
	}

	public record Edit(Kind kind, String description) {
	}

	private static final TwFactory F = TwFactory.eINSTANCE;

	private final SystemModel model;
	private final Random random;
	private int created;

	public SyntheticEdits(SystemModel model, long seed) {
		this.model = model;
		this.random = new Random(seed);
	}

	/** Hosts about a third of the non-device elements on random devices, so that host chains are exercised. */
	public void hostSome() {
		List<Device> devices = model.getElements().stream().filter(Device.class::isInstance).map(Device.class::cast).toList();
		if (devices.isEmpty()) {
			return;
		}
		for (Element element : model.getElements()) {
			if (!(element instanceof Device) && element.getHostedOn() == null && random.nextInt(3) == 0) {
				element.setHostedOn(devices.get(random.nextInt(devices.size())));
			}
		}
	}

	/** Applies one random edit; product-level edits only if {@code withProduct}. */
	public Edit next(boolean withProduct) {
		while (true) {
			int choice = random.nextInt(withProduct ? 100 : 98);
			Edit edit = choice < 55 ? attribute() : choice < 98 ? structure() : product();
			if (edit != null) {
				return edit;
			}
		}
	}

	/**
	 * One attribute edit (nothing the derived views depend on), or null if the model has nothing to edit; its
	 * kind says whether it was of one object or of a shared one.
	 */
	public Edit attribute() {
		return switch (random.nextInt(10)) {
			case 0 -> rename();
			case 1 -> elementAttribute();
			case 2 -> flowAttribute();
			case 3 -> interfaceAttribute();
			case 4 -> componentAttribute();
			case 5 -> supplierAttribute();
			case 6 -> assetAttribute();
			case 7 -> boundaryAttribute();
			case 8 -> updateAttribute();
			default -> elementAttribute();
		};
	}

	/** One structural edit (flows, hosting, membership, elements and their parts added or removed), or null if the model has nothing to edit. */
	public Edit structure() {
		return switch (random.nextInt(14)) {
			case 13 -> reorder();
			case 0 -> addFlow();
			case 1 -> removeFlow();
			case 2 -> reconnectFlow();
			case 3 -> rehost();
			case 4 -> addElement();
			case 5 -> removeElement();
			case 6 -> addOrRemoveInterface();
			case 7 -> addOrRemoveComponent();
			case 8 -> elementAssetLink();
			case 9 -> flowAssetLink();
			case 10 -> moveBetweenBoundaries();
			case 11 -> componentSupplier();
			default -> addOrRemoveUpdateMechanism();
		};
	}

	/** Changes the product's support period: a product-level edit. */
	public Edit product() {
		if (random.nextInt(3) == 0) {
			Edit nesting = nestedBoundary();
			if (nesting != null) {
				return nesting;
			}
		}
		LocalDate before = model.getSupportedUntil();
		model.setSupportedUntil(random.nextInt(4) == 0 ? null : LocalDate.of(2024 + random.nextInt(10), 1 + random.nextInt(12), 1));
		return new Edit(Kind.PRODUCT, "product supportedUntil " + before + " -> " + model.getSupportedUntil());
	}

	// ---- attribute edits

	private Edit rename() {
		List<ModelElement> candidates = new ArrayList<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof ModelElement element && !(object instanceof org.threatwright.model.Person)) {
				candidates.add(element);
			}
		});
		ModelElement target = pick(candidates);
		Kind kind = target instanceof DataAsset || target instanceof TrustBoundary ? Kind.SHARED_ATTRIBUTE : Kind.ATTRIBUTE;
		if (random.nextInt(6) == 0) {
			String oldId = target.getId();
			target.setId(new java.util.UUID(random.nextLong(), random.nextLong()).toString());
			return new Edit(kind, "new id of " + target.eClass().getName() + " " + oldId + " -> " + target.getId());
		}
		String before = target.getName();
		target.setName(random.nextInt(8) == 0 ? null : "Renamed " + random.nextInt(1000));
		return new Edit(kind, "rename " + target.eClass().getName() + " " + target.getId() + " '" + before + "' -> '" + target.getName() + "'");
	}

	private Edit elementAttribute() {
		Element element = pick(model.getElements());
		if (element == null) {
			return null;
		}
		String what;
		int choice = random.nextInt(4);
		if (element instanceof Device device && choice > 0) {
			switch (random.nextInt(5)) {
				case 0 -> device.setSecureBoot(!device.isSecureBoot());
				case 1 -> device.setSecureStorage(!device.isSecureStorage());
				case 2 -> device.setSecretsInFirmware(!device.isSecretsInFirmware());
				case 3 -> device.setTamperResistant(!device.isTamperResistant());
				default -> device.setHardwareRootOfTrust(!device.isHardwareRootOfTrust());
			}
			what = "device flag";
		} else if (element instanceof DataStore store && choice > 0) {
			if (random.nextBoolean()) {
				store.setHoldsLogs(!store.isHoldsLogs());
			} else {
				store.setEncryptedAtRest(!store.isEncryptedAtRest());
			}
			what = "store flag";
		} else {
			element.setSafetyRelevant(!element.isSafetyRelevant());
			what = "safetyRelevant";
		}
		return attribute(what + " of " + element);
	}

	private Edit flowAttribute() {
		DataFlow flow = pick(model.getFlows());
		if (flow == null) {
			return null;
		}
		switch (random.nextInt(5)) {
			case 0 -> flow.setProtocol(pickEnum(Protocol.VALUES));
			case 1 -> flow.setEncryption(pickEnum(Encryption.VALUES));
			case 2 -> flow.setAuthentication(pickEnum(Authentication.VALUES));
			case 3 -> flow.setAuthorization(pickEnum(Authorization.VALUES));
			default -> flow.setDirection(pickEnum(FlowDirection.VALUES));
		}
		return attribute("attribute of " + flow);
	}

	private Edit interfaceAttribute() {
		Interface port = pick(all(Element::getInterfaces));
		if (port == null) {
			return null;
		}
		switch (random.nextInt(7)) {
			case 0 -> port.setExposure(pickEnum(Exposure.VALUES));
			case 1 -> port.setAuthentication(pickEnum(Authentication.VALUES));
			case 2 -> port.setEnabledInProduction(!port.isEnabledInProduction());
			case 3 -> port.setKind(pickEnum(InterfaceKind.VALUES));
			case 4 -> port.setTechnology(pickEnum(InterfaceTechnology.VALUES));
			case 5 -> port.setCredentials(pickEnum(CredentialProvisioning.VALUES));
			default -> port.setPairing(pickEnum(PairingMethod.VALUES));
		}
		return attribute("attribute of " + port);
	}

	private Edit componentAttribute() {
		Component component = pick(components());
		if (component == null) {
			return null;
		}
		switch (random.nextInt(6)) {
			case 0 -> component.setVersion(random.nextInt(3) == 0 ? null : "2." + random.nextInt(9));
			case 1 -> component.setPurl(random.nextInt(3) == 0 ? null : "pkg:generic/x@" + random.nextInt(9));
			case 2 -> component.setEndOfSupport(random.nextInt(4) == 0 ? null
					: LocalDate.of(2024 + random.nextInt(10), 1 + random.nextInt(12), 1));
			case 3 -> component.setAssessor(component.getAssessor() != null || model.getPeople().isEmpty() ? null
					: model.getPeople().get(0));
			case 4 -> component.setOrigin(pickEnum(ComponentOrigin.VALUES));
			default -> component.setLicence(random.nextInt(3) == 0 ? null : random.nextBoolean() ? "NOASSERTION" : "MIT");
		}
		return attribute("attribute of " + component);
	}

	private Edit supplierAttribute() {
		Supplier supplier = pick(model.getSuppliers());
		if (supplier == null) {
			return null;
		}
		if (random.nextBoolean()) {
			supplier.setSecurityContact(supplier.getSecurityContact() == null ? "psirt@example.org" : null);
		} else {
			supplier.setSecureDesignEvidence(supplier.getSecureDesignEvidence() == null ? "IEC 62443-4-1" : null);
		}
		return attribute("attribute of " + supplier);
	}

	private Edit assetAttribute() {
		DataAsset asset = pick(model.getDataAssets());
		if (asset == null) {
			return null;
		}
		switch (random.nextInt(5)) {
			case 0 -> asset.setConfidentiality(pickEnum(SecurityLevel.VALUES));
			case 1 -> asset.setIntegrity(pickEnum(SecurityLevel.VALUES));
			case 2 -> asset.setAvailability(pickEnum(SecurityLevel.VALUES));
			case 3 -> asset.setPersonalData(!asset.isPersonalData());
			default -> asset.setCategory(pickEnum(DataCategory.VALUES));
		}
		return new Edit(Kind.SHARED_ATTRIBUTE, "attribute of " + asset);
	}

	private Edit boundaryAttribute() {
		TrustBoundary boundary = pick(boundaries());
		if (boundary == null) {
			return null;
		}
		if (random.nextBoolean()) {
			boundary.setTrustLevel(random.nextInt(5));
		} else {
			boundary.setKind(pickEnum(BoundaryKind.VALUES));
		}
		return new Edit(Kind.SHARED_ATTRIBUTE, "attribute of " + boundary);
	}

	private Edit updateAttribute() {
		List<UpdateMechanism> updates = model.getElements().stream().filter(Device.class::isInstance)
				.map(element -> ((Device) element).getUpdateMechanism()).filter(u -> u != null).toList();
		UpdateMechanism update = pick(updates);
		if (update == null) {
			return null;
		}
		switch (random.nextInt(7)) {
			case 0 -> update.setSigned(!update.isSigned());
			case 1 -> update.setRollbackProtection(!update.isRollbackProtection());
			case 2 -> update.setEncrypted(!update.isEncrypted());
			case 3 -> update.setAutomatic(!update.isAutomatic());
			case 4 -> update.setUserCanDisable(!update.isUserCanDisable());
			case 5 -> update.setMethod(pickEnum(UpdateMethod.VALUES));
			default -> update.setSecurityUpdatesUntil(update.getSecurityUpdatesUntil() != null ? null
					: LocalDate.of(2024 + random.nextInt(10), 6, 30));
		}
		return attribute("attribute of " + update + " of " + update.eContainer());
	}

	/** Adds an empty boundary inside another, or removes an empty nested one: a change of nesting. */
	private Edit nestedBoundary() {
		List<TrustBoundary> empty = boundaries().stream().filter(b -> b.eContainer() instanceof TrustBoundary
				&& b.getMembers().isEmpty() && b.getBoundaries().isEmpty()).toList();
		if (!empty.isEmpty() && random.nextBoolean()) {
			TrustBoundary removed = pick(empty);
			((TrustBoundary) removed.eContainer()).getBoundaries().remove(removed);
			return new Edit(Kind.PRODUCT, "remove the nested " + removed);
		}
		TrustBoundary parent = pick(boundaries());
		if (parent == null) {
			return null;
		}
		TrustBoundary nested = F.createTrustBoundary();
		nested.setName("Added boundary " + created++);
		nested.setTrustLevel(random.nextInt(5));
		parent.getBoundaries().add(nested);
		return new Edit(Kind.PRODUCT, "add " + nested + " inside " + parent);
	}

	// ---- structural edits

	/** Moves an element or a flow to another place in its list: the model order changes. */
	private Edit reorder() {
		EList<? extends ModelElement> list = random.nextBoolean() ? model.getElements() : model.getFlows();
		if (list.size() < 2) {
			return null;
		}
		int from = random.nextInt(list.size());
		int to = random.nextInt(list.size());
		ModelElement moved = list.get(from);
		list.move(to, from);
		return structure("move " + moved + " from index " + from + " to " + to);
	}

	private Edit addFlow() {
		Element source = pick(model.getElements());
		Element target = pick(model.getElements());
		if (source == null || source == target) {
			return null;
		}
		DataFlow flow = F.createDataFlow();
		flow.setName("Added flow " + created++);
		flow.setSource(source);
		flow.setTarget(target);
		flow.setProtocol(pickEnum(Protocol.VALUES));
		flow.setEncryption(pickEnum(Encryption.VALUES));
		flow.setAuthentication(pickEnum(Authentication.VALUES));
		flow.setAuthorization(pickEnum(Authorization.VALUES));
		DataAsset asset = pick(model.getDataAssets());
		if (asset != null && random.nextBoolean()) {
			flow.getDataAssets().add(asset);
		}
		model.getFlows().add(random.nextInt(model.getFlows().size() + 1), flow);
		return structure("add " + flow + " from " + source + " to " + target);
	}

	private Edit removeFlow() {
		DataFlow flow = pick(model.getFlows());
		if (flow == null) {
			return null;
		}
		model.getFlows().remove(flow);
		return structure("remove " + flow);
	}

	private Edit reconnectFlow() {
		DataFlow flow = pick(model.getFlows());
		Element end = pick(model.getElements());
		if (flow == null || end == null) {
			return null;
		}
		boolean source = random.nextBoolean();
		if (source ? end == flow.getTarget() : end == flow.getSource()) {
			return null;
		}
		if (source) {
			flow.setSource(end);
		} else {
			flow.setTarget(end);
		}
		return structure("reconnect " + (source ? "source" : "target") + " of " + flow + " to " + end);
	}

	private Edit rehost() {
		Element element = pick(model.getElements());
		if (element == null) {
			return null;
		}
		if (element.getHostedOn() != null && random.nextInt(3) == 0) {
			element.setHostedOn(null);
			return structure("unhost " + element);
		}
		Element host = pick(model.getElements());
		if (host == null || host == element || ModelElements.hostChain(host).contains(element)) {
			return null; // would make a hosting cycle, which validation refuses
		}
		element.setHostedOn(host);
		return structure("host " + element + " on " + host);
	}

	private Edit addElement() {
		Element element = switch (random.nextInt(5)) {
			case 0 -> F.createDevice();
			case 1 -> F.createProcess();
			case 2 -> F.createDataStore();
			case 3 -> F.createCloudService();
			default -> F.createExternalEntity();
		};
		element.setName("Added " + element.eClass().getName() + " " + created++);
		element.setSafetyRelevant(random.nextInt(5) == 0);
		if (random.nextBoolean()) {
			element.getInterfaces().add(newInterface());
		}
		if (random.nextBoolean()) {
			element.getComponents().add(newComponent());
		}
		if (element instanceof Device device && random.nextBoolean()) {
			UpdateMechanism update = F.createUpdateMechanism();
			update.setMethod(UpdateMethod.OVER_THE_AIR);
			device.setUpdateMechanism(update);
		}
		model.getElements().add(random.nextInt(model.getElements().size() + 1), element);
		TrustBoundary boundary = pick(boundaries());
		if (boundary != null && random.nextBoolean()) {
			boundary.getMembers().add(element);
		}
		Element peer = pick(model.getElements());
		if (peer != null && peer != element) {
			DataFlow flow = F.createDataFlow();
			flow.setSource(random.nextBoolean() ? element : peer);
			flow.setTarget(flow.getSource() == element ? peer : element);
			flow.setProtocol(Protocol.MQTT);
			model.getFlows().add(flow);
		}
		return structure("add " + element);
	}

	private Edit removeElement() {
		Element element = pick(model.getElements());
		if (element == null || model.getElements().size() < 3) {
			return null;
		}
		model.getFlows().removeIf(flow -> flow.getSource() == element || flow.getTarget() == element);
		for (TrustBoundary boundary : boundaries()) {
			boundary.getMembers().remove(element);
		}
		for (Element other : model.getElements()) {
			if (other.getHostedOn() == element) {
				other.setHostedOn(element.getHostedOn());
			}
			if (other instanceof Device device && device.getUpdateMechanism() != null
					&& device.getUpdateMechanism().getDeliveredBy() == element) {
				device.getUpdateMechanism().setDeliveredBy(null);
			}
		}
		model.getElements().remove(element);
		return structure("remove " + element);
	}

	private Edit addOrRemoveInterface() {
		Element element = pick(model.getElements());
		if (element == null) {
			return null;
		}
		if (!element.getInterfaces().isEmpty() && random.nextBoolean()) {
			Interface port = pick(element.getInterfaces());
			for (DataFlow flow : model.getFlows()) {
				if (flow.getSourceInterface() == port) {
					flow.setSourceInterface(null);
				}
				if (flow.getTargetInterface() == port) {
					flow.setTargetInterface(null);
				}
			}
			element.getInterfaces().remove(port);
			return structure("remove " + port + " of " + element);
		}
		Interface port = newInterface();
		element.getInterfaces().add(port);
		return structure("add " + port + " to " + element);
	}

	private Edit addOrRemoveComponent() {
		Element element = pick(model.getElements());
		if (element == null) {
			return null;
		}
		if (!element.getComponents().isEmpty() && random.nextBoolean()) {
			Component component = pick(element.getComponents());
			if (!component.getComponents().isEmpty() && random.nextBoolean()) {
				Component nested = pick(component.getComponents());
				component.getComponents().remove(nested);
				return structure("remove " + nested + " from " + component);
			}
			element.getComponents().remove(component);
			return structure("remove " + component + " from " + element);
		}
		Component component = newComponent();
		if (!element.getComponents().isEmpty() && random.nextBoolean()) {
			pick(element.getComponents()).getComponents().add(component);
		} else {
			element.getComponents().add(component);
		}
		return structure("add " + component + " to " + element);
	}

	private Edit componentSupplier() {
		Component component = pick(components());
		if (component == null) {
			return null;
		}
		Supplier before = component.getSupplier();
		component.setSupplier(random.nextInt(4) == 0 ? null : pick(model.getSuppliers()));
		return structure("supplier of " + component + ": " + before + " -> " + component.getSupplier());
	}

	private Edit elementAssetLink() {
		Element element = pick(model.getElements());
		DataAsset asset = pick(model.getDataAssets());
		if (element == null || asset == null) {
			return null;
		}
		return structure(toggle(element.getDataAssets(), asset) + " " + asset + " held by " + element);
	}

	private Edit flowAssetLink() {
		DataFlow flow = pick(model.getFlows());
		DataAsset asset = pick(model.getDataAssets());
		if (flow == null || asset == null) {
			return null;
		}
		return structure(toggle(flow.getDataAssets(), asset) + " " + asset + " carried by " + flow);
	}

	private Edit moveBetweenBoundaries() {
		Element element = pick(model.getElements());
		TrustBoundary to = pick(boundaries());
		if (element == null) {
			return null;
		}
		TrustBoundary from = null;
		for (TrustBoundary boundary : boundaries()) {
			if (boundary.getMembers().remove(element)) {
				from = boundary;
			}
		}
		if (to != null && random.nextInt(4) > 0) {
			to.getMembers().add(element);
		}
		return structure("move " + element + " from " + from + " to " + (to != null && to.getMembers().contains(element) ? to : "no boundary"));
	}

	private Edit addOrRemoveUpdateMechanism() {
		Device device = pick(model.getElements().stream().filter(Device.class::isInstance).map(Device.class::cast).toList());
		if (device == null) {
			return null;
		}
		if (device.getUpdateMechanism() != null) {
			device.setUpdateMechanism(null);
			return structure("remove the update mechanism of " + device);
		}
		UpdateMechanism update = F.createUpdateMechanism();
		update.setMethod(pickEnum(UpdateMethod.VALUES));
		update.setSigned(random.nextBoolean());
		device.setUpdateMechanism(update);
		return structure("add an update mechanism to " + device);
	}

	// ---- helpers

	private Interface newInterface() {
		Interface port = F.createInterface();
		port.setName("Added port " + created++);
		port.setKind(pickEnum(InterfaceKind.VALUES));
		port.setTechnology(pickEnum(InterfaceTechnology.VALUES));
		port.setExposure(pickEnum(Exposure.VALUES));
		port.setAuthentication(pickEnum(Authentication.VALUES));
		port.setCredentials(pickEnum(CredentialProvisioning.VALUES));
		return port;
	}

	private Component newComponent() {
		Component component = F.createComponent();
		component.setName("Added component " + created++);
		component.setType(pickEnum(ComponentType.VALUES));
		component.setOrigin(pickEnum(ComponentOrigin.VALUES));
		component.setSupplier(random.nextBoolean() ? pick(model.getSuppliers()) : null);
		component.setEndOfSupport(random.nextBoolean() ? LocalDate.of(2025 + random.nextInt(8), 3, 1) : null);
		return component;
	}

	private static <T> String toggle(EList<T> list, T value) {
		if (list.remove(value)) {
			return "unlink";
		}
		list.add(value);
		return "link";
	}

	private <T> List<T> all(Function<Element, List<T>> parts) {
		List<T> all = new ArrayList<>();
		model.getElements().forEach(element -> all.addAll(parts.apply(element)));
		return all;
	}

	private List<Component> components() {
		List<Component> components = new ArrayList<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Component component) {
				components.add(component);
			}
		});
		return components;
	}

	private List<TrustBoundary> boundaries() {
		List<TrustBoundary> boundaries = new ArrayList<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof TrustBoundary boundary) {
				boundaries.add(boundary);
			}
		});
		return boundaries;
	}

	private <T> T pick(List<T> list) {
		return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
	}

	private <T extends Enumerator> T pickEnum(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static Edit attribute(String description) {
		return new Edit(Kind.ATTRIBUTE, description);
	}

	private static Edit structure(String description) {
		return new Edit(Kind.STRUCTURE, description);
	}
}
