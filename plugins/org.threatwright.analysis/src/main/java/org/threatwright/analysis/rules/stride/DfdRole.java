package org.threatwright.analysis.rules.stride;

import org.threatwright.model.CloudService;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Device;
import org.threatwright.model.ExternalEntity;
import org.threatwright.model.MobileApp;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Process;
import org.threatwright.model.WebApp;

/**
 * The four element types of a data-flow diagram, which STRIDE per element is defined on. Devices, gateways,
 * cloud services and apps run code that receives, transforms and sends data, so they count as processes: the
 * same reasoning Microsoft's Threat Modeling Tool applies to its "process" stencils.
 */
enum DfdRole {
	EXTERNAL_ENTITY("an external entity"),
	PROCESS("a process"),
	DATA_STORE("a data store"),
	/** A data store that holds log or audit data: STRIDE per element adds repudiation for it. */
	LOG_STORE("a data store holding log or audit data"),
	DATA_FLOW("a data flow");

	private final String phrase;

	DfdRole(String phrase) {
		this.phrase = phrase;
	}

	String phrase() {
		return phrase;
	}

	boolean matches(ModelElement element) {
		return switch (this) {
			case EXTERNAL_ENTITY -> element instanceof ExternalEntity;
			case PROCESS -> element instanceof Device || element instanceof CloudService || element instanceof MobileApp
					|| element instanceof WebApp || element instanceof Process;
			case DATA_STORE -> element instanceof DataStore;
			case LOG_STORE -> element instanceof DataStore store && store.isHoldsLogs();
			case DATA_FLOW -> element instanceof DataFlow;
		};
	}
}
