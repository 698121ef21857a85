package org.threatwright.interchange.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The formats Threatwright imports, with the name the command line uses and the name kept as the
 * {@code ExternalId.source} of every imported element.
 */
public enum ImportFormat {
	/** Open Threat Model, JSON or YAML. */
	OTM("otm", "otm"),
	/** OWASP Threat Dragon v1 and v2 JSON. */
	THREAT_DRAGON("threatdragon", "threat-dragon"),
	/** Microsoft Threat Modeling Tool {@code .tm7} (XML). */
	TMT("tm7", "tm7"),
	/** Threagile YAML. */
	THREAGILE("threagile", "threagile"),
	/** CycloneDX SBOM, JSON or XML. */
	CYCLONEDX("cyclonedx", "cyclonedx");

	private final String cliName;
	private final String externalIdSource;

	ImportFormat(String cliName, String externalIdSource) {
		this.cliName = cliName;
		this.externalIdSource = externalIdSource;
	}

	public String cliName() {
		return cliName;
	}

	/** The {@code source} of the external ids an import of this format writes. */
	public String externalIdSource() {
		return externalIdSource;
	}

	/** The format named {@code name} on the command line (case-insensitive). */
	public static ImportFormat ofCliName(String name) {
		for (ImportFormat format : values()) {
			if (format.cliName.equalsIgnoreCase(name)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown import format '" + name + "' (expected one of "
				+ Arrays.stream(values()).map(ImportFormat::cliName).collect(Collectors.joining(", ")) + ")");
	}
}
