package org.threatwright.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Encryption;
import org.threatwright.model.Protocol;
import org.threatwright.model.RoleKind;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

/** The small model is clean; each test breaks one thing and expects exactly the problem that names it. */
class ModelValidatorTest {

	private final SmallModels small = new SmallModels();

	private List<String> problems() {
		return new ModelValidator(small.model).problems().stream().map(ModelProblem::toString).toList();
	}

	private String onlyProblem() {
		List<String> problems = problems();
		assertEquals(1, problems.size(), "expected exactly one problem, got " + problems);
		return problems.get(0);
	}

	@Test
	void smallModelIsClean() {
		assertEquals(List.of(), problems());
		assertTrue(new ModelValidator(small.model).isValid());
	}

	@Test
	void duplicateId() {
		small.cloud.setId(small.sensor.getId());
		assertEquals("error [duplicate-id] CloudService 'Cloud API' (" + small.sensor.getId()
				+ "): has the same id as Device 'Temperature sensor' (" + small.sensor.getId() + "); ids must be unique",
				onlyProblem());
	}

	@Test
	void missingId() {
		small.user.setId(" ");
		assertEquals("error [missing-id] ExternalEntity 'Homeowner' ( ): has no id; every element needs a stable unique id",
				onlyProblem());
	}

	@Test
	void referenceToAnElementOutsideTheModel() {
		small.hub.setHostedOn(TwFactory.eINSTANCE.createDevice());
		String problem = onlyProblem();
		assertTrue(problem.startsWith("error [dangling-reference] Gateway 'Hub' (" + small.hub.getId()
				+ "): reference 'hostedOn' points to Device ("), problem);
		assertTrue(problem.endsWith("), which is not part of this model"), problem);
	}

	@Test
	void referenceToAnElementRemovedFromTheModel() {
		EcoreUtil.remove(small.owner);
		List<String> problems = problems();
		// the hub's owner and the three roles and the assessor all point to the removed person
		assertEquals(5, problems.stream().filter(p -> p.startsWith("error [dangling-reference]")).count(), problems.toString());
	}

	@Test
	void unresolvedProxyIsDangling() {
		org.eclipse.emf.ecore.InternalEObject proxy = (org.eclipse.emf.ecore.InternalEObject) TwFactory.eINSTANCE.createPerson();
		proxy.eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("other.tw#lost-person"));
		small.hub.setOwner((org.threatwright.model.Person) proxy);
		assertEquals("error [dangling-reference] Gateway 'Hub' (" + small.hub.getId()
				+ "): reference 'owner' points to 'lost-person', which is not in this model", onlyProblem());
	}

	@Test
	void roleWithoutPerson() {
		small.model.getRoles().get(0).setPerson(null);
		List<String> problems = problems();
		assertEquals(List.of(
				"error [missing-reference] role productSecurityOwner: required reference 'person' is not set",
				"warning [role-missing] SystemModel 'Test hub' (" + small.model.getId()
						+ "): nobody holds the role productSecurityOwner (IoTSF 2.4.3.1 asks for a named person)"),
				problems);
	}

	@Test
	void flowWithoutEnds() {
		small.hubToCloud.setTarget(null);
		small.sensorToHub.setSource(null);
		assertEquals(List.of(
				"error [flow-end-missing] DataFlow 'Readings' (" + small.sensorToHub.getId()
						+ "): has no source element; a flow needs both ends",
				"error [flow-end-missing] DataFlow (" + small.hubToCloud.getId()
						+ "): has no target element; a flow needs both ends"),
				problems());
	}

	@Test
	void flowInterfaceOfAnotherElement() {
		small.hubToCloud.setTargetInterface(small.hubUart);
		String problem = onlyProblem();
		assertTrue(problem.startsWith("error [flow-interface-mismatch] DataFlow ("), problem);
		assertTrue(problem.contains("its target interface Interface 'UART console'"), problem);
		assertTrue(problem.endsWith("belongs neither to its target CloudService 'Cloud API' (" + small.cloud.getId()
				+ ") nor to an element that one is hosted on"), problem);
	}

	@Test
	void hostedProcessMayUseItsHostsInterface() {
		small.hubToCloud.setSource(small.agent); // the agent runs on the hub and leaves through the hub's Wi-Fi
		assertEquals(List.of(), problems());
		small.hubToCloud.setSource(small.sensor);
		assertTrue(onlyProblem().contains("belongs neither to its source Device 'Temperature sensor'"));
	}

	@Test
	void componentWithoutOriginIsAWarningNotAMissingSupplier() {
		small.firmware.setOrigin(ComponentOrigin.UNSPECIFIED);
		assertEquals("warning [component-origin-missing] Component 'Hub firmware' (" + small.firmware.getId()
				+ ") of Gateway 'Hub' (" + small.hub.getId()
				+ "): does not say whether it is in-house or third-party; supply-chain checks need to know", onlyProblem());
	}

	@Test
	void roleWithoutKind() {
		small.model.getRoles().get(2).setKind(RoleKind.UNSPECIFIED);
		assertEquals(List.of("error [role-kind-missing] role unspecified: does not say which role the person holds",
				"warning [role-missing] SystemModel 'Test hub' (" + small.model.getId()
						+ "): nobody holds the role componentAssessor (IoTSF 2.4.3.24 asks for a named person)"),
				problems());
	}

	@Test
	void selfLoopIsAWarning() {
		small.sensorToHub.setTarget(small.sensor);
		assertTrue(onlyProblem().startsWith("warning [flow-self-loop] DataFlow 'Readings'"));
	}

	@Test
	void hostingCycleIsReportedOnceWithItsPath() {
		small.hub.setHostedOn(small.agent); // agent is hosted on hub
		assertEquals("error [hosting-cycle] Gateway 'Hub' (" + small.hub.getId()
				+ "): 'hosted on' forms a containment cycle: Gateway 'Hub' (" + small.hub.getId() + ") → Process 'Hub agent' ("
				+ small.agent.getId() + ") → back to the first", onlyProblem());
	}

	@Test
	void selfHostingIsACycle() {
		small.cloud.setHostedOn(small.cloud);
		assertTrue(onlyProblem().startsWith("error [hosting-cycle] CloudService 'Cloud API'"));
	}

	@Test
	void elementInTwoUnrelatedBoundaries() {
		small.tenant.getMembers().add(small.sensor);
		assertEquals("error [boundary-membership-conflict] Device 'Temperature sensor' (" + small.sensor.getId()
				+ "): is a member of both TrustBoundary 'Home network' (" + small.home.getId()
				+ ") and TrustBoundary 'Cloud tenant' (" + small.tenant.getId()
				+ "), which do not nest; an element lies inside one chain of nested boundaries", onlyProblem());
	}

	@Test
	void elementInNestedBoundariesIsRedundant() {
		small.home.getMembers().add(small.hub);
		assertTrue(onlyProblem().startsWith("warning [boundary-member-redundant] Gateway 'Hub'"));
	}

	@Test
	void thirdPartyComponentWithoutSupplier() {
		small.tls.setSupplier(null);
		assertEquals("error [supplier-missing] Component 'Mbed TLS' (" + small.tls.getId()
				+ ") of Component 'Hub firmware' (" + small.firmware.getId() + ") of Gateway 'Hub' (" + small.hub.getId()
				+ "): is a third-party component (openSource) without a supplier; name who supplies it", onlyProblem());
	}

	@Test
	void inHouseComponentNeedsNoSupplier() {
		assertEquals(null, small.firmware.getSupplier());
		small.firmware.setOrigin(ComponentOrigin.IN_HOUSE);
		assertEquals(List.of(), problems());
	}

	@Test
	void malformedPurlAndCpe() {
		small.tls.setPurl("mbedtls 3.6.2");
		small.tls.setCpe("cpe:2.3:a:arm:mbed_tls:3.6.2");
		List<String> problems = problems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("[purl-invalid]") && problems.get(0).contains("'mbedtls 3.6.2' is not a purl"));
		assertTrue(problems.get(1).contains("[cpe-invalid]"));
	}

	@Test
	void wellFormedIdentifiersPass() {
		Component c = small.tls;
		for (String purl : List.of("pkg:npm/%40angular/core@17.0.0", "pkg:generic/openssl@3.0.13?download_url=x",
				"pkg:maven/org.apache.jena/jena-arq@5.6.0")) {
			c.setPurl(purl);
			assertEquals(List.of(), problems(), purl);
		}
		for (String cpe : List.of("cpe:/a:openssl:openssl:3.0.13", "cpe:2.3:o:linux:linux_kernel:6.1.0:*:*:*:*:*:*:*",
				"cpe:2.3:a:vendor:prod\\:uct:1.0:*:*:*:*:*:*:*")) {
			c.setCpe(cpe);
			assertEquals(List.of(), problems(), cpe);
		}
	}

	@Test
	void missingRoles() {
		small.model.getRoles().clear();
		List<String> problems = problems();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(2).endsWith("nobody holds the role componentAssessor (IoTSF 2.4.3.24 asks for a named person)"));
	}

	@Test
	void componentAssessorNotNeededWithoutThirdPartyComponents() {
		small.model.getRoles().removeIf(role -> role.getKind() == RoleKind.COMPONENT_ASSESSOR);
		small.tls.setOrigin(ComponentOrigin.IN_HOUSE);
		assertEquals(List.of(), problems());
	}

	@Test
	void namelessAndDuplicateNames() {
		small.cloud.setName("Hub");
		small.telemetry.setName(null);
		List<String> problems = problems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("warning [name-missing] DataAsset ("));
		assertTrue(problems.get(1).startsWith("warning [name-duplicate] CloudService 'Hub'"));
	}

	@Test
	void encryptionThatContradictsTheProtocol() {
		small.hubToCloud.setEncryption(Encryption.NONE); // mqtts
		DataFlow flow = small.sensorToHub;
		flow.setProtocol(Protocol.HTTP);
		flow.setEncryption(Encryption.TRANSPORT);
		List<String> problems = problems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("protocol http is cleartext, but encryption is set to transport"));
		assertTrue(problems.get(1).contains("protocol mqtts encrypts the transport, but encryption is set to none"));
	}

	@Test
	void endToEndOverCleartextIsConsistent() {
		small.sensorToHub.setProtocol(Protocol.MQTT);
		small.sensorToHub.setEncryption(Encryption.END_TO_END);
		assertFalse(problems().stream().anyMatch(p -> p.contains("encryption-contradicts-protocol")));
	}
}
