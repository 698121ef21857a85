package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatwright.kb.ontology.Rdf.about;
import static org.threatwright.kb.ontology.Rdf.bool;
import static org.threatwright.kb.ontology.Rdf.iri;
import static org.threatwright.kb.ontology.Rdf.text;
import static org.threatwright.kb.ontology.Rdf.type;
import static org.threatwright.kb.ontology.Rdf.typed;

import java.util.HashSet;
import java.util.List;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.ExternalId;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

/** The small test model mapped statement by statement. */
class ModelToRdfTest {

    private final SmallModels small = new SmallModels();

    private static String el(org.threatwright.model.ModelElement element) {
        return Iris.element(element.getId());
    }

    @Test
    void aFlowIsItsEndsInterfacesAndProtectionWithUnstatedValuesWritten() {
        String flow = el(small.hubToCloud);
        assertEquals(List.of(
                type(flow, TW.DATA_FLOW),
                text(flow, TW.DCTERMS_IDENTIFIER, small.hubToCloud.getId()),
                iri(flow, TW.FLOW_SOURCE, el(small.hub)),
                iri(flow, TW.FLOW_TARGET, el(small.cloud)),
                iri(flow, TW.SOURCE_INTERFACE, el(small.hubWifi)),
                text(flow, TW.PROTOCOL, "mqtts"),
                text(flow, TW.AUTHENTICATION, "mutualTls"),
                text(flow, TW.AUTHORIZATION, "unknown"),
                text(flow, TW.ENCRYPTION, "transport"),
                text(flow, TW.FLOW_DIRECTION, "unspecified")),
                about(ModelToRdf.map(small.model), flow));
    }

    @Test
    void aFlowCarriesItsDataAssets() {
        List<Statement> readings = about(ModelToRdf.map(small.model), el(small.sensorToHub));
        assertTrue(readings.contains(text(el(small.sensorToHub), TW.DCTERMS_TITLE, "Readings")));
        assertTrue(readings.contains(iri(el(small.sensorToHub), TW.CARRIES_DATA_ASSET, el(small.telemetry))));
    }

    @Test
    void aDeviceIsEveryClaimTrueOrFalseItsTagsAndItsExternalIds() {
        small.sensor.getTags().add("battery");
        ExternalId otm = TwFactory.eINSTANCE.createExternalId();
        otm.setSource("otm");
        otm.setValue("sensor-1");
        small.sensor.getExternalIds().add(otm);
        small.sensor.setDescription(""); // empty says nothing: no statement
        String sensor = el(small.sensor);
        String externalId = sensor + "/externalIds/1";
        List<Statement> statements = ModelToRdf.map(small.model);
        assertEquals(List.of(
                type(sensor, TW.DEVICE),
                text(sensor, TW.DCTERMS_IDENTIFIER, small.sensor.getId()),
                text(sensor, TW.DCTERMS_TITLE, "Temperature sensor"),
                text(sensor, TW.TAG, "battery"),
                iri(sensor, TW.HAS_EXTERNAL_ID, externalId),
                bool(sensor, TW.SAFETY_RELEVANT, false),
                text(sensor, TW.DEVICE_CATEGORY, "sensor"),
                bool(sensor, TW.SECURE_BOOT, false),
                bool(sensor, TW.HARDWARE_ROOT_OF_TRUST, false),
                bool(sensor, TW.SECURE_STORAGE, false),
                bool(sensor, TW.SECRETS_IN_FIRMWARE, false),
                bool(sensor, TW.TAMPER_RESISTANT, false)),
                about(statements, sensor));
        assertEquals(List.of(
                type(externalId, TW.EXTERNAL_ID),
                text(externalId, TW.EXTERNAL_SOURCE, "otm"),
                text(externalId, TW.EXTERNAL_VALUE, "sensor-1")),
                about(statements, externalId));
    }

    @Test
    void ownershipHostingPartsAndBoundaryMembership() {
        List<Statement> statements = ModelToRdf.map(small.model);
        String hub = el(small.hub);
        assertTrue(statements.containsAll(List.of(
                iri(hub, TW.OWNER, el(small.owner)),
                bool(hub, TW.SECURE_BOOT, true),
                iri(hub, TW.HAS_INTERFACE, el(small.hubUart)),
                iri(hub, TW.HAS_INTERFACE, el(small.hubWifi)),
                iri(hub, TW.HAS_COMPONENT, el(small.firmware)),
                iri(hub, TW.HAS_UPDATE_MECHANISM, el(small.hub.getUpdateMechanism())),
                iri(el(small.agent), TW.HOSTED_ON, hub),
                iri(el(small.enclosure), TW.HAS_MEMBER, hub),
                iri(el(small.home), TW.HAS_NESTED_BOUNDARY, el(small.enclosure)),
                typed(el(small.enclosure), TW.TRUST_LEVEL, "2", TW.XSD_INTEGER),
                text(el(small.enclosure), TW.BOUNDARY_KIND, "physicalEnclosure"),
                text(el(small.hubUart), TW.EXPOSURE, "physicalAccess"),
                bool(el(small.hubUart), TW.ENABLED_IN_PRODUCTION, true),
                iri(el(small.hub.getUpdateMechanism()), TW.DELIVERED_BY, el(small.cloud)))));
        // membership is innermost only, as in the model
        assertFalse(statements.contains(iri(el(small.home), TW.HAS_MEMBER, hub)));
    }

    @Test
    void aThirdPartyComponentWithItsSupplyChainIdentity() {
        String tls = el(small.tls);
        assertEquals(List.of(
                type(tls, TW.COMPONENT),
                text(tls, TW.DCTERMS_IDENTIFIER, small.tls.getId()),
                text(tls, TW.DCTERMS_TITLE, "Mbed TLS"),
                text(tls, TW.COMPONENT_TYPE, "library"),
                text(tls, TW.COMPONENT_ORIGIN, "openSource"),
                iri(tls, TW.SUPPLIED_BY, el(small.vendor)),
                text(tls, TW.VERSION, "3.6.2"),
                text(tls, TW.PURL, "pkg:github/Mbed-TLS/mbedtls@v3.6.2"),
                text(tls, TW.CPE, "cpe:2.3:a:arm:mbed_tls:3.6.2:*:*:*:*:*:*:*"),
                text(tls, TW.LICENCE, "Apache-2.0"),
                typed(tls, TW.END_OF_SUPPORT, "2027-03-31", TW.XSD_DATE),
                iri(tls, TW.ASSESSOR, el(small.owner))),
                about(ModelToRdf.map(small.model), tls));
        assertTrue(ModelToRdf.map(small.model).contains(iri(el(small.firmware), TW.HAS_SUB_COMPONENT, tls)));
    }

    @Test
    void theProductWithItsRolesAndAssumptions() {
        List<Statement> statements = ModelToRdf.map(small.model);
        String product = el(small.model);
        String firstRole = product + "/roles/1";
        assertEquals(type(product, TW.SYSTEM_MODEL), statements.get(0), "the product comes first");
        assertTrue(statements.containsAll(List.of(
                text(product, TW.RELEASE, "1.0"),
                text(product, TW.COMPLIANCE_CLASS, "class2"),
                typed(product, TW.SUPPORTED_UNTIL, "2031-12-31", TW.XSD_DATE),
                iri(product, TW.HAS_ROLE, firstRole),
                iri(product, TW.HAS_ELEMENT, el(small.sensor)),
                iri(product, TW.HAS_FLOW, el(small.hubToCloud)),
                iri(product, TW.HAS_BOUNDARY, el(small.home)),
                iri(product, TW.HAS_SUPPLIER, el(small.vendor)))));
        assertEquals(List.of(
                type(firstRole, TW.ROLE_ASSIGNMENT),
                text(firstRole, TW.ROLE_KIND, "productSecurityOwner"),
                iri(firstRole, TW.ROLE_HOLDER, el(small.owner))),
                about(statements, firstRole));
        String assumption = el(small.model.getAssumptions().get(0));
        assertTrue(statements.contains(text(assumption, TW.ASSUMPTION_STATUS, "unverified")));
        assertTrue(statements.contains(iri(assumption, TW.CONCERNS, el(small.home))));
    }

    @Test
    void theSmallModelConformsToTheShapes() {
        ValidationReport report = Rdf.validate(ModelToRdf.map(small.model));
        assertTrue(report.conforms(), Rdf.describe(report));
    }

    @Test
    void theShapesCatchAFlowWithoutTargetAndAnEnumerationValueTheMetamodelLacks() {
        List<Statement> statements = new java.util.ArrayList<>(ModelToRdf.map(small.model));
        String flow = el(small.hubToCloud);
        statements.remove(iri(flow, TW.FLOW_TARGET, el(small.cloud)));
        statements.remove(text(flow, TW.PROTOCOL, "mqtts"));
        statements.add(text(flow, TW.PROTOCOL, "MQTTS"));
        ValidationReport report = Rdf.validate(statements);
        assertFalse(report.conforms());
        assertEquals(2, report.getEntries().size(), Rdf.describe(report));
        assertTrue(report.getEntries().stream().allMatch(entry -> entry.focusNode().getURI().equals(flow)));
    }

    @Test
    void noStatementTwice() {
        List<Statement> statements = ModelToRdf.map(small.model);
        assertEquals(statements.size(), new HashSet<>(statements).size());
    }

    @Test
    void anElementWithoutIdIsRefused() {
        small.sensor.setId(null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ModelToRdf.map(small.model));
        assertTrue(refused.getMessage().contains("Device 'Temperature sensor'"), refused.getMessage());
    }

    @Test
    void oddCharactersInIdsArePercentEncodedInIris() {
        small.sensor.setId("sensor 1/α");
        List<Statement> statements = ModelToRdf.map(small.model);
        assertEquals(type("https://threatwright.org/id/element/sensor%201%2F%CE%B1", TW.DEVICE),
                about(statements, "https://threatwright.org/id/element/sensor%201%2F%CE%B1").get(0));
        assertTrue(statements.contains(Statement.of(Term.iri(Iris.element("sensor 1/α")), TW.DCTERMS_IDENTIFIER,
                Term.literal("sensor 1/α"))));
    }
}
