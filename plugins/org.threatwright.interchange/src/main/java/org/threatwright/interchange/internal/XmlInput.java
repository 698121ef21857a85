package org.threatwright.interchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.threatwright.interchange.api.ImportException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML with a hardened JDK parser: DOCTYPE declarations are refused outright (so no DTD, no external entity and
 * no entity expansion can happen), external access is off, secure processing is on, XInclude is off.
 */
public final class XmlInput {

	private XmlInput() {
	}

	public static Document parse(Path file, byte[] content) throws ImportException {
		try {
			DocumentBuilder builder = factory().newDocumentBuilder();
			builder.setErrorHandler(new Silent());
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entity '" + systemId + "' refused");
			});
			return builder.parse(new ByteArrayInputStream(content));
		} catch (SAXParseException e) {
			String message = e.getMessage() == null ? "" : e.getMessage();
			String problem = message.contains("DOCTYPE")
					? "DOCTYPE declarations are refused (no DTDs, no entities, no external entities): " + message
					: "not well-formed XML: " + message;
			throw ImportException.at(file, Math.max(e.getLineNumber(), 1), e.getColumnNumber(), problem, e);
		} catch (SAXException e) {
			throw ImportException.ofFile(file, "refused XML: " + e.getMessage(), e);
		} catch (IOException e) {
			throw ImportException.ofFile(file, "cannot read the XML: " + e.getMessage(), e);
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
		}
	}

	static DocumentBuilderFactory factory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

	/** Errors end the parse with the exception; nothing is printed to standard error. */
	private static final class Silent implements ErrorHandler {
		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}
	}
}
