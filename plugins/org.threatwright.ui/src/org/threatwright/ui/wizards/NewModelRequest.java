package org.threatwright.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.threatwright.model.SystemModel;
import org.threatwright.model.TwFactory;
import org.threatwright.model.io.AtomicFiles;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFiles;

/**
 * What the New Model wizard asks for, and writing the new model file from it (atomically; an existing file
 * is never overwritten).
 *
 * @param name    the product's name (for an example: empty keeps the example's own)
 * @param id      the model's id, or empty for a fresh UUID (examples keep theirs when empty)
 * @param example the example to start from, or null for a blank model
 * @param file    where the model is written
 */
public record NewModelRequest(String name, String id, String example, Path file) {

	/** Why the request cannot be carried out, or null if it can. */
	public String problem() {
		if (file == null || file.getFileName() == null) {
			return "Choose where to save the model";
		}
		if (!file.getFileName().toString().endsWith("." + ModelFiles.EXTENSION)) {
			return "The file name must end in ." + ModelFiles.EXTENSION;
		}
		if (Files.exists(file)) {
			return file + " exists already: choose another name";
		}
		Path folder = file.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return "The folder " + folder + " does not exist";
		}
		if (example == null && name.isBlank()) {
			return "Name the product";
		}
		if (!id.isEmpty() && !id.matches("[A-Za-z0-9._:-]+")) {
			return "The id may only contain letters, digits and . _ : -";
		}
		return null;
	}

	/** Writes the model file. */
	public void write() throws IOException, ModelFileException {
		String problem = problem();
		if (problem != null) {
			throw new IOException(problem);
		}
		if (example == null) {
			SystemModel model = TwFactory.eINSTANCE.createSystemModel();
			model.setName(name.strip());
			if (!id.isEmpty()) {
				model.setId(id);
			}
			ModelFiles.save(model, file);
			return;
		}
		AtomicFiles.write(file, ExampleModels.content(example));
		if (!name.isBlank() || !id.isEmpty()) {
			SystemModel model = ModelFiles.load(file);
			if (!name.isBlank()) {
				model.setName(name.strip());
			}
			if (!id.isEmpty()) {
				model.setId(id);
			}
			ModelFiles.save(model, file);
		}
	}
}
