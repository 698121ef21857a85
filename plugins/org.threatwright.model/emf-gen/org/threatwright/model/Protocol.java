/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Protocol</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Application or link protocol of a flow or interface. 'unknown' means not stated.
 * <!-- end-model-doc -->
 * @see org.threatwright.model.TwPackage#getProtocol()
 * @model
 * @generated
 */
public enum Protocol implements Enumerator
{
	/**
	 * The '<em><b>Unknown</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "unknown", "unknown"),

	/**
	 * The '<em><b>Http</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTP_VALUE
	 * @generated
	 * @ordered
	 */
	HTTP(1, "http", "http"),

	/**
	 * The '<em><b>Https</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTPS_VALUE
	 * @generated
	 * @ordered
	 */
	HTTPS(2, "https", "https"),

	/**
	 * The '<em><b>Mqtt</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MQTT_VALUE
	 * @generated
	 * @ordered
	 */
	MQTT(3, "mqtt", "mqtt"),

	/**
	 * The '<em><b>Mqtts</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MQTTS_VALUE
	 * @generated
	 * @ordered
	 */
	MQTTS(4, "mqtts", "mqtts"),

	/**
	 * The '<em><b>Coap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COAP_VALUE
	 * @generated
	 * @ordered
	 */
	COAP(5, "coap", "coap"),

	/**
	 * The '<em><b>Coaps</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COAPS_VALUE
	 * @generated
	 * @ordered
	 */
	COAPS(6, "coaps", "coaps"),

	/**
	 * The '<em><b>Amqp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMQP_VALUE
	 * @generated
	 * @ordered
	 */
	AMQP(7, "amqp", "amqp"),

	/**
	 * The '<em><b>Amqps</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMQPS_VALUE
	 * @generated
	 * @ordered
	 */
	AMQPS(8, "amqps", "amqps"),

	/**
	 * The '<em><b>Websocket</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBSOCKET_VALUE
	 * @generated
	 * @ordered
	 */
	WEBSOCKET(9, "websocket", "websocket"),

	/**
	 * The '<em><b>Websocket Secure</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBSOCKET_SECURE_VALUE
	 * @generated
	 * @ordered
	 */
	WEBSOCKET_SECURE(10, "websocketSecure", "websocketSecure"),

	/**
	 * The '<em><b>Grpc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRPC_VALUE
	 * @generated
	 * @ordered
	 */
	GRPC(11, "grpc", "grpc"),

	/**
	 * The '<em><b>Grpc Tls</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRPC_TLS_VALUE
	 * @generated
	 * @ordered
	 */
	GRPC_TLS(12, "grpcTls", "grpcTls"),

	/**
	 * The '<em><b>Opc Ua</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPC_UA_VALUE
	 * @generated
	 * @ordered
	 */
	OPC_UA(13, "opcUa", "opcUa"),

	/**
	 * The '<em><b>Opc Ua Secure</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPC_UA_SECURE_VALUE
	 * @generated
	 * @ordered
	 */
	OPC_UA_SECURE(14, "opcUaSecure", "opcUaSecure"),

	/**
	 * The '<em><b>Modbus Tcp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODBUS_TCP_VALUE
	 * @generated
	 * @ordered
	 */
	MODBUS_TCP(15, "modbusTcp", "modbusTcp"),

	/**
	 * The '<em><b>Modbus Rtu</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODBUS_RTU_VALUE
	 * @generated
	 * @ordered
	 */
	MODBUS_RTU(16, "modbusRtu", "modbusRtu"),

	/**
	 * The '<em><b>Bacnet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACNET_VALUE
	 * @generated
	 * @ordered
	 */
	BACNET(17, "bacnet", "bacnet"),

	/**
	 * The '<em><b>Dnp3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNP3_VALUE
	 * @generated
	 * @ordered
	 */
	DNP3(18, "dnp3", "dnp3"),

	/**
	 * The '<em><b>Profinet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFINET_VALUE
	 * @generated
	 * @ordered
	 */
	PROFINET(19, "profinet", "profinet"),

	/**
	 * The '<em><b>Ethernet Ip</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHERNET_IP_VALUE
	 * @generated
	 * @ordered
	 */
	ETHERNET_IP(20, "ethernetIp", "ethernetIp"),

	/**
	 * The '<em><b>Can Bus</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAN_BUS_VALUE
	 * @generated
	 * @ordered
	 */
	CAN_BUS(21, "canBus", "canBus"),

	/**
	 * The '<em><b>Ble Gatt</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLE_GATT_VALUE
	 * @generated
	 * @ordered
	 */
	BLE_GATT(22, "bleGatt", "bleGatt"),

	/**
	 * The '<em><b>Zigbee</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIGBEE_VALUE
	 * @generated
	 * @ordered
	 */
	ZIGBEE(23, "zigbee", "zigbee"),

	/**
	 * The '<em><b>ZWave</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZWAVE_VALUE
	 * @generated
	 * @ordered
	 */
	ZWAVE(24, "zWave", "zWave"),

	/**
	 * The '<em><b>Thread</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAD_VALUE
	 * @generated
	 * @ordered
	 */
	THREAD(25, "thread", "thread"),

	/**
	 * The '<em><b>Matter</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATTER_VALUE
	 * @generated
	 * @ordered
	 */
	MATTER(26, "matter", "matter"),

	/**
	 * The '<em><b>Lo Ra Wan</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LO_RA_WAN_VALUE
	 * @generated
	 * @ordered
	 */
	LO_RA_WAN(27, "loRaWan", "loRaWan"),

	/**
	 * The '<em><b>Nfc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFC_VALUE
	 * @generated
	 * @ordered
	 */
	NFC(28, "nfc", "nfc"),

	/**
	 * The '<em><b>Ssh</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SSH_VALUE
	 * @generated
	 * @ordered
	 */
	SSH(29, "ssh", "ssh"),

	/**
	 * The '<em><b>Telnet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELNET_VALUE
	 * @generated
	 * @ordered
	 */
	TELNET(30, "telnet", "telnet"),

	/**
	 * The '<em><b>Ftp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FTP_VALUE
	 * @generated
	 * @ordered
	 */
	FTP(31, "ftp", "ftp"),

	/**
	 * The '<em><b>Ftps</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FTPS_VALUE
	 * @generated
	 * @ordered
	 */
	FTPS(32, "ftps", "ftps"),

	/**
	 * The '<em><b>Sftp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SFTP_VALUE
	 * @generated
	 * @ordered
	 */
	SFTP(33, "sftp", "sftp"),

	/**
	 * The '<em><b>Smb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMB_VALUE
	 * @generated
	 * @ordered
	 */
	SMB(34, "smb", "smb"),

	/**
	 * The '<em><b>Dns</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNS_VALUE
	 * @generated
	 * @ordered
	 */
	DNS(35, "dns", "dns"),

	/**
	 * The '<em><b>Dns Over Https</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNS_OVER_HTTPS_VALUE
	 * @generated
	 * @ordered
	 */
	DNS_OVER_HTTPS(36, "dnsOverHttps", "dnsOverHttps"),

	/**
	 * The '<em><b>Ntp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NTP_VALUE
	 * @generated
	 * @ordered
	 */
	NTP(37, "ntp", "ntp"),

	/**
	 * The '<em><b>Nts</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NTS_VALUE
	 * @generated
	 * @ordered
	 */
	NTS(38, "nts", "nts"),

	/**
	 * The '<em><b>Smtp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMTP_VALUE
	 * @generated
	 * @ordered
	 */
	SMTP(39, "smtp", "smtp"),

	/**
	 * The '<em><b>Smtps</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMTPS_VALUE
	 * @generated
	 * @ordered
	 */
	SMTPS(40, "smtps", "smtps"),

	/**
	 * The '<em><b>Ldap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LDAP_VALUE
	 * @generated
	 * @ordered
	 */
	LDAP(41, "ldap", "ldap"),

	/**
	 * The '<em><b>Ldaps</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LDAPS_VALUE
	 * @generated
	 * @ordered
	 */
	LDAPS(42, "ldaps", "ldaps"),

	/**
	 * The '<em><b>Syslog</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSLOG_VALUE
	 * @generated
	 * @ordered
	 */
	SYSLOG(43, "syslog", "syslog"),

	/**
	 * The '<em><b>Syslog Tls</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSLOG_TLS_VALUE
	 * @generated
	 * @ordered
	 */
	SYSLOG_TLS(44, "syslogTls", "syslogTls"),

	/**
	 * The '<em><b>Snmp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNMP_VALUE
	 * @generated
	 * @ordered
	 */
	SNMP(45, "snmp", "snmp"),

	/**
	 * The '<em><b>Snmp V3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNMP_V3_VALUE
	 * @generated
	 * @ordered
	 */
	SNMP_V3(46, "snmpV3", "snmpV3"),

	/**
	 * The '<em><b>Sql</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQL_VALUE
	 * @generated
	 * @ordered
	 */
	SQL(47, "sql", "sql"),

	/**
	 * The '<em><b>Sql Tls</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQL_TLS_VALUE
	 * @generated
	 * @ordered
	 */
	SQL_TLS(48, "sqlTls", "sqlTls"),

	/**
	 * The '<em><b>Sms</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMS_VALUE
	 * @generated
	 * @ordered
	 */
	SMS(49, "sms", "sms"),

	/**
	 * The '<em><b>Serial</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	SERIAL(50, "serial", "serial"),

	/**
	 * The '<em><b>Usb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB_VALUE
	 * @generated
	 * @ordered
	 */
	USB(51, "usb", "usb"),

	/**
	 * The '<em><b>Ipc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IPC_VALUE
	 * @generated
	 * @ordered
	 */
	IPC(52, "ipc", "ipc"),

	/**
	 * The '<em><b>File System</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_SYSTEM(53, "fileSystem", "fileSystem"),

	/**
	 * The '<em><b>Hl7 Mllp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HL7_MLLP_VALUE
	 * @generated
	 * @ordered
	 */
	HL7_MLLP(54, "hl7Mllp", "hl7Mllp"),

	/**
	 * The '<em><b>S7comm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #S7COMM_VALUE
	 * @generated
	 * @ordered
	 */
	S7COMM(55, "s7comm", "s7comm"),

	/**
	 * The '<em><b>Vnc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VNC_VALUE
	 * @generated
	 * @ordered
	 */
	VNC(56, "vnc", "vnc"),

	/**
	 * The '<em><b>Rdp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RDP_VALUE
	 * @generated
	 * @ordered
	 */
	RDP(57, "rdp", "rdp"),

	/**
	 * The '<em><b>Ipsec</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IPSEC_VALUE
	 * @generated
	 * @ordered
	 */
	IPSEC(58, "ipsec", "ipsec"),

	/**
	 * The '<em><b>Open Vpn</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_VPN_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_VPN(59, "openVpn", "openVpn"),

	/**
	 * The '<em><b>Wire Guard</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRE_GUARD_VALUE
	 * @generated
	 * @ordered
	 */
	WIRE_GUARD(60, "wireGuard", "wireGuard"),

	/**
	 * The '<em><b>I2c</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #I2C_VALUE
	 * @generated
	 * @ordered
	 */
	I2C(61, "i2c", "i2c"),

	/**
	 * The '<em><b>Spi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPI_VALUE
	 * @generated
	 * @ordered
	 */
	SPI(62, "spi", "spi"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(63, "other", "other");

	/**
	 * The '<em><b>Unknown</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model name="unknown"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>Http</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTP
	 * @model name="http"
	 * @generated
	 * @ordered
	 */
	public static final int HTTP_VALUE = 1;

	/**
	 * The '<em><b>Https</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTPS
	 * @model name="https"
	 * @generated
	 * @ordered
	 */
	public static final int HTTPS_VALUE = 2;

	/**
	 * The '<em><b>Mqtt</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MQTT
	 * @model name="mqtt"
	 * @generated
	 * @ordered
	 */
	public static final int MQTT_VALUE = 3;

	/**
	 * The '<em><b>Mqtts</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MQTTS
	 * @model name="mqtts"
	 * @generated
	 * @ordered
	 */
	public static final int MQTTS_VALUE = 4;

	/**
	 * The '<em><b>Coap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COAP
	 * @model name="coap"
	 * @generated
	 * @ordered
	 */
	public static final int COAP_VALUE = 5;

	/**
	 * The '<em><b>Coaps</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COAPS
	 * @model name="coaps"
	 * @generated
	 * @ordered
	 */
	public static final int COAPS_VALUE = 6;

	/**
	 * The '<em><b>Amqp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMQP
	 * @model name="amqp"
	 * @generated
	 * @ordered
	 */
	public static final int AMQP_VALUE = 7;

	/**
	 * The '<em><b>Amqps</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMQPS
	 * @model name="amqps"
	 * @generated
	 * @ordered
	 */
	public static final int AMQPS_VALUE = 8;

	/**
	 * The '<em><b>Websocket</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBSOCKET
	 * @model name="websocket"
	 * @generated
	 * @ordered
	 */
	public static final int WEBSOCKET_VALUE = 9;

	/**
	 * The '<em><b>Websocket Secure</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBSOCKET_SECURE
	 * @model name="websocketSecure"
	 * @generated
	 * @ordered
	 */
	public static final int WEBSOCKET_SECURE_VALUE = 10;

	/**
	 * The '<em><b>Grpc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRPC
	 * @model name="grpc"
	 * @generated
	 * @ordered
	 */
	public static final int GRPC_VALUE = 11;

	/**
	 * The '<em><b>Grpc Tls</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRPC_TLS
	 * @model name="grpcTls"
	 * @generated
	 * @ordered
	 */
	public static final int GRPC_TLS_VALUE = 12;

	/**
	 * The '<em><b>Opc Ua</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPC_UA
	 * @model name="opcUa"
	 * @generated
	 * @ordered
	 */
	public static final int OPC_UA_VALUE = 13;

	/**
	 * The '<em><b>Opc Ua Secure</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPC_UA_SECURE
	 * @model name="opcUaSecure"
	 * @generated
	 * @ordered
	 */
	public static final int OPC_UA_SECURE_VALUE = 14;

	/**
	 * The '<em><b>Modbus Tcp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODBUS_TCP
	 * @model name="modbusTcp"
	 * @generated
	 * @ordered
	 */
	public static final int MODBUS_TCP_VALUE = 15;

	/**
	 * The '<em><b>Modbus Rtu</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODBUS_RTU
	 * @model name="modbusRtu"
	 * @generated
	 * @ordered
	 */
	public static final int MODBUS_RTU_VALUE = 16;

	/**
	 * The '<em><b>Bacnet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACNET
	 * @model name="bacnet"
	 * @generated
	 * @ordered
	 */
	public static final int BACNET_VALUE = 17;

	/**
	 * The '<em><b>Dnp3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNP3
	 * @model name="dnp3"
	 * @generated
	 * @ordered
	 */
	public static final int DNP3_VALUE = 18;

	/**
	 * The '<em><b>Profinet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFINET
	 * @model name="profinet"
	 * @generated
	 * @ordered
	 */
	public static final int PROFINET_VALUE = 19;

	/**
	 * The '<em><b>Ethernet Ip</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHERNET_IP
	 * @model name="ethernetIp"
	 * @generated
	 * @ordered
	 */
	public static final int ETHERNET_IP_VALUE = 20;

	/**
	 * The '<em><b>Can Bus</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAN_BUS
	 * @model name="canBus"
	 * @generated
	 * @ordered
	 */
	public static final int CAN_BUS_VALUE = 21;

	/**
	 * The '<em><b>Ble Gatt</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLE_GATT
	 * @model name="bleGatt"
	 * @generated
	 * @ordered
	 */
	public static final int BLE_GATT_VALUE = 22;

	/**
	 * The '<em><b>Zigbee</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIGBEE
	 * @model name="zigbee"
	 * @generated
	 * @ordered
	 */
	public static final int ZIGBEE_VALUE = 23;

	/**
	 * The '<em><b>ZWave</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZWAVE
	 * @model name="zWave"
	 * @generated
	 * @ordered
	 */
	public static final int ZWAVE_VALUE = 24;

	/**
	 * The '<em><b>Thread</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAD
	 * @model name="thread"
	 * @generated
	 * @ordered
	 */
	public static final int THREAD_VALUE = 25;

	/**
	 * The '<em><b>Matter</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATTER
	 * @model name="matter"
	 * @generated
	 * @ordered
	 */
	public static final int MATTER_VALUE = 26;

	/**
	 * The '<em><b>Lo Ra Wan</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LO_RA_WAN
	 * @model name="loRaWan"
	 * @generated
	 * @ordered
	 */
	public static final int LO_RA_WAN_VALUE = 27;

	/**
	 * The '<em><b>Nfc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFC
	 * @model name="nfc"
	 * @generated
	 * @ordered
	 */
	public static final int NFC_VALUE = 28;

	/**
	 * The '<em><b>Ssh</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SSH
	 * @model name="ssh"
	 * @generated
	 * @ordered
	 */
	public static final int SSH_VALUE = 29;

	/**
	 * The '<em><b>Telnet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELNET
	 * @model name="telnet"
	 * @generated
	 * @ordered
	 */
	public static final int TELNET_VALUE = 30;

	/**
	 * The '<em><b>Ftp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FTP
	 * @model name="ftp"
	 * @generated
	 * @ordered
	 */
	public static final int FTP_VALUE = 31;

	/**
	 * The '<em><b>Ftps</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FTPS
	 * @model name="ftps"
	 * @generated
	 * @ordered
	 */
	public static final int FTPS_VALUE = 32;

	/**
	 * The '<em><b>Sftp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SFTP
	 * @model name="sftp"
	 * @generated
	 * @ordered
	 */
	public static final int SFTP_VALUE = 33;

	/**
	 * The '<em><b>Smb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMB
	 * @model name="smb"
	 * @generated
	 * @ordered
	 */
	public static final int SMB_VALUE = 34;

	/**
	 * The '<em><b>Dns</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNS
	 * @model name="dns"
	 * @generated
	 * @ordered
	 */
	public static final int DNS_VALUE = 35;

	/**
	 * The '<em><b>Dns Over Https</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNS_OVER_HTTPS
	 * @model name="dnsOverHttps"
	 * @generated
	 * @ordered
	 */
	public static final int DNS_OVER_HTTPS_VALUE = 36;

	/**
	 * The '<em><b>Ntp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NTP
	 * @model name="ntp"
	 * @generated
	 * @ordered
	 */
	public static final int NTP_VALUE = 37;

	/**
	 * The '<em><b>Nts</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NTS
	 * @model name="nts"
	 * @generated
	 * @ordered
	 */
	public static final int NTS_VALUE = 38;

	/**
	 * The '<em><b>Smtp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMTP
	 * @model name="smtp"
	 * @generated
	 * @ordered
	 */
	public static final int SMTP_VALUE = 39;

	/**
	 * The '<em><b>Smtps</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMTPS
	 * @model name="smtps"
	 * @generated
	 * @ordered
	 */
	public static final int SMTPS_VALUE = 40;

	/**
	 * The '<em><b>Ldap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LDAP
	 * @model name="ldap"
	 * @generated
	 * @ordered
	 */
	public static final int LDAP_VALUE = 41;

	/**
	 * The '<em><b>Ldaps</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LDAPS
	 * @model name="ldaps"
	 * @generated
	 * @ordered
	 */
	public static final int LDAPS_VALUE = 42;

	/**
	 * The '<em><b>Syslog</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSLOG
	 * @model name="syslog"
	 * @generated
	 * @ordered
	 */
	public static final int SYSLOG_VALUE = 43;

	/**
	 * The '<em><b>Syslog Tls</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSLOG_TLS
	 * @model name="syslogTls"
	 * @generated
	 * @ordered
	 */
	public static final int SYSLOG_TLS_VALUE = 44;

	/**
	 * The '<em><b>Snmp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNMP
	 * @model name="snmp"
	 * @generated
	 * @ordered
	 */
	public static final int SNMP_VALUE = 45;

	/**
	 * The '<em><b>Snmp V3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNMP_V3
	 * @model name="snmpV3"
	 * @generated
	 * @ordered
	 */
	public static final int SNMP_V3_VALUE = 46;

	/**
	 * The '<em><b>Sql</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQL
	 * @model name="sql"
	 * @generated
	 * @ordered
	 */
	public static final int SQL_VALUE = 47;

	/**
	 * The '<em><b>Sql Tls</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQL_TLS
	 * @model name="sqlTls"
	 * @generated
	 * @ordered
	 */
	public static final int SQL_TLS_VALUE = 48;

	/**
	 * The '<em><b>Sms</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMS
	 * @model name="sms"
	 * @generated
	 * @ordered
	 */
	public static final int SMS_VALUE = 49;

	/**
	 * The '<em><b>Serial</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIAL
	 * @model name="serial"
	 * @generated
	 * @ordered
	 */
	public static final int SERIAL_VALUE = 50;

	/**
	 * The '<em><b>Usb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB
	 * @model name="usb"
	 * @generated
	 * @ordered
	 */
	public static final int USB_VALUE = 51;

	/**
	 * The '<em><b>Ipc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IPC
	 * @model name="ipc"
	 * @generated
	 * @ordered
	 */
	public static final int IPC_VALUE = 52;

	/**
	 * The '<em><b>File System</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SYSTEM
	 * @model name="fileSystem"
	 * @generated
	 * @ordered
	 */
	public static final int FILE_SYSTEM_VALUE = 53;

	/**
	 * The '<em><b>Hl7 Mllp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HL7_MLLP
	 * @model name="hl7Mllp"
	 * @generated
	 * @ordered
	 */
	public static final int HL7_MLLP_VALUE = 54;

	/**
	 * The '<em><b>S7comm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #S7COMM
	 * @model name="s7comm"
	 * @generated
	 * @ordered
	 */
	public static final int S7COMM_VALUE = 55;

	/**
	 * The '<em><b>Vnc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VNC
	 * @model name="vnc"
	 * @generated
	 * @ordered
	 */
	public static final int VNC_VALUE = 56;

	/**
	 * The '<em><b>Rdp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RDP
	 * @model name="rdp"
	 * @generated
	 * @ordered
	 */
	public static final int RDP_VALUE = 57;

	/**
	 * The '<em><b>Ipsec</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IPSEC
	 * @model name="ipsec"
	 * @generated
	 * @ordered
	 */
	public static final int IPSEC_VALUE = 58;

	/**
	 * The '<em><b>Open Vpn</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_VPN
	 * @model name="openVpn"
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_VPN_VALUE = 59;

	/**
	 * The '<em><b>Wire Guard</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRE_GUARD
	 * @model name="wireGuard"
	 * @generated
	 * @ordered
	 */
	public static final int WIRE_GUARD_VALUE = 60;

	/**
	 * The '<em><b>I2c</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #I2C
	 * @model name="i2c"
	 * @generated
	 * @ordered
	 */
	public static final int I2C_VALUE = 61;

	/**
	 * The '<em><b>Spi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPI
	 * @model name="spi"
	 * @generated
	 * @ordered
	 */
	public static final int SPI_VALUE = 62;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 63;

	/**
	 * An array of all the '<em><b>Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Protocol[] VALUES_ARRAY =
		new Protocol[]
		{
			UNKNOWN,
			HTTP,
			HTTPS,
			MQTT,
			MQTTS,
			COAP,
			COAPS,
			AMQP,
			AMQPS,
			WEBSOCKET,
			WEBSOCKET_SECURE,
			GRPC,
			GRPC_TLS,
			OPC_UA,
			OPC_UA_SECURE,
			MODBUS_TCP,
			MODBUS_RTU,
			BACNET,
			DNP3,
			PROFINET,
			ETHERNET_IP,
			CAN_BUS,
			BLE_GATT,
			ZIGBEE,
			ZWAVE,
			THREAD,
			MATTER,
			LO_RA_WAN,
			NFC,
			SSH,
			TELNET,
			FTP,
			FTPS,
			SFTP,
			SMB,
			DNS,
			DNS_OVER_HTTPS,
			NTP,
			NTS,
			SMTP,
			SMTPS,
			LDAP,
			LDAPS,
			SYSLOG,
			SYSLOG_TLS,
			SNMP,
			SNMP_V3,
			SQL,
			SQL_TLS,
			SMS,
			SERIAL,
			USB,
			IPC,
			FILE_SYSTEM,
			HL7_MLLP,
			S7COMM,
			VNC,
			RDP,
			IPSEC,
			OPEN_VPN,
			WIRE_GUARD,
			I2C,
			SPI,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Protocol> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Protocol</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Protocol get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Protocol result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Protocol</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Protocol getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Protocol result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Protocol</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Protocol get(int value)
	{
		switch (value)
		{
			case UNKNOWN_VALUE: return UNKNOWN;
			case HTTP_VALUE: return HTTP;
			case HTTPS_VALUE: return HTTPS;
			case MQTT_VALUE: return MQTT;
			case MQTTS_VALUE: return MQTTS;
			case COAP_VALUE: return COAP;
			case COAPS_VALUE: return COAPS;
			case AMQP_VALUE: return AMQP;
			case AMQPS_VALUE: return AMQPS;
			case WEBSOCKET_VALUE: return WEBSOCKET;
			case WEBSOCKET_SECURE_VALUE: return WEBSOCKET_SECURE;
			case GRPC_VALUE: return GRPC;
			case GRPC_TLS_VALUE: return GRPC_TLS;
			case OPC_UA_VALUE: return OPC_UA;
			case OPC_UA_SECURE_VALUE: return OPC_UA_SECURE;
			case MODBUS_TCP_VALUE: return MODBUS_TCP;
			case MODBUS_RTU_VALUE: return MODBUS_RTU;
			case BACNET_VALUE: return BACNET;
			case DNP3_VALUE: return DNP3;
			case PROFINET_VALUE: return PROFINET;
			case ETHERNET_IP_VALUE: return ETHERNET_IP;
			case CAN_BUS_VALUE: return CAN_BUS;
			case BLE_GATT_VALUE: return BLE_GATT;
			case ZIGBEE_VALUE: return ZIGBEE;
			case ZWAVE_VALUE: return ZWAVE;
			case THREAD_VALUE: return THREAD;
			case MATTER_VALUE: return MATTER;
			case LO_RA_WAN_VALUE: return LO_RA_WAN;
			case NFC_VALUE: return NFC;
			case SSH_VALUE: return SSH;
			case TELNET_VALUE: return TELNET;
			case FTP_VALUE: return FTP;
			case FTPS_VALUE: return FTPS;
			case SFTP_VALUE: return SFTP;
			case SMB_VALUE: return SMB;
			case DNS_VALUE: return DNS;
			case DNS_OVER_HTTPS_VALUE: return DNS_OVER_HTTPS;
			case NTP_VALUE: return NTP;
			case NTS_VALUE: return NTS;
			case SMTP_VALUE: return SMTP;
			case SMTPS_VALUE: return SMTPS;
			case LDAP_VALUE: return LDAP;
			case LDAPS_VALUE: return LDAPS;
			case SYSLOG_VALUE: return SYSLOG;
			case SYSLOG_TLS_VALUE: return SYSLOG_TLS;
			case SNMP_VALUE: return SNMP;
			case SNMP_V3_VALUE: return SNMP_V3;
			case SQL_VALUE: return SQL;
			case SQL_TLS_VALUE: return SQL_TLS;
			case SMS_VALUE: return SMS;
			case SERIAL_VALUE: return SERIAL;
			case USB_VALUE: return USB;
			case IPC_VALUE: return IPC;
			case FILE_SYSTEM_VALUE: return FILE_SYSTEM;
			case HL7_MLLP_VALUE: return HL7_MLLP;
			case S7COMM_VALUE: return S7COMM;
			case VNC_VALUE: return VNC;
			case RDP_VALUE: return RDP;
			case IPSEC_VALUE: return IPSEC;
			case OPEN_VPN_VALUE: return OPEN_VPN;
			case WIRE_GUARD_VALUE: return WIRE_GUARD;
			case I2C_VALUE: return I2C;
			case SPI_VALUE: return SPI;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Protocol(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //Protocol
