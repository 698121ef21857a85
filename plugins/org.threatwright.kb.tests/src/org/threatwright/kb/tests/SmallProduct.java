package org.threatwright.kb.tests;

import org.threatwright.model.Authentication;
import org.threatwright.model.BoundaryKind;
import org.threatwright.model.CloudService;
import org.threatwright.model.ComplianceClass;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Protocol;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;

/** A device talking to a cloud service across a boundary, without a declared support period. */
final class SmallProduct {

	private SmallProduct() {
	}

	static SystemModel create() {
		TwFactory f = TwFactory.eINSTANCE;
		SystemModel model = f.createSystemModel();
		model.setName("Smart Plug");
		model.setRelease("1.0.0");
		model.setComplianceClass(ComplianceClass.CLASS1);

		Device plug = f.createDevice();
		plug.setName("Plug");
		CloudService cloud = f.createCloudService();
		cloud.setName("Cloud");
		model.getElements().add(plug);
		model.getElements().add(cloud);

		DataFlow telemetry = f.createDataFlow();
		telemetry.setName("telemetry");
		telemetry.setSource(plug);
		telemetry.setTarget(cloud);
		telemetry.setProtocol(Protocol.MQTTS);
		telemetry.setAuthentication(Authentication.MUTUAL_TLS);
		model.getFlows().add(telemetry);

		model.getBoundaries().add(boundary("Home network", BoundaryKind.NETWORK_ZONE, plug));
		model.getBoundaries().add(boundary("Cloud tenant", BoundaryKind.CLOUD_TENANT, cloud));
		return model;
	}

	private static TrustBoundary boundary(String name, BoundaryKind kind, Element member) {
		TrustBoundary boundary = TwFactory.eINSTANCE.createTrustBoundary();
		boundary.setName(name);
		boundary.setKind(kind);
		boundary.getMembers().add(member);
		return boundary;
	}
}
