package org.threatwright.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.threatwright.model.TwPackage;
import org.threatwright.model.io.ModelFiles;

/** The bnd-generated manifest of org.threatwright.model is enough for the bundle to resolve and run in Equinox. */
class ModelBundleInOsgiTest {

	private static final String METAMODEL_ENTRY = "model/threatwright.ecore";

	@Test
	void modelClassesAreLoadedByTheModelBundle() {
		Bundle model = FrameworkUtil.getBundle(TwPackage.class);
		assertNotNull(model, "TwPackage must come from an OSGi bundle, not the class path");
		assertEquals("org.threatwright.model", model.getSymbolicName());
		assertSame(model, FrameworkUtil.getBundle(ModelFiles.class), "load/save lives in the same bundle");
		assertTrue((model.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
				"bundle state " + model.getState());
		assertEquals("org.eclipse.emf.ecore", FrameworkUtil.getBundle(EPackage.class).getSymbolicName(),
				"EMF must be wired from the EMF bundle, not embedded");
	}

	@Test
	void packageIsRegisteredUnderItsNamespaceUri() {
		TwPackage twPackage = TwPackage.eINSTANCE;
		assertEquals("http://threatwright.org/model/1.0", twPackage.getNsURI());
		assertSame(twPackage, EPackage.Registry.INSTANCE.getEPackage(TwPackage.eNS_URI));
	}

	@Test
	void metamodelResourceTravelsInTheBundle() throws Exception {
		Bundle model = FrameworkUtil.getBundle(TwPackage.class);
		URL entry = model.getEntry(METAMODEL_ENTRY);
		assertNotNull(entry, METAMODEL_ENTRY + " must be inside the bundle");

		// the shipped .ecore is the metamodel the generated code was made from: same namespace, same classifiers
		Resource resource = new ResourceSetImpl().createResource(URI.createURI("threatwright.ecore"));
		resource.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put("ecore", new XMIResourceFactoryImpl());
		try (InputStream in = entry.openStream()) {
			resource.load(in, null);
		}
		EPackage shipped = (EPackage) resource.getContents().get(0);
		assertEquals(TwPackage.eNS_URI, shipped.getNsURI());
		assertEquals(names(TwPackage.eINSTANCE.getEClassifiers()), names(shipped.getEClassifiers()));
	}

	private static List<String> names(List<EClassifier> classifiers) {
		return classifiers.stream().map(EClassifier::getName).sorted().toList();
	}
}
