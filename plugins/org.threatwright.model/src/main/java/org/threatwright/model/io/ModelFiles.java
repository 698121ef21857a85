package org.threatwright.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TwPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes system model files (XMI, one product per file, conventionally {@code *.tw}).
 *
 * <p>Loading refuses empty, binary and malformed files with a {@link ModelFileException} naming the file,
 * line, column and problem; DTDs and external entities are never processed. Saving is atomic: the model is
 * written to a temporary file next to the target, forced to disk, and renamed over the target, so a crash
 * or a full disk never leaves a half-written model behind.
 */
public final class ModelFiles {

	/** Conventional file extension of Threatwright system models. */
	public static final String EXTENSION = "tw";

	/** Files beyond this size are refused rather than risk exhausting memory (a 10k-element model is ~10 MB). */
	public static final long MAX_FILE_SIZE = 512L * 1024 * 1024;

	private static final int SNIFF_BYTES = 8192;
	private static final Pattern EMF_LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$");

	private ModelFiles() {
	}

	/** A resource set that reads and writes model files outside OSGi as well as inside. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(TwPackage.eNS_URI, TwPackage.eINSTANCE);
		XMIResourceFactoryImpl xmi = new XMIResourceFactoryImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, xmi);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", xmi);
		return resourceSet;
	}

	/**
	 * Loads the system model in {@code file} into a fresh resource set.
	 *
	 * @throws ModelFileException if the file is missing, unreadable, empty, binary, not well-formed XML, not a
	 *                            Threatwright model, or refers to elements that are not in it
	 */
	public static SystemModel load(Path file) throws ModelFileException {
		byte[] content = readChecked(file);
		Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		// Every reference is resolved by id; without this map EMF finds each id by walking the whole resource,
		// which makes loading quadratic (a 10,000-element model took minutes instead of seconds).
		((ResourceImpl) resource).setIntrinsicIDToEObjectMap(new HashMap<>());
		try (InputStream in = new java.io.ByteArrayInputStream(content)) {
			resource.load(in, loadOptions());
		} catch (IOException e) {
			throw new ModelFileException(problemsOf(file, resource, e), e);
		} catch (RuntimeException e) {
			// EMF reports some structural problems (e.g. a value of the wrong type) as runtime exceptions
			throw new ModelFileException(file, "cannot read the model: " + e, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new ModelFileException(problemsOf(file, resource, null), null);
		}
		return rootOf(file, resource);
	}

	/**
	 * Saves {@code model} to {@code file} atomically: either the complete new content is in place afterwards,
	 * or the previous file is untouched. The model keeps its resource (if any); only its bytes are written.
	 */
	public static void save(SystemModel model, Path file) throws IOException {
		AtomicFiles.write(file, serialize(model));
	}

	/** The XMI bytes of {@code model}, exactly as {@link #save} writes them (UTF-8, LF line ends). */
	public static byte[] serialize(SystemModel model) throws IOException {
		Resource resource = model.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(URI.createURI("model." + EXTENSION));
			resource.getContents().add(model);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, saveOptions());
		return out.toByteArray();
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		Map<String, Boolean> parserFeatures = new HashMap<>();
		// no DTDs, no external entities: a model file must never make the parser read other files or hosts
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return options;
	}

	private static byte[] readChecked(Path file) throws ModelFileException {
		try {
			if (Files.isDirectory(file)) {
				throw new ModelFileException(file, "is a directory, not a model file", null);
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new ModelFileException(file, "the file is empty: no model in it", null);
			}
			if (size > MAX_FILE_SIZE) {
				throw new ModelFileException(file, "the file is " + size + " bytes, more than the "
						+ MAX_FILE_SIZE + " bytes a model file may have", null);
			}
			byte[] content = Files.readAllBytes(file);
			int sniff = Math.min(content.length, SNIFF_BYTES);
			for (int i = 0; i < sniff; i++) {
				if (content[i] == 0) {
					throw new ModelFileException(file, "binary content (a NUL byte at offset " + i
							+ "): this is not an XMI model file", null);
				}
			}
			return content;
		} catch (NoSuchFileException e) {
			throw new ModelFileException(file, "no such file", e);
		} catch (IOException e) {
			throw new ModelFileException(file, "cannot read the file: " + e.getMessage(), e);
		}
	}

	private static SystemModel rootOf(Path file, Resource resource) throws ModelFileException {
		List<EObject> contents = resource.getContents();
		if (contents.isEmpty()) {
			throw new ModelFileException(file, "no model in the file", null);
		}
		if (!(contents.get(0) instanceof SystemModel model)) {
			throw new ModelFileException(file, "the root element is '" + contents.get(0).eClass().getName()
					+ "', expected a tw:SystemModel", null);
		}
		if (contents.size() > 1) {
			throw new ModelFileException(file, "the file holds " + contents.size()
					+ " root elements; a model file holds exactly one tw:SystemModel", null);
		}
		return model;
	}

	private static List<ModelFileException.Problem> problemsOf(Path file, Resource resource, IOException failure) {
		List<ModelFileException.Problem> problems = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			SAXParseException sax = error instanceof Throwable thrown ? saxCause(thrown) : null;
			String message = error instanceof IllegalValueException illegal ? explainIllegalValue(illegal)
					: explain(error.getMessage());
			problems.add(sax != null ? notWellFormed(file, sax)
					: new ModelFileException.Problem(file, error.getLine(), error.getColumn(), message));
		}
		if (problems.isEmpty() && failure != null) {
			SAXParseException sax = saxCause(failure);
			problems.add(sax != null ? notWellFormed(file, sax)
					: new ModelFileException.Problem(file, 0, 0, "cannot read the model: " + explain(
							String.valueOf(failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage()))));
		}
		return problems;
	}

	private static String explainIllegalValue(IllegalValueException illegal) {
		EStructuralFeature feature = illegal.getFeature();
		String owner = illegal.getObject() == null ? "" : " of " + illegal.getObject().eClass().getName();
		String message = "invalid value '" + illegal.getValue() + "' for '" + feature.getName() + "'" + owner;
		if (feature.getEType() instanceof EEnum eEnum) {
			message += "; allowed: " + eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral)
					.collect(java.util.stream.Collectors.joining(", "));
		}
		return message;
	}

	private static SAXParseException saxCause(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException sax) {
				return sax;
			}
			if (cause instanceof org.eclipse.emf.ecore.xmi.XMIException xmi && xmi.getWrappedException() instanceof SAXParseException sax) {
				return sax;
			}
		}
		return null;
	}

	private static ModelFileException.Problem notWellFormed(Path file, SAXParseException sax) {
		return new ModelFileException.Problem(file, sax.getLineNumber(), sax.getColumnNumber(),
				"not well-formed XML: " + explain(sax.getMessage()));
	}

	/** Turns EMF's loader messages into the words a model author understands. */
	static String explain(String emfMessage) {
		String message = EMF_LOCATION_SUFFIX.matcher(emfMessage).replaceFirst("").strip();
		var unresolved = Pattern.compile("Unresolved reference '([^']*)'\\.?").matcher(message);
		if (unresolved.matches()) {
			return "dangling reference: no element with id '" + unresolved.group(1) + "' in this model";
		}
		var unknownClass = Pattern.compile("Class '([^']*)' (?:is not found or is abstract|not found)\\.?")
				.matcher(message);
		if (unknownClass.matches()) {
			return "unknown element type '" + unknownClass.group(1) + "' (not in the Threatwright metamodel, or abstract)";
		}
		var unknownPackage = Pattern.compile("Package with uri '([^']*)' not found\\.?").matcher(message);
		if (unknownPackage.matches()) {
			return "not a Threatwright model: unknown XML namespace '" + unknownPackage.group(1) + "' (expected "
					+ TwPackage.eNS_URI + ")";
		}
		var unknownFeature = Pattern.compile("Feature '([^']*)' not found\\.?").matcher(message);
		if (unknownFeature.matches()) {
			return "unknown attribute or element '" + unknownFeature.group(1) + "' here";
		}
		if (message.contains("DOCTYPE")) {
			return "DOCTYPE declarations are not allowed in model files (" + message + ")";
		}
		return message;
	}

}
