package org.threatwright.releng.emfgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model code of one project from its {@code .genmodel}, headless.
 *
 * <pre>
 * EmfCodeGenerator PROJECT-NAME PROJECT-DIR GENMODEL [HAND-WRITTEN-SRC-DIR...]
 * </pre>
 *
 * {@code platform:/resource/PROJECT-NAME/} is mapped to PROJECT-DIR, so a genmodel whose
 * {@code modelDirectory} is {@code /PROJECT-NAME/emf-gen} writes into PROJECT-DIR/emf-gen. That folder is
 * deleted first: its content is a pure function of the .ecore, the .genmodel and the EMF version, which is
 * what lets CI regenerate and fail on any difference.
 */
public final class EmfCodeGenerator {

	private EmfCodeGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			throw new IllegalArgumentException(
					"usage: EmfCodeGenerator PROJECT-NAME PROJECT-DIR GENMODEL [HAND-WRITTEN-SRC-DIR...]");
		}
		// exec:java runs this inside the Maven JVM: never System.exit, and put global state back.
		String lineSeparator = System.getProperty("line.separator");
		try {
			Path projectDir = Path.of(args[1]).toAbsolutePath().normalize();
			List<Path> handWritten = Arrays.stream(args).skip(3).map(projectDir::resolve).toList();
			generate(args[0], projectDir, projectDir.resolve(args[2]).normalize(), handWritten);
		} finally {
			System.setProperty("line.separator", lineSeparator);
		}
	}

	static void generate(String projectName, Path projectDir, Path genModelFile, List<Path> handWritten)
			throws IOException {
		long start = System.nanoTime();
		// the generator writes the existing file's delimiter, else the system's: make output identical everywhere
		System.setProperty("line.separator", "\n");
		EcorePlugin.getPlatformResourceMap().put(projectName, URI.createFileURI(projectDir + "/"));

		GenModel genModel = loadGenModel(projectName, projectDir, genModelFile);
		validate(genModel);

		Path out = Path.of(EcorePlugin.resolvePlatformResourcePath(genModel.getModelDirectory()).toFileString());
		if (!out.startsWith(projectDir)) {
			throw new IllegalStateException("modelDirectory " + out + " lies outside " + projectDir);
		}
		deleteRecursively(out);

		Generator generator = new Generator() {
			@Override
			public JControlModel getJControlModel() {
				// merging needs JDT's AST; the output folder was cleaned, so there is nothing to merge into
				return new JControlModel() {
					@Override
					public boolean canMerge() {
						return false;
					}
				};
			}
		};
		// standalone, the generatorAdapters extension point is not read: without this, generate() writes nothing
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				() -> new GenerationGapAdapterFactory(handWritten));
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		if (result.getSeverity() != Diagnostic.OK) {
			throw failure("generation failed", result);
		}
		try (Stream<Path> files = Files.walk(out)) {
			System.out.printf("EmfCodeGenerator: %d files in %s (%d ms)%n",
					files.filter(Files::isRegularFile).count(), projectDir.relativize(out),
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	private static GenModel loadGenModel(String projectName, Path projectDir, Path genModelFile) {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		var factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		// resolves platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel from the jars on the class path
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
		String relative = projectDir.relativize(genModelFile).toString().replace('\\', '/');
		Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(projectName + "/" + relative, true),
				true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setUpdateClasspath(false);
		return genModel;
	}

	private static void validate(GenModel genModel) {
		// genModel.diagnose() misses e.g. dangling eTypes, which would surface as an NPE inside a JET template
		for (GenPackage genPackage : genModel.getGenPackages()) {
			Diagnostic diagnostic = Diagnostician.INSTANCE.validate(genPackage.getEcorePackage());
			if (diagnostic.getSeverity() == Diagnostic.ERROR) {
				throw failure("invalid metamodel " + genPackage.getEcorePackage().getNsURI(), diagnostic);
			}
		}
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw failure("invalid genmodel", diagnostic);
		}
	}

	private static IllegalStateException failure(String what, Diagnostic diagnostic) {
		StringBuilder message = new StringBuilder("EmfCodeGenerator: ").append(what).append(": ")
				.append(diagnostic.getMessage());
		diagnostic.getChildren().forEach(child -> message.append("\n  ").append(child.getMessage()));
		return new IllegalStateException(message.toString(), diagnostic.getException());
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
