package org.threatwright.model;

import java.time.LocalDate;

/**
 * A small but complete model for tests: a sensor and a hub in a home network, a cloud service, a user,
 * two flows, nested boundaries, a third-party component with its supplier, roles and an assumption.
 * Every test that needs a model starts from here and breaks exactly one thing.
 */
public final class SmallModels {

	public final SystemModel model;
	public final Device sensor;
	public final Gateway hub;
	public final CloudService cloud;
	public final ExternalEntity user;
	public final Process agent;
	public final Interface hubUart;
	public final Interface hubWifi;
	public final DataFlow sensorToHub;
	public final DataFlow hubToCloud;
	public final TrustBoundary home;
	public final TrustBoundary enclosure;
	public final TrustBoundary tenant;
	public final Component firmware;
	public final Component tls;
	public final Supplier vendor;
	public final Person owner;
	public final DataAsset telemetry;

	public SmallModels() {
		TwFactory f = TwFactory.eINSTANCE;
		model = f.createSystemModel();
		model.setName("Test hub");
		model.setRelease("1.0");
		model.setComplianceClass(ComplianceClass.CLASS2);
		model.setSupportedUntil(LocalDate.of(2031, 12, 31));

		owner = f.createPerson();
		owner.setName("Ada Owner");
		owner.setEmail("ada@example.org");
		model.getPeople().add(owner);
		for (RoleKind kind : new RoleKind[] { RoleKind.PRODUCT_SECURITY_OWNER, RoleKind.COMPLIANCE_OWNER,
				RoleKind.COMPONENT_ASSESSOR }) {
			RoleAssignment role = f.createRoleAssignment();
			role.setKind(kind);
			role.setPerson(owner);
			model.getRoles().add(role);
		}

		telemetry = f.createDataAsset();
		telemetry.setName("Temperature readings");
		telemetry.setCategory(DataCategory.TELEMETRY);
		telemetry.setConfidentiality(SecurityLevel.LOW);
		telemetry.setIntegrity(SecurityLevel.MEDIUM);
		model.getDataAssets().add(telemetry);

		sensor = f.createDevice();
		sensor.setName("Temperature sensor");
		sensor.setCategory(DeviceCategory.SENSOR);
		hub = f.createGateway();
		hub.setName("Hub");
		hub.setOwner(owner);
		hub.setSecureBoot(true);
		cloud = f.createCloudService();
		cloud.setName("Cloud API");
		user = f.createExternalEntity();
		user.setName("Homeowner");
		user.setKind(ExternalEntityKind.HUMAN);
		agent = f.createProcess();
		agent.setName("Hub agent");
		agent.setHostedOn(hub);
		model.getElements().add(sensor);
		model.getElements().add(hub);
		model.getElements().add(cloud);
		model.getElements().add(user);
		model.getElements().add(agent);

		hubUart = f.createInterface();
		hubUart.setName("UART console");
		hubUart.setKind(InterfaceKind.DEBUG);
		hubUart.setTechnology(InterfaceTechnology.UART);
		hubUart.setExposure(Exposure.PHYSICAL_ACCESS);
		hubWifi = f.createInterface();
		hubWifi.setName("Wi-Fi");
		hubWifi.setKind(InterfaceKind.RADIO);
		hubWifi.setTechnology(InterfaceTechnology.WIFI);
		hubWifi.setExposure(Exposure.LOCAL_NETWORK);
		hub.getInterfaces().add(hubUart);
		hub.getInterfaces().add(hubWifi);

		sensorToHub = f.createDataFlow();
		sensorToHub.setName("Readings");
		sensorToHub.setSource(sensor);
		sensorToHub.setTarget(hub);
		sensorToHub.setProtocol(Protocol.ZIGBEE);
		sensorToHub.setEncryption(Encryption.TRANSPORT);
		sensorToHub.getDataAssets().add(telemetry);
		hubToCloud = f.createDataFlow();
		hubToCloud.setSource(hub);
		hubToCloud.setSourceInterface(hubWifi);
		hubToCloud.setTarget(cloud);
		hubToCloud.setProtocol(Protocol.MQTTS);
		hubToCloud.setEncryption(Encryption.TRANSPORT);
		hubToCloud.setAuthentication(Authentication.MUTUAL_TLS);
		model.getFlows().add(sensorToHub);
		model.getFlows().add(hubToCloud);

		home = f.createTrustBoundary();
		home.setName("Home network");
		home.setKind(BoundaryKind.NETWORK_ZONE);
		home.setTrustLevel(1);
		home.getMembers().add(sensor);
		enclosure = f.createTrustBoundary();
		enclosure.setName("Hub enclosure");
		enclosure.setKind(BoundaryKind.PHYSICAL_ENCLOSURE);
		enclosure.setTrustLevel(2);
		enclosure.getMembers().add(hub);
		home.getBoundaries().add(enclosure);
		tenant = f.createTrustBoundary();
		tenant.setName("Cloud tenant");
		tenant.setKind(BoundaryKind.CLOUD_TENANT);
		tenant.setTrustLevel(3);
		tenant.getMembers().add(cloud);
		model.getBoundaries().add(home);
		model.getBoundaries().add(tenant);

		vendor = f.createSupplier();
		vendor.setName("Mbed TLS project");
		vendor.setSecurityContact("security@example.org");
		model.getSuppliers().add(vendor);
		firmware = f.createComponent();
		firmware.setName("Hub firmware");
		firmware.setType(ComponentType.FIRMWARE);
		firmware.setOrigin(ComponentOrigin.IN_HOUSE);
		firmware.setVersion("1.0.3");
		tls = f.createComponent();
		tls.setName("Mbed TLS");
		tls.setType(ComponentType.LIBRARY);
		tls.setOrigin(ComponentOrigin.OPEN_SOURCE);
		tls.setSupplier(vendor);
		tls.setVersion("3.6.2");
		tls.setPurl("pkg:github/Mbed-TLS/mbedtls@v3.6.2");
		tls.setCpe("cpe:2.3:a:arm:mbed_tls:3.6.2:*:*:*:*:*:*:*");
		tls.setLicence("Apache-2.0");
		tls.setAssessor(owner);
		tls.setEndOfSupport(LocalDate.of(2027, 3, 31));
		firmware.getComponents().add(tls);
		hub.getComponents().add(firmware);

		UpdateMechanism update = f.createUpdateMechanism();
		update.setMethod(UpdateMethod.OVER_THE_AIR);
		update.setSigned(true);
		update.setDeliveredBy(cloud);
		hub.setUpdateMechanism(update);

		Assumption assumption = f.createAssumption();
		assumption.setName("Home Wi-Fi uses WPA2 or better");
		assumption.getSubjects().add(home);
		model.getAssumptions().add(assumption);
	}
}
