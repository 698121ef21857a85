package org.threatwright.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.Device;
import org.threatwright.model.SmallModels;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TwFactory;

class ModelFilesTest {

	@TempDir
	Path dir;

	@Test
	void savedModelLoadsBackEqualAndSavesByteIdentical() throws Exception {
		SmallModels small = new SmallModels();
		Path file = dir.resolve("hub.tw");
		ModelFiles.save(small.model, file);

		SystemModel loaded = ModelFiles.load(file);

		assertTrue(EcoreUtil.equals(small.model, loaded), "loaded model differs from the saved one");
		assertEquals(LocalDate.of(2031, 12, 31), loaded.getSupportedUntil());
		assertEquals(small.hub.getId(), loaded.getElements().get(1).getId());
		Path again = dir.resolve("again.tw");
		ModelFiles.save(loaded, again);
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
	}

	@Test
	void referencesAreWrittenAsIdsAndFileUsesLfAndUtf8() throws Exception {
		SmallModels small = new SmallModels();
		small.hub.setName("Hub – Küche");
		String xml = new String(ModelFiles.serialize(small.model), StandardCharsets.UTF_8);
		assertTrue(xml.contains("owner=\"" + small.owner.getId() + "\""), xml);
		assertTrue(xml.contains("Hub – Küche"));
		assertTrue(!xml.contains("\r"), "CR in output");
	}

	@Test
	void newElementsGetARandomUuidThatLoadingKeeps() throws Exception {
		Device device = TwFactory.eINSTANCE.createDevice();
		assertEquals(device.getId(), UUID.fromString(device.getId()).toString());
		assertTrue(!device.getId().equals(TwFactory.eINSTANCE.createDevice().getId()));
	}

	@Test
	void saveReplacesExistingFileAndLeavesNoTemporaryFile() throws Exception {
		Path file = dir.resolve("hub.tw");
		Files.writeString(file, "old content");
		ModelFiles.save(new SmallModels().model, file);
		assertTrue(Files.readString(file).startsWith("<?xml"));
		assertEquals(List.of(file), listDir());
	}

	@Test
	void failedSaveLeavesTheTargetUntouchedAndNoTemporaryFile() throws Exception {
		// a non-empty directory cannot be replaced by the rename: the save must fail cleanly
		Path target = dir.resolve("hub.tw");
		Files.createDirectories(target);
		Path marker = Files.writeString(target.resolve("keep.txt"), "keep");

		assertThrows(IOException.class, () -> ModelFiles.save(new SmallModels().model, target));

		assertEquals("keep", Files.readString(marker));
		assertEquals(List.of(target), listDir());
	}

	@Test
	void newFilesAreWorldReadableAndReplacedFilesKeepTheirPermissions() throws Exception {
		Path created = dir.resolve("new.tw");
		ModelFiles.save(new SmallModels().model, created);
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));

		Path shared = Files.writeString(dir.resolve("shared.tw"), "old");
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw----"));
		ModelFiles.save(new SmallModels().model, shared);
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
	}

	private List<Path> listDir() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
