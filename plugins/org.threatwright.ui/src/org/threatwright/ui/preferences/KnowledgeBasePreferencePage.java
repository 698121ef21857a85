package org.threatwright.ui.preferences;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.threatwright.kb.server.KnowledgeServer;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.StoreException;

/**
 * Window &gt; Preferences &gt; Threatwright &gt; Knowledge Base: beside the model (default), one TDB2 folder, or a
 * server started by {@code threatwright serve} (URL, user; the password goes to secure storage, encrypted). Test
 * Connection tries the server in the background. A value that cannot be used is named and not applied; what was
 * typed stays on the page.
 */
public class KnowledgeBasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final ThreatwrightPreferences preferences;
	private KnowledgeCredentials credentials;
	private Button beside;
	private Button folder;
	private Button server;
	private Text folderPath;
	private Button browse;
	private Text url;
	private Text user;
	private Text password;
	private Button test;
	private Label testResult;

	public KnowledgeBasePreferencePage() {
		this(ThreatwrightPreferences.get(), null);
	}

	/** @param credentials null for the default secure storage (opened when first needed) */
	public KnowledgeBasePreferencePage(ThreatwrightPreferences preferences, KnowledgeCredentials credentials) {
		this.preferences = preferences;
		this.credentials = credentials;
		setDescription("Where risks, requirements, triage decisions, baselines and design decisions are kept.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// values are read in createContents
	}

	private KnowledgeCredentials credentials() {
		if (credentials == null) {
			credentials = KnowledgeCredentials.standard();
		}
		return credentials;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		beside = radio(page, "&Beside each model: the folder X.kb beside X.tw (as the command line does)");
		folder = radio(page, "One &folder (TDB2) for all models:");
		new Label(page, SWT.NONE).setText("      Folder:");
		folderPath = new Text(page, SWT.BORDER);
		folderPath.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		server = radio(page, "A &server started with 'threatwright serve':");
		url = labelled(page, "      URL:", SWT.NONE);
		url.setMessage("http://127.0.0.1:3030/kb");
		user = labelled(page, "      User:", SWT.NONE);
		password = labelled(page, "      Password:", SWT.PASSWORD);
		new Label(page, SWT.NONE);
		Label note = new Label(page, SWT.WRAP);
		note.setText("The password is kept encrypted in Eclipse secure storage, never in the preference files. Leave it"
				+ " empty to keep the one stored. Use https for anything but this machine (loopback).");
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		noteData.widthHint = 420;
		note.setLayoutData(noteData);
		new Label(page, SWT.NONE);
		test = new Button(page, SWT.PUSH);
		test.setText("&Test Connection");
		test.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		testResult = new Label(page, SWT.WRAP);
		GridData resultData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		resultData.widthHint = 420;
		testResult.setLayoutData(resultData);

		load(preferences.knowledgeLocation());
		for (Button radio : new Button[] { beside, folder, server }) {
			radio.addListener(SWT.Selection, e -> validate());
		}
		for (Text text : new Text[] { folderPath, url, user }) {
			text.addModifyListener(e -> validate());
		}
		browse.addListener(SWT.Selection, e -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				folderPath.setText(chosen);
			}
		});
		test.addListener(SWT.Selection, e -> testConnection());
		validate();
		return page;
	}

	private void load(KnowledgeLocation location) {
		beside.setSelection(location.kind() == KnowledgeLocation.Kind.BESIDE_MODEL);
		folder.setSelection(location.kind() == KnowledgeLocation.Kind.FOLDER);
		server.setSelection(location.kind() == KnowledgeLocation.Kind.SERVER);
		folderPath.setText(location.folder() == null ? "" : location.folder().toString());
		url.setText(location.server() == null ? "" : location.server().toString());
		user.setText(location.user() == null ? KnowledgeServer.DEFAULT_USER : location.user());
		password.setText("");
		password.setMessage(storedPasswordNote(location));
	}

	private String storedPasswordNote(KnowledgeLocation location) {
		if (location.server() == null) {
			return "";
		}
		try {
			return credentials().password(location.server(), location.user()).map(p -> {
				Arrays.fill(p, '\0');
				return "(stored in secure storage)";
			}).orElse("");
		} catch (StorageException | IllegalStateException e) {
			return "(secure storage cannot be read)";
		}
	}

	private static Button radio(Composite page, String text) {
		Button radio = new Button(page, SWT.RADIO);
		radio.setText(text);
		radio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		return radio;
	}

	private static Text labelled(Composite page, String label, int style) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | style);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return text;
	}

	/** The location the page shows, or null after naming what is wrong. */
	private KnowledgeLocation location() {
		if (beside.getSelection()) {
			return KnowledgeLocation.BESIDE_MODEL;
		}
		if (folder.getSelection()) {
			if (folderPath.getText().isBlank()) {
				setErrorMessage("Choose the knowledge-base folder.");
				return null;
			}
			return KnowledgeLocation.folder(Path.of(folderPath.getText().strip()));
		}
		URI uri;
		try {
			uri = new URI(url.getText().strip());
		} catch (URISyntaxException e) {
			setErrorMessage("URL: " + e.getMessage());
			return null;
		}
		String scheme = uri.getScheme();
		if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || uri.getHost() == null) {
			setErrorMessage("URL: a knowledge-base server URL is http(s)://host:port/dataset, e.g. http://127.0.0.1:3030/kb");
			return null;
		}
		if (uri.getUserInfo() != null) {
			setErrorMessage("URL: put the user in the User field and the password in the Password field, not in the URL");
			return null;
		}
		if (user.getText().isBlank()) {
			setErrorMessage("User: the server's user is needed.");
			return null;
		}
		return KnowledgeLocation.server(uri, user.getText().strip());
	}

	private void validate() {
		folderPath.setEnabled(folder.getSelection());
		browse.setEnabled(folder.getSelection());
		for (Text text : new Text[] { url, user, password }) {
			text.setEnabled(server.getSelection());
		}
		test.setEnabled(server.getSelection());
		setErrorMessage(null);
		setValid(location() != null);
	}

	private void testConnection() {
		KnowledgeLocation location = location();
		if (location == null) {
			return;
		}
		char[] typed = password.getText().toCharArray();
		Display display = testResult.getDisplay(); // widgets are touched on the UI thread only
		testResult.setText("Connecting to " + location.server() + "...");
		Job job = Job.create("Testing the knowledge-base server " + location.server(), (IProgressMonitor monitor) -> {
			String result;
			char[] secret = typed.length > 0 ? typed : null;
			try {
				if (secret == null) {
					secret = credentials().password(location.server(), location.user()).orElse(null);
				}
				if (secret == null) {
					result = "No password typed or stored.";
				} else {
					try (KnowledgeStore store = KnowledgeStores.remote(location.server(), location.user(), secret)) {
						result = "Connected to " + store.describe() + ".";
					}
				}
			} catch (StoreException | IllegalArgumentException | StorageException | IllegalStateException e) {
				result = "Knowledge base " + location.server() + " unreachable: " + e.getMessage();
			} catch (RuntimeException e) {
				result = "Knowledge base " + location.server() + ": unexpected failure: " + e;
			} finally {
				Arrays.fill(typed, '\0');
				if (secret != null) {
					Arrays.fill(secret, '\0');
				}
			}
			String shown = result;
			display.asyncExec(() -> {
				if (!testResult.isDisposed()) {
					testResult.setText(shown);
					testResult.getParent().layout();
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	@Override
	protected void performDefaults() {
		load(KnowledgeLocation.BESIDE_MODEL);
		validate();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		KnowledgeLocation location = location();
		if (location == null) {
			return false;
		}
		char[] typed = password.getText().toCharArray();
		try {
			if (location.kind() == KnowledgeLocation.Kind.SERVER) {
				if (typed.length > 0) {
					credentials().store(location.server(), location.user(), typed);
				} else if (credentials().password(location.server(), location.user()).isEmpty()) {
					setErrorMessage("Password: type the password of " + location.user() + " on " + location.server() + ".");
					return false;
				}
			}
			preferences.setKnowledgeLocation(location);
			password.setText("");
			password.setMessage(storedPasswordNote(location));
			return true;
		} catch (StorageException | IllegalStateException e) {
			setErrorMessage("The password cannot be kept in secure storage: " + e.getMessage());
			return false;
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
			return false;
		} finally {
			Arrays.fill(typed, '\0');
		}
	}
}
