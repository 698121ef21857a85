package org.threatwright.kb.ontology;

import static org.threatwright.model.TwPackage.Literals.*;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which ontology property each feature of the metamodel becomes. One explicit table rather than a name rule,
 * because metamodel feature names repeat with different meanings ({@code kind} of an interface, a boundary and
 * an external entity; {@code technology} an enumeration on interfaces and free text on data stores) and an
 * ontology property must mean one thing. A test checks that every feature of the metamodel is here, so a new
 * feature cannot be left out of the knowledge base silently.
 */
final class ModelProperties {

    private static final Map<EStructuralFeature, String> PROPERTIES = new HashMap<>();

    static {
        put(MODEL_ELEMENT__ID, TW.DCTERMS_IDENTIFIER);
        put(MODEL_ELEMENT__NAME, TW.DCTERMS_TITLE);
        put(MODEL_ELEMENT__DESCRIPTION, TW.DCTERMS_DESCRIPTION);
        put(MODEL_ELEMENT__TAGS, TW.TAG);
        put(MODEL_ELEMENT__EXTERNAL_IDS, TW.HAS_EXTERNAL_ID);
        put(EXTERNAL_ID__SOURCE, TW.EXTERNAL_SOURCE);
        put(EXTERNAL_ID__VALUE, TW.EXTERNAL_VALUE);

        put(SYSTEM_MODEL__RELEASE, TW.RELEASE);
        put(SYSTEM_MODEL__MANUFACTURER, TW.MANUFACTURER);
        put(SYSTEM_MODEL__COMPLIANCE_CLASS, TW.COMPLIANCE_CLASS);
        put(SYSTEM_MODEL__SUPPORTED_UNTIL, TW.SUPPORTED_UNTIL);
        put(SYSTEM_MODEL__PEOPLE, TW.HAS_PERSON);
        put(SYSTEM_MODEL__ROLES, TW.HAS_ROLE);
        put(SYSTEM_MODEL__ELEMENTS, TW.HAS_ELEMENT);
        put(SYSTEM_MODEL__FLOWS, TW.HAS_FLOW);
        put(SYSTEM_MODEL__BOUNDARIES, TW.HAS_BOUNDARY);
        put(SYSTEM_MODEL__DATA_ASSETS, TW.HAS_DATA_ASSET);
        put(SYSTEM_MODEL__SUPPLIERS, TW.HAS_SUPPLIER);
        put(SYSTEM_MODEL__ASSUMPTIONS, TW.HAS_ASSUMPTION);

        put(PERSON__EMAIL, TW.EMAIL);
        put(PERSON__ORGANISATION, TW.ORGANISATION);
        put(ROLE_ASSIGNMENT__KIND, TW.ROLE_KIND);
        put(ROLE_ASSIGNMENT__PERSON, TW.ROLE_HOLDER);

        put(ELEMENT__OWNER, TW.OWNER);
        put(ELEMENT__SAFETY_RELEVANT, TW.SAFETY_RELEVANT);
        put(ELEMENT__HOSTED_ON, TW.HOSTED_ON);
        put(ELEMENT__INTERFACES, TW.HAS_INTERFACE);
        put(ELEMENT__COMPONENTS, TW.HAS_COMPONENT);
        put(ELEMENT__DATA_ASSETS, TW.PROCESSES_DATA_ASSET);

        put(DEVICE__CATEGORY, TW.DEVICE_CATEGORY);
        put(DEVICE__SECURE_BOOT, TW.SECURE_BOOT);
        put(DEVICE__HARDWARE_ROOT_OF_TRUST, TW.HARDWARE_ROOT_OF_TRUST);
        put(DEVICE__SECURE_STORAGE, TW.SECURE_STORAGE);
        put(DEVICE__SECRETS_IN_FIRMWARE, TW.SECRETS_IN_FIRMWARE);
        put(DEVICE__TAMPER_RESISTANT, TW.TAMPER_RESISTANT);
        put(DEVICE__UPDATE_MECHANISM, TW.HAS_UPDATE_MECHANISM);
        put(CLOUD_SERVICE__PROVIDER, TW.CLOUD_PROVIDER);
        put(CLOUD_SERVICE__REGION, TW.REGION);
        put(CLOUD_SERVICE__SERVICE_MODEL, TW.SERVICE_MODEL);
        put(MOBILE_APP__PLATFORM, TW.MOBILE_PLATFORM);
        put(MOBILE_APP__CERTIFICATE_PINNING, TW.CERTIFICATE_PINNING);
        put(PROCESS__PRIVILEGED, TW.PRIVILEGED);
        put(DATA_STORE__HOLDS_LOGS, TW.HOLDS_LOGS);
        put(DATA_STORE__ENCRYPTED_AT_REST, TW.ENCRYPTED_AT_REST);
        put(DATA_STORE__TECHNOLOGY, TW.STORAGE_TECHNOLOGY);
        put(EXTERNAL_ENTITY__KIND, TW.EXTERNAL_ENTITY_KIND);

        put(INTERFACE__KIND, TW.INTERFACE_KIND);
        put(INTERFACE__TECHNOLOGY, TW.INTERFACE_TECHNOLOGY);
        put(INTERFACE__PROTOCOL, TW.PROTOCOL);
        put(INTERFACE__EXPOSURE, TW.EXPOSURE);
        put(INTERFACE__AUTHENTICATION, TW.AUTHENTICATION);
        put(INTERFACE__CREDENTIALS, TW.CREDENTIAL_PROVISIONING);
        put(INTERFACE__PAIRING, TW.PAIRING);
        put(INTERFACE__ENABLED_IN_PRODUCTION, TW.ENABLED_IN_PRODUCTION);
        put(INTERFACE__PORT, TW.PORT);

        put(DATA_FLOW__SOURCE, TW.FLOW_SOURCE);
        put(DATA_FLOW__TARGET, TW.FLOW_TARGET);
        put(DATA_FLOW__SOURCE_INTERFACE, TW.SOURCE_INTERFACE);
        put(DATA_FLOW__TARGET_INTERFACE, TW.TARGET_INTERFACE);
        put(DATA_FLOW__PROTOCOL, TW.PROTOCOL);
        put(DATA_FLOW__AUTHENTICATION, TW.AUTHENTICATION);
        put(DATA_FLOW__AUTHORIZATION, TW.AUTHORIZATION);
        put(DATA_FLOW__ENCRYPTION, TW.ENCRYPTION);
        put(DATA_FLOW__DIRECTION, TW.FLOW_DIRECTION);
        put(DATA_FLOW__DATA_ASSETS, TW.CARRIES_DATA_ASSET);

        put(DATA_ASSET__CATEGORY, TW.DATA_CATEGORY);
        put(DATA_ASSET__CONFIDENTIALITY, TW.CONFIDENTIALITY);
        put(DATA_ASSET__INTEGRITY, TW.INTEGRITY);
        put(DATA_ASSET__AVAILABILITY, TW.AVAILABILITY);
        put(DATA_ASSET__PERSONAL_DATA, TW.PERSONAL_DATA);

        put(TRUST_BOUNDARY__KIND, TW.BOUNDARY_KIND);
        put(TRUST_BOUNDARY__TRUST_LEVEL, TW.TRUST_LEVEL);
        put(TRUST_BOUNDARY__MEMBERS, TW.HAS_MEMBER);
        put(TRUST_BOUNDARY__BOUNDARIES, TW.HAS_NESTED_BOUNDARY);

        put(COMPONENT__TYPE, TW.COMPONENT_TYPE);
        put(COMPONENT__ORIGIN, TW.COMPONENT_ORIGIN);
        put(COMPONENT__SUPPLIER, TW.SUPPLIED_BY);
        put(COMPONENT__VERSION, TW.VERSION);
        put(COMPONENT__PURL, TW.PURL);
        put(COMPONENT__CPE, TW.CPE);
        put(COMPONENT__LICENCE, TW.LICENCE);
        put(COMPONENT__END_OF_SUPPORT, TW.END_OF_SUPPORT);
        put(COMPONENT__ASSESSOR, TW.ASSESSOR);
        put(COMPONENT__COMPONENTS, TW.HAS_SUB_COMPONENT);

        put(SUPPLIER__SECURITY_CONTACT, TW.SECURITY_CONTACT);
        put(SUPPLIER__SECURE_DESIGN_EVIDENCE, TW.SECURE_DESIGN_EVIDENCE);
        put(SUPPLIER__WEBSITE, TW.WEBSITE);

        put(UPDATE_MECHANISM__METHOD, TW.UPDATE_METHOD);
        put(UPDATE_MECHANISM__SIGNED, TW.SIGNED);
        put(UPDATE_MECHANISM__ENCRYPTED, TW.ENCRYPTED);
        put(UPDATE_MECHANISM__ROLLBACK_PROTECTION, TW.ROLLBACK_PROTECTION);
        put(UPDATE_MECHANISM__AUTOMATIC, TW.AUTOMATIC);
        put(UPDATE_MECHANISM__USER_CAN_DISABLE, TW.USER_CAN_DISABLE);
        put(UPDATE_MECHANISM__USER_CAN_DEFER, TW.USER_CAN_DEFER);
        put(UPDATE_MECHANISM__DELIVERED_BY, TW.DELIVERED_BY);
        put(UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL, TW.SECURITY_UPDATES_UNTIL);

        put(ASSUMPTION__STATUS, TW.ASSUMPTION_STATUS);
        put(ASSUMPTION__SUBJECTS, TW.CONCERNS);
    }

    private ModelProperties() {
    }

    private static void put(EStructuralFeature feature, String property) {
        if (PROPERTIES.put(feature, property) != null) {
            throw new IllegalStateException("feature mapped twice: " + feature.getName());
        }
    }

    /** The property {@code feature} becomes, or null if the table lacks it (a test prevents that). */
    static String of(EStructuralFeature feature) {
        return PROPERTIES.get(feature);
    }

    /** The ontology class of a metamodel class: the same local name. */
    static String classOf(org.eclipse.emf.ecore.EClass eClass) {
        return TW.NS + eClass.getName();
    }
}
