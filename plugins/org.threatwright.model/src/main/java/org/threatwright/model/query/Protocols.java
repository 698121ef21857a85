package org.threatwright.model.query;

import java.util.EnumSet;
import java.util.Set;

import org.threatwright.model.Protocol;

/** Security facts about protocols that checks and threat rules share. */
public final class Protocols {

	/** Protocols that carry data unencrypted unless something else (a VPN, a tunnel) protects them. */
	private static final Set<Protocol> CLEARTEXT = EnumSet.of(Protocol.HTTP, Protocol.MQTT, Protocol.COAP,
			Protocol.AMQP, Protocol.WEBSOCKET, Protocol.GRPC, Protocol.OPC_UA, Protocol.MODBUS_TCP,
			Protocol.MODBUS_RTU, Protocol.BACNET, Protocol.DNP3, Protocol.PROFINET, Protocol.ETHERNET_IP,
			Protocol.CAN_BUS, Protocol.TELNET, Protocol.FTP, Protocol.DNS, Protocol.NTP, Protocol.SMTP, Protocol.LDAP,
			Protocol.SYSLOG, Protocol.SNMP, Protocol.SQL, Protocol.SMS, Protocol.SERIAL);

	/** Protocols whose use means the hop is encrypted (TLS, DTLS, SSH, secured OPC UA, SNMPv3 privacy...). */
	private static final Set<Protocol> ENCRYPTING = EnumSet.of(Protocol.HTTPS, Protocol.MQTTS, Protocol.COAPS,
			Protocol.AMQPS, Protocol.WEBSOCKET_SECURE, Protocol.GRPC_TLS, Protocol.OPC_UA_SECURE, Protocol.SSH,
			Protocol.FTPS, Protocol.SFTP, Protocol.DNS_OVER_HTTPS, Protocol.NTS, Protocol.SMTPS, Protocol.LDAPS,
			Protocol.SYSLOG_TLS, Protocol.SNMP_V3, Protocol.SQL_TLS);

	private Protocols() {
	}

	public static boolean isCleartext(Protocol protocol) {
		return CLEARTEXT.contains(protocol);
	}

	public static boolean encryptsTransport(Protocol protocol) {
		return ENCRYPTING.contains(protocol);
	}
}
