package org.threatwright.interchange.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.threatwright.model.Element;
import org.threatwright.model.TwFactory;

/**
 * The element kinds of the metamodel, with the type names Threatwright writes into OTM and the guess from another
 * tool's free-text type (OTM component types, Threagile technologies, TMT stencil ids).
 */
public enum ElementKind {
	DEVICE("device", TwFactory.eINSTANCE::createDevice),
	GATEWAY("gateway", TwFactory.eINSTANCE::createGateway),
	CLOUD_SERVICE("cloud-service", TwFactory.eINSTANCE::createCloudService),
	MOBILE_APP("mobile-app", TwFactory.eINSTANCE::createMobileApp),
	WEB_APP("web-app", TwFactory.eINSTANCE::createWebApp),
	PROCESS("process", TwFactory.eINSTANCE::createProcess),
	DATA_STORE("data-store", TwFactory.eINSTANCE::createDataStore),
	EXTERNAL_ENTITY("external-entity", TwFactory.eINSTANCE::createExternalEntity);

	private static final Set<String> STORE_WORDS = Set.of("db", "database", "datastore", "store", "storage", "sql", "postgres",
			"postgresql", "mysql", "mariadb", "mongo", "mongodb", "redis", "rds", "dynamodb", "bucket", "s3", "blob",
			"filesystem", "cache", "elasticsearch", "cosmosdb", "oracle", "sqlite", "vault");
	private static final Set<String> DEVICE_WORDS = Set.of("iot", "device", "sensor", "actuator", "camera", "plc",
			"controller", "thermostat", "wearable", "embedded", "hsm");
	private static final Set<String> WEB_WORDS = Set.of("browser", "webapp", "frontend", "spa", "cms");
	private static final Set<String> EXTERNAL_WORDS = Set.of("actor", "user", "human", "external", "client", "interactor",
			"person", "customer", "ei");
	private static final Set<String> CLOUD_WORDS = Set.of("cloud", "aws", "azure", "gcp", "lambda", "saas", "paas",
			"ecs", "eks", "aks", "vpc", "serverless", "elastic");

	private final String otmType;
	private final Supplier<Element> factory;

	ElementKind(String otmType, Supplier<Element> factory) {
		this.otmType = otmType;
		this.factory = factory;
	}

	/** The type Threatwright writes for this kind in OTM and reads back exactly. */
	public String otmType() {
		return otmType;
	}

	public Element create() {
		return factory.get();
	}

	/** The kind of an existing element (most specific: a gateway is a gateway, not a device). */
	public static ElementKind of(Element element) {
		return switch (element) {
		case org.threatwright.model.Gateway g -> GATEWAY;
		case org.threatwright.model.Device d -> DEVICE;
		case org.threatwright.model.CloudService c -> CLOUD_SERVICE;
		case org.threatwright.model.MobileApp m -> MOBILE_APP;
		case org.threatwright.model.WebApp w -> WEB_APP;
		case org.threatwright.model.DataStore s -> DATA_STORE;
		case org.threatwright.model.ExternalEntity e -> EXTERNAL_ENTITY;
		default -> PROCESS;
		};
	}

	/** The kind whose {@link #otmType()} is {@code type}, or null. */
	public static ElementKind ofOtmType(String type) {
		return Arrays.stream(values()).filter(kind -> kind.otmType.equalsIgnoreCase(type)).findFirst().orElse(null);
	}

	/**
	 * A guess from another tool's free-text type, word by word: mobile before device ("android-device-client" is an
	 * app), stores, devices, web apps, clients and actors, cloud services; anything else is a process. Exact
	 * Threatwright type names map to themselves.
	 */
	public static ElementKind guess(String type) {
		if (type == null || type.isBlank()) {
			return PROCESS;
		}
		ElementKind exact = ofOtmType(type.strip());
		if (exact != null) {
			return exact;
		}
		String spaced = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		Set<String> words = Set.of(spaced.split("[^a-z0-9]+"));
		if (words.contains("mobile") || words.contains("android") || words.contains("ios")) {
			return MOBILE_APP;
		}
		if (words.contains("gateway") && !words.contains("api")) {
			return GATEWAY;
		}
		if (words.stream().anyMatch(STORE_WORDS::contains)) {
			return DATA_STORE;
		}
		if (words.stream().anyMatch(DEVICE_WORDS::contains)) {
			return DEVICE;
		}
		if (words.stream().anyMatch(WEB_WORDS::contains) || spaced.contains("web application") || spaced.contains("web client")
				|| spaced.contains("web-application") || spaced.contains("web-client")) {
			return WEB_APP;
		}
		if (words.stream().anyMatch(EXTERNAL_WORDS::contains)) {
			return EXTERNAL_ENTITY;
		}
		if (words.stream().anyMatch(CLOUD_WORDS::contains)) {
			return CLOUD_SERVICE;
		}
		return PROCESS;
	}
}
