package org.threatwright.model.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

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
import org.threatwright.model.Person;
import org.threatwright.model.Protocol;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.RoleKind;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.UpdateMethod;

/**
 * Large, valid, IoT-shaped models for benchmarks and property tests: a given number of elements of every
 * kind, about {@code flowsPerElement} flows per element, boundaries nested three deep, interfaces, data
 * assets, components with sub-components and suppliers, update mechanisms. The same seed gives the same
 * model, ids included. Time and memory linear in the size.
 */
public final class SyntheticModels {

	private static final TwFactory F = TwFactory.eINSTANCE;
	private static final Protocol[] PROTOCOLS = { Protocol.HTTPS, Protocol.MQTTS, Protocol.MQTT, Protocol.COAP,
			Protocol.COAPS, Protocol.HTTP, Protocol.BLE_GATT, Protocol.ZIGBEE, Protocol.MODBUS_TCP, Protocol.GRPC_TLS,
			Protocol.SQL_TLS, Protocol.UNKNOWN };

	private final Random random;

	private SyntheticModels(long seed) {
		this.random = new Random(seed);
	}

	/** A model with {@code elements} elements and about {@code flowsPerElement} flows per element. */
	public static SystemModel generate(int elements, int flowsPerElement, long seed) {
		if (elements < 2 || flowsPerElement < 0) {
			throw new IllegalArgumentException("need at least 2 elements and 0 or more flows per element, got "
					+ elements + " and " + flowsPerElement);
		}
		return new SyntheticModels(seed).build(elements, flowsPerElement);
	}

	private SystemModel build(int count, int flowsPerElement) {
		SystemModel model = identified(F.createSystemModel(), "Synthetic product " + count);
		model.setRelease("1.0");
		model.setSupportedUntil(LocalDate.of(2032, 12, 31));
		Person owner = identified(F.createPerson(), "Product security owner");
		model.getPeople().add(owner);
		for (RoleKind kind : List.of(RoleKind.PRODUCT_SECURITY_OWNER, RoleKind.COMPLIANCE_OWNER, RoleKind.COMPONENT_ASSESSOR)) {
			RoleAssignment role = F.createRoleAssignment();
			role.setKind(kind);
			role.setPerson(owner);
			model.getRoles().add(role);
		}
		List<DataAsset> assets = dataAssets(model, Math.max(5, count / 200));
		List<Supplier> suppliers = suppliers(model, Math.max(3, count / 100));
		List<TrustBoundary> leaves = boundaries(model, Math.max(1, count / 500));
		List<Element> elements = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Element element = element(i);
			model.getElements().add(element);
			elements.add(element);
			if (random.nextInt(10) > 0) {
				leaves.get(random.nextInt(leaves.size())).getMembers().add(element);
			}
			if (random.nextInt(3) == 0) {
				element.getDataAssets().add(assets.get(random.nextInt(assets.size())));
			}
			if (element instanceof Device device) {
				equipDevice(device, owner, suppliers);
			}
		}
		for (int i = 0; i < count * flowsPerElement; i++) {
			int source = random.nextInt(count);
			int target = random.nextInt(count - 1);
			if (target >= source) {
				target++; // never a flow from an element to itself
			}
			model.getFlows().add(flow(i, elements.get(source), elements.get(target), assets));
		}
		return model;
	}

	private Element element(int i) {
		int kind = random.nextInt(100);
		Element element;
		if (kind < 35) {
			element = F.createDevice();
		} else if (kind < 40) {
			element = F.createGateway();
		} else if (kind < 50) {
			element = F.createCloudService();
		} else if (kind < 55) {
			element = random.nextBoolean() ? F.createMobileApp() : F.createWebApp();
		} else if (kind < 75) {
			element = F.createProcess();
		} else if (kind < 88) {
			element = F.createDataStore();
		} else {
			element = F.createExternalEntity();
		}
		element.setSafetyRelevant(random.nextInt(20) == 0);
		return identified(element, element.eClass().getName() + " " + i);
	}

	private void equipDevice(Device device, Person assessor, List<Supplier> suppliers) {
		device.setSecureBoot(random.nextBoolean());
		for (int j = random.nextInt(3); j >= 0; j--) {
			Interface port = identified(F.createInterface(), device.getName() + " interface " + j);
			port.setKind(InterfaceKind.get(1 + random.nextInt(InterfaceKind.VALUES.size() - 1)));
			port.setTechnology(InterfaceTechnology.get(random.nextInt(InterfaceTechnology.VALUES.size())));
			port.setExposure(Exposure.get(random.nextInt(Exposure.VALUES.size())));
			port.setAuthentication(Authentication.get(random.nextInt(Authentication.VALUES.size())));
			port.setCredentials(CredentialProvisioning.get(random.nextInt(CredentialProvisioning.VALUES.size())));
			port.setPairing(PairingMethod.get(random.nextInt(PairingMethod.VALUES.size())));
			device.getInterfaces().add(port);
		}
		Component firmware = identified(F.createComponent(), device.getName() + " firmware");
		firmware.setType(ComponentType.FIRMWARE);
		firmware.setOrigin(ComponentOrigin.IN_HOUSE);
		firmware.setVersion("1." + random.nextInt(10));
		Component library = identified(F.createComponent(), device.getName() + " TLS library");
		library.setType(ComponentType.LIBRARY);
		library.setOrigin(ComponentOrigin.OPEN_SOURCE);
		library.setSupplier(suppliers.get(random.nextInt(suppliers.size())));
		library.setVersion("3." + random.nextInt(7) + ".0");
		library.setPurl("pkg:generic/tls-library@" + library.getVersion());
		library.setEndOfSupport(LocalDate.of(2024 + random.nextInt(8), 1 + random.nextInt(12), 1));
		if (random.nextBoolean()) {
			library.setAssessor(assessor);
		}
		firmware.getComponents().add(library);
		device.getComponents().add(firmware);
		UpdateMechanism update = identified(F.createUpdateMechanism(), null);
		update.setMethod(UpdateMethod.OVER_THE_AIR);
		update.setSigned(random.nextBoolean());
		update.setRollbackProtection(random.nextBoolean());
		device.setUpdateMechanism(update);
	}

	private DataFlow flow(int i, Element source, Element target, List<DataAsset> assets) {
		DataFlow flow = identified(F.createDataFlow(), "Flow " + i);
		flow.setSource(source);
		flow.setTarget(target);
		flow.setProtocol(PROTOCOLS[random.nextInt(PROTOCOLS.length)]);
		flow.setEncryption(flow.getProtocol().getLiteral().endsWith("s") || flow.getProtocol() == Protocol.GRPC_TLS
				|| flow.getProtocol() == Protocol.SQL_TLS ? Encryption.TRANSPORT : Encryption.get(random.nextInt(2)));
		flow.setAuthentication(Authentication.get(random.nextInt(Authentication.VALUES.size())));
		flow.setAuthorization(Authorization.get(random.nextInt(Authorization.VALUES.size())));
		flow.setDirection(random.nextInt(4) == 0 ? FlowDirection.BIDIRECTIONAL : FlowDirection.ONE_WAY);
		if (random.nextBoolean()) {
			flow.getDataAssets().add(assets.get(random.nextInt(assets.size())));
		}
		return flow;
	}

	private List<DataAsset> dataAssets(SystemModel model, int count) {
		List<DataAsset> assets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			DataAsset asset = identified(F.createDataAsset(), "Data asset " + i);
			asset.setCategory(DataCategory.get(1 + random.nextInt(DataCategory.VALUES.size() - 1)));
			asset.setConfidentiality(SecurityLevel.get(1 + random.nextInt(4)));
			asset.setIntegrity(SecurityLevel.get(1 + random.nextInt(4)));
			asset.setAvailability(SecurityLevel.get(1 + random.nextInt(4)));
			asset.setPersonalData(random.nextInt(4) == 0);
			model.getDataAssets().add(asset);
			assets.add(asset);
		}
		return assets;
	}

	private List<Supplier> suppliers(SystemModel model, int count) {
		List<Supplier> suppliers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Supplier supplier = identified(F.createSupplier(), "Supplier " + i);
			if (random.nextBoolean()) {
				supplier.setSecurityContact("security@supplier" + i + ".example");
			}
			model.getSuppliers().add(supplier);
			suppliers.add(supplier);
		}
		return suppliers;
	}

	/** Top-level zones, each with two nested levels; returns the innermost boundaries to put elements in. */
	private List<TrustBoundary> boundaries(SystemModel model, int zones) {
		List<TrustBoundary> leaves = new ArrayList<>();
		for (int z = 0; z < zones; z++) {
			TrustBoundary zone = boundary("Zone " + z, BoundaryKind.NETWORK_ZONE, 1);
			model.getBoundaries().add(zone);
			for (int s = 0; s < 3; s++) {
				TrustBoundary segment = boundary("Zone " + z + " segment " + s, BoundaryKind.NETWORK_ZONE, 2);
				zone.getBoundaries().add(segment);
				for (int e = 0; e < 2; e++) {
					TrustBoundary enclosure = boundary("Zone " + z + " segment " + s + " enclosure " + e,
							BoundaryKind.PHYSICAL_ENCLOSURE, 3);
					segment.getBoundaries().add(enclosure);
					leaves.add(enclosure);
				}
				leaves.add(segment);
			}
		}
		return leaves;
	}

	private TrustBoundary boundary(String name, BoundaryKind kind, int trustLevel) {
		TrustBoundary boundary = identified(F.createTrustBoundary(), name);
		boundary.setKind(kind);
		boundary.setTrustLevel(trustLevel);
		return boundary;
	}

	/** Ids from the seeded generator, so that the same seed gives the same ids. */
	private <T extends ModelElement> T identified(T element, String name) {
		element.setId(new UUID(random.nextLong(), random.nextLong()).toString());
		element.setName(name);
		return element;
	}
}
