package org.threatwright.model.tests;

import java.time.LocalDate;

import org.threatwright.model.Authentication;
import org.threatwright.model.BoundaryKind;
import org.threatwright.model.CloudService;
import org.threatwright.model.ComplianceClass;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Gateway;
import org.threatwright.model.Protocol;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;

/** A small product touching every kind of reference the file format has to carry. */
final class SampleProduct {

	private SampleProduct() {
	}

	static SystemModel create() {
		TwFactory f = TwFactory.eINSTANCE;
		SystemModel model = f.createSystemModel();
		model.setName("Smart Thermostat");
		model.setRelease("2.3.0");
		model.setComplianceClass(ComplianceClass.CLASS2);
		model.setSupportedUntil(LocalDate.of(2031, 12, 31));
		model.getTags().add("heating");

		Device sensor = f.createDevice();
		sensor.setName("Room sensor");
		sensor.setSecureBoot(true);
		Gateway hub = f.createGateway();
		hub.setName("Hub");
		CloudService cloud = f.createCloudService();
		cloud.setName("Cloud");
		cloud.setRegion("eu-west");
		model.getElements().add(sensor);
		model.getElements().add(hub);
		model.getElements().add(cloud);

		Supplier vendor = f.createSupplier();
		vendor.setName("TLS Vendor");
		model.getSuppliers().add(vendor);
		Component tls = f.createComponent();
		tls.setName("tls-lib");
		tls.setVersion("3.0.13");
		tls.setOrigin(ComponentOrigin.OPEN_SOURCE);
		tls.setSupplier(vendor);
		hub.getComponents().add(tls);

		model.getFlows().add(flow(sensor, hub, Protocol.ZIGBEE));
		model.getFlows().add(flow(hub, cloud, Protocol.MQTTS));

		TrustBoundary home = boundary("Home network", BoundaryKind.NETWORK_ZONE, sensor, hub);
		TrustBoundary enclosure = boundary("Hub enclosure", BoundaryKind.PHYSICAL_ENCLOSURE, hub);
		home.getBoundaries().add(enclosure);
		model.getBoundaries().add(home);
		model.getBoundaries().add(boundary("Cloud tenant", BoundaryKind.CLOUD_TENANT, cloud));
		return model;
	}

	private static DataFlow flow(Element source, Element target, Protocol protocol) {
		DataFlow flow = TwFactory.eINSTANCE.createDataFlow();
		flow.setSource(source);
		flow.setTarget(target);
		flow.setProtocol(protocol);
		flow.setAuthentication(Authentication.MUTUAL_TLS);
		return flow;
	}

	private static TrustBoundary boundary(String name, BoundaryKind kind, Element... members) {
		TrustBoundary boundary = TwFactory.eINSTANCE.createTrustBoundary();
		boundary.setName(name);
		boundary.setKind(kind);
		for (Element member : members) {
			boundary.getMembers().add(member);
		}
		return boundary;
	}
}
