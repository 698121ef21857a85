package org.threatwright.interchange.cyclonedx;

import java.util.List;

/** One component of a CycloneDX SBOM as read from JSON or XML, before it becomes a model component. */
record SbomComponent(String ref, String type, String name, String group, String version, String purl, String cpe,
		String licence, String supplierName, String supplierUrl, String supplierEmail, List<String> unmapped,
		List<SbomComponent> children, String place) {
}
