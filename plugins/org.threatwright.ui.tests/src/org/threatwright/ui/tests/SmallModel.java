package org.threatwright.ui.tests;

import java.time.LocalDate;

import org.threatwright.model.BoundaryKind;
import org.threatwright.model.Assumption;
import org.threatwright.model.AssumptionStatus;
import org.threatwright.model.CloudService;
import org.threatwright.model.ComplianceClass;
import org.threatwright.model.Component;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Gateway;
import org.threatwright.model.Interface;
import org.threatwright.model.MobileApp;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Person;
import org.threatwright.model.Protocol;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.RoleKind;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;

/**
 * A small product built in code, with its parts kept in fields so tests can point at them. Names are
 * chosen so that sorting matters: insertion order differs from name order, and case differs.
 */
final class SmallModel {

	private static final TwFactory F = TwFactory.eINSTANCE;

	final SystemModel model = named(F.createSystemModel(), "Smart Lock");
	final Device lock = named(F.createDevice(), "lock body");
	final Device keypad = named(F.createDevice(), "Keypad");
	final Gateway bridge = named(F.createGateway(), "Bridge");
	final CloudService cloud = named(F.createCloudService(), "Lock cloud");
	final MobileApp app = named(F.createMobileApp(), "Owner app");
	final Interface ble = named(F.createInterface(), "BLE");
	final Interface debug = named(F.createInterface(), "Debug header");
	final Component firmware = named(F.createComponent(), "Lock firmware");
	final Component crypto = named(F.createComponent(), "crypto-lib");
	final Supplier vendor = named(F.createSupplier(), "Crypto Vendor");
	final TrustBoundary home = named(F.createTrustBoundary(), "Home");
	final TrustBoundary enclosure = named(F.createTrustBoundary(), "Enclosure");
	final TrustBoundary tenant = named(F.createTrustBoundary(), "Cloud tenant");
	final DataFlow uplink = flow(bridge, cloud, Protocol.MQTTS);
	final DataFlow radio = flow(lock, bridge, Protocol.BLE_GATT);
	final Person alice = named(F.createPerson(), "Alice");
	final RoleAssignment owner = F.createRoleAssignment();
	final DataAsset pin = named(F.createDataAsset(), "Unlock PIN");
	final Assumption assumption = named(F.createAssumption(), "Owners keep the app updated");

	SmallModel() {
		model.setRelease("1.4");
		model.setComplianceClass(ComplianceClass.CLASS3);
		model.setSupportedUntil(LocalDate.of(2030, 6, 30));
		for (Element element : new Element[] { lock, keypad, bridge, cloud, app }) {
			model.getElements().add(element);
		}
		lock.getInterfaces().add(debug);
		lock.getInterfaces().add(ble);
		firmware.setVersion("2.1");
		crypto.setVersion("1.0.3");
		crypto.setSupplier(vendor);
		firmware.getComponents().add(crypto);
		lock.getComponents().add(firmware);
		lock.setOwner(alice);
		lock.getDataAssets().add(pin);
		model.getSuppliers().add(vendor);
		model.getFlows().add(uplink);
		model.getFlows().add(radio);
		home.getMembers().add(lock);
		home.getMembers().add(bridge);
		home.getMembers().add(keypad);
		enclosure.getMembers().add(lock);
		enclosure.setKind(BoundaryKind.PHYSICAL_ENCLOSURE);
		home.getBoundaries().add(enclosure);
		tenant.getMembers().add(cloud);
		model.getBoundaries().add(tenant);
		model.getBoundaries().add(home);
		model.getPeople().add(alice);
		owner.setKind(RoleKind.PRODUCT_SECURITY_OWNER);
		owner.setPerson(alice);
		model.getRoles().add(owner);
		model.getDataAssets().add(pin);
		assumption.setStatus(AssumptionStatus.CONFIRMED);
		model.getAssumptions().add(assumption);
	}

	private static <T extends ModelElement> T named(T element, String name) {
		element.setName(name);
		return element;
	}

	private static DataFlow flow(Element source, Element target, Protocol protocol) {
		DataFlow flow = F.createDataFlow();
		flow.setSource(source);
		flow.setTarget(target);
		flow.setProtocol(protocol);
		return flow;
	}
}
