package org.threatwright.interchange.internal;

import java.util.Locale;
import java.util.Map;

import org.threatwright.model.Protocol;

/** Protocol names as other tools write them ("HTTPS", "jdbc-encrypted", "MQTT over TLS") mapped to the metamodel's. */
public final class ProtocolNames {

	private static final Map<String, Protocol> ALIASES = Map.ofEntries(Map.entry("ws", Protocol.WEBSOCKET),
			Map.entry("wss", Protocol.WEBSOCKET_SECURE), Map.entry("websockets", Protocol.WEBSOCKET),
			Map.entry("jdbc", Protocol.SQL), Map.entry("odbc", Protocol.SQL), Map.entry("sqlaccessprotocol", Protocol.SQL),
			Map.entry("psql", Protocol.SQL), Map.entry("postgresql", Protocol.SQL), Map.entry("mysql", Protocol.SQL),
			Map.entry("jdbcencrypted", Protocol.SQL_TLS), Map.entry("odbcencrypted", Protocol.SQL_TLS),
			Map.entry("sqlaccessprotocolencrypted", Protocol.SQL_TLS), Map.entry("smtpencrypted", Protocol.SMTPS),
			Map.entry("smbencrypted", Protocol.SMB), Map.entry("localfileaccess", Protocol.FILE_SYSTEM),
			Map.entry("inprocesslibrarycall", Protocol.IPC), Map.entry("interprocesscommunication", Protocol.IPC),
			Map.entry("ble", Protocol.BLE_GATT), Map.entry("bluetooth", Protocol.BLE_GATT),
			Map.entry("bluetoothlowenergy", Protocol.BLE_GATT), Map.entry("modbus", Protocol.MODBUS_TCP),
			Map.entry("opcua", Protocol.OPC_UA), Map.entry("lorawan", Protocol.LO_RA_WAN), Map.entry("zwave", Protocol.ZWAVE),
			Map.entry("doh", Protocol.DNS_OVER_HTTPS), Map.entry("grpcs", Protocol.GRPC_TLS), Map.entry("mqttovertls", Protocol.MQTTS),
			Map.entry("httpsovertls", Protocol.HTTPS), Map.entry("can", Protocol.CAN_BUS));

	private ProtocolNames() {
	}

	/**
	 * The protocol named {@code name}, {@link Protocol#UNKNOWN} when blank, or null when the name has no
	 * equivalent (the caller records it as {@link Protocol#OTHER} and reports it).
	 */
	public static Protocol of(String name) {
		if (name == null || name.isBlank()) {
			return Protocol.UNKNOWN;
		}
		String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		for (Protocol protocol : Protocol.VALUES) {
			if (protocol.getLiteral().toLowerCase(Locale.ROOT).equals(key)) {
				return protocol;
			}
		}
		return ALIASES.get(key);
	}
}
