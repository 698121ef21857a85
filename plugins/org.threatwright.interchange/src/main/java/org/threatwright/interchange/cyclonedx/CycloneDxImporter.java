package org.threatwright.interchange.cyclonedx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.interchange.api.ImportException;
import org.threatwright.interchange.api.ImportFormat;
import org.threatwright.interchange.api.ImportResult;
import org.threatwright.interchange.internal.ImportContext;
import org.threatwright.interchange.internal.InputFiles;
import org.threatwright.interchange.internal.JsonInput;
import org.threatwright.interchange.internal.XmlInput;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.ComponentType;
import org.threatwright.model.Element;
import org.threatwright.model.ExternalId;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TwFactory;

/**
 * Imports a CycloneDX SBOM (JSON or XML, spec 1.2-1.6) into the supply chain of one element of an existing model:
 * each component (nested ones nested) becomes a {@link Component} of that element with type, version, purl, CPE,
 * licence and supplier; suppliers are shared by name with those the model already has. Origin: a component with a
 * licence is open source, one with a supplier but no licence third-party commercial; a component with neither is
 * left unspecified (the model cannot tell), and a third-party component without a supplier stays unspecified too,
 * because the model requires a supplier for third-party components. Hashes, external references, properties,
 * dependencies, services and vulnerabilities are reported.
 *
 * <p>Written on Jackson and the JDK's hardened XML parser rather than cyclonedx-core-java: that library is not in the
 * project's repository and would add an XML data binding, a JSON schema validator and their dependencies for reading
 * a dozen fields.
 */
public final class CycloneDxImporter {

	public ImportFormat format() {
		return ImportFormat.CYCLONEDX;
	}

	/**
	 * Adds the components of the SBOM in {@code file} to the element {@code elementId} of {@code model}. The model is
	 * changed only when the whole file was read: on an {@link ImportException} it is untouched.
	 */
	public ImportResult read(Path file, SystemModel model, String elementId) throws ImportException {
		Element target = findElement(model, elementId);
		if (target == null) {
			throw ImportException.ofFile(file, "the model has no element with id '" + elementId
					+ "' to import the SBOM into (--into takes an element id, see 'threatwright info')", null);
		}
		byte[] content = InputFiles.read(file);
		char first = InputFiles.firstSignificant(content);
		ImportContext report = new ImportContext(file, ImportFormat.CYCLONEDX);
		List<SbomComponent> components = first == '<'
				? new XmlSbom(file, XmlInput.parse(file, content), report).components()
				: first == '{' ? new JsonSbom(file, JsonInput.parse(file, content), report).components()
						: refuse(file);
		Map<String, Supplier> suppliers = new LinkedHashMap<>();
		model.getSuppliers().forEach(s -> suppliers.putIfAbsent(s.getName(), s));
		for (SbomComponent component : components) {
			target.getComponents().add(toModel(component, target.getId(), model, suppliers, report));
		}
		ImportResult partial = report.result();
		return new ImportResult(model, partial.unmapped(), List.of());
	}

	private static List<SbomComponent> refuse(Path file) throws ImportException {
		throw ImportException.at(file, 1, 1, "not a CycloneDX SBOM: neither JSON (starting with '{') nor XML", null);
	}

	private static Component toModel(SbomComponent source, String elementId, SystemModel model,
			Map<String, Supplier> suppliers, ImportContext report) {
		Component component = TwFactory.eINSTANCE.createComponent();
		// the same SBOM imported into the same element gives the same ids
		component.setId(nameId(elementId + ":" + (source.ref() != null ? source.ref() : source.place())));
		component.setName(source.group() == null ? source.name() : source.group() + "/" + source.name());
		component.setVersion(source.version());
		component.setPurl(source.purl());
		component.setCpe(source.cpe());
		component.setLicence(source.licence());
		component.setType(type(source.type(), source.place(), report));
		if (source.ref() != null) {
			ExternalId external = TwFactory.eINSTANCE.createExternalId();
			external.setSource(ImportFormat.CYCLONEDX.externalIdSource());
			external.setValue(source.ref());
			component.getExternalIds().add(external);
		}
		if (source.supplierName() != null) {
			Supplier supplier = suppliers.computeIfAbsent(source.supplierName(), name -> {
				Supplier created = TwFactory.eINSTANCE.createSupplier();
				created.setId(nameId("supplier:" + name));
				created.setName(name);
				created.setWebsite(source.supplierUrl());
				created.setSecurityContact(source.supplierEmail());
				model.getSuppliers().add(created);
				return created;
			});
			component.setSupplier(supplier);
			component.setOrigin(source.licence() != null ? ComponentOrigin.OPEN_SOURCE : ComponentOrigin.THIRD_PARTY_COMMERCIAL);
		} else if (source.licence() != null) {
			report.unmapped(source.place(), "origin of '" + component.getName() + "'",
					"licensed (" + source.licence() + ") but without a supplier; origin left unspecified, since a third-party"
							+ " component must name its supplier");
		}
		for (String unmapped : source.unmapped()) {
			report.unmapped(source.place(), "'" + component.getName() + "': " + unmapped, "no place for it in the model");
		}
		for (SbomComponent child : source.children()) {
			component.getComponents().add(toModel(child, elementId, model, suppliers, report));
		}
		return component;
	}

	private static ComponentType type(String type, String place, ImportContext report) {
		return switch (String.valueOf(type)) {
		case "application" -> ComponentType.SOFTWARE;
		case "library", "framework" -> ComponentType.LIBRARY;
		case "firmware" -> ComponentType.FIRMWARE;
		case "operating-system" -> ComponentType.OPERATING_SYSTEM;
		case "device" -> ComponentType.HARDWARE;
		case "null" -> ComponentType.UNSPECIFIED;
		default -> {
			report.unmapped(place + "/type", "component type '" + type + "'", "no Threatwright component type; left unspecified");
			yield ComponentType.UNSPECIFIED;
		}
		};
	}

	static Element findElement(SystemModel model, String id) {
		for (Element element : model.getElements()) {
			if (id.equals(element.getId())) {
				return element;
			}
		}
		return null;
	}

	/** Licence text from ids, names or an expression, joined with " AND " when a component lists several. */
	static String licence(List<String> parts) {
		List<String> present = new ArrayList<>(parts.stream().filter(p -> p != null && !p.isBlank()).toList());
		return present.isEmpty() ? null : String.join(" AND ", present);
	}

	private static String nameId(String seed) {
		return java.util.UUID.nameUUIDFromBytes(("cyclonedx:" + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.toString();
	}
}
