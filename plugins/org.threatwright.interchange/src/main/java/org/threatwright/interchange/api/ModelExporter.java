package org.threatwright.interchange.api;

import org.threatwright.model.SystemModel;

/** Writes a system model in another tool's format. Callers write the bytes atomically. */
public interface ModelExporter {

	/** Short name used on the command line ({@code otm}, {@code threatdragon}). */
	String name();

	/** The file content (UTF-8). Deterministic: the same model gives the same bytes. */
	byte[] write(SystemModel model);
}
