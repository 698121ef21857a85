package org.threatwright.releng.emfgen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.codegen.ecore.genmodel.GenBase;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.codegen.util.ImportManager;
import org.eclipse.emf.common.notify.Adapter;

/**
 * Generation gap, the convention of MWE2's EcoreGenerator: when a hand-written {@code FooImplCustom.java}
 * exists in one of the hand-written source folders, every generated mention of {@code FooImpl} (the factory's
 * create method, subclasses' extends clause) names {@code FooImplCustom} instead. Hand-written behaviour thus
 * lives in {@code src/} and generated code is never edited.
 */
final class GenerationGapAdapterFactory extends GenModelGeneratorAdapterFactory {

	private final List<Path> handWrittenSourceDirs;

	GenerationGapAdapterFactory(List<Path> handWrittenSourceDirs) {
		this.handWrittenSourceDirs = List.copyOf(handWrittenSourceDirs);
	}

	@Override
	public Adapter createGenClassAdapter() {
		return new GenClassGeneratorAdapter(this) {
			@Override
			protected void createImportManager(String packageName, String className) {
				importManager = newImportManager(packageName, className);
				if (generatingObject != null) {
					((GenBase) generatingObject).getGenModel().setImportManager(importManager);
				}
			}
		};
	}

	@Override
	public Adapter createGenPackageAdapter() {
		return new GenPackageGeneratorAdapter(this) {
			@Override
			protected void createImportManager(String packageName, String className) {
				importManager = newImportManager(packageName, className);
				if (generatingObject != null) {
					((GenBase) generatingObject).getGenModel().setImportManager(importManager);
				}
			}
		};
	}

	private ImportManager newImportManager(String packageName, String className) {
		ImportManager manager = new ImportManager(packageName) {
			@Override
			public String getImportedName(String qualifiedName, boolean autoImport) {
				return super.getImportedName(customClassFor(qualifiedName), autoImport);
			}
		};
		manager.addMasterImport(packageName, className);
		return manager;
	}

	private String customClassFor(String qualifiedName) {
		if (qualifiedName.endsWith("Impl") && !qualifiedName.startsWith("org.eclipse.")) {
			String relativeFile = qualifiedName.replace('.', '/') + "Custom.java";
			for (Path dir : handWrittenSourceDirs) {
				if (Files.isRegularFile(dir.resolve(relativeFile))) {
					return qualifiedName + "Custom";
				}
			}
		}
		return qualifiedName;
	}
}
