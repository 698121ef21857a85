/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Interface Technology</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.threatwright.model.TwPackage#getInterfaceTechnology()
 * @model
 * @generated
 */
public enum InterfaceTechnology implements Enumerator
{
	/**
	 * The '<em><b>Unspecified</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "unspecified", "unspecified"),

	/**
	 * The '<em><b>Ethernet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHERNET_VALUE
	 * @generated
	 * @ordered
	 */
	ETHERNET(1, "ethernet", "ethernet"),

	/**
	 * The '<em><b>Wifi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIFI_VALUE
	 * @generated
	 * @ordered
	 */
	WIFI(2, "wifi", "wifi"),

	/**
	 * The '<em><b>Bluetooth Low Energy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH_LOW_ENERGY_VALUE
	 * @generated
	 * @ordered
	 */
	BLUETOOTH_LOW_ENERGY(3, "bluetoothLowEnergy", "bluetoothLowEnergy"),

	/**
	 * The '<em><b>Bluetooth Classic</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH_CLASSIC_VALUE
	 * @generated
	 * @ordered
	 */
	BLUETOOTH_CLASSIC(4, "bluetoothClassic", "bluetoothClassic"),

	/**
	 * The '<em><b>Zigbee</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIGBEE_VALUE
	 * @generated
	 * @ordered
	 */
	ZIGBEE(5, "zigbee", "zigbee"),

	/**
	 * The '<em><b>ZWave</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZWAVE_VALUE
	 * @generated
	 * @ordered
	 */
	ZWAVE(6, "zWave", "zWave"),

	/**
	 * The '<em><b>Thread</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAD_VALUE
	 * @generated
	 * @ordered
	 */
	THREAD(7, "thread", "thread"),

	/**
	 * The '<em><b>Lo Ra</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LO_RA_VALUE
	 * @generated
	 * @ordered
	 */
	LO_RA(8, "loRa", "loRa"),

	/**
	 * The '<em><b>Cellular</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELLULAR_VALUE
	 * @generated
	 * @ordered
	 */
	CELLULAR(9, "cellular", "cellular"),

	/**
	 * The '<em><b>Nfc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFC_VALUE
	 * @generated
	 * @ordered
	 */
	NFC(10, "nfc", "nfc"),

	/**
	 * The '<em><b>Sub Ghz</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUB_GHZ_VALUE
	 * @generated
	 * @ordered
	 */
	SUB_GHZ(11, "subGhz", "subGhz"),

	/**
	 * The '<em><b>Jtag</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JTAG_VALUE
	 * @generated
	 * @ordered
	 */
	JTAG(12, "jtag", "jtag"),

	/**
	 * The '<em><b>Uart</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UART_VALUE
	 * @generated
	 * @ordered
	 */
	UART(13, "uart", "uart"),

	/**
	 * The '<em><b>Swd</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWD_VALUE
	 * @generated
	 * @ordered
	 */
	SWD(14, "swd", "swd"),

	/**
	 * The '<em><b>Usb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB_VALUE
	 * @generated
	 * @ordered
	 */
	USB(15, "usb", "usb"),

	/**
	 * The '<em><b>Sd Card</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SD_CARD_VALUE
	 * @generated
	 * @ordered
	 */
	SD_CARD(16, "sdCard", "sdCard"),

	/**
	 * The '<em><b>Can Bus</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAN_BUS_VALUE
	 * @generated
	 * @ordered
	 */
	CAN_BUS(17, "canBus", "canBus"),

	/**
	 * The '<em><b>Serial Fieldbus</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIAL_FIELDBUS_VALUE
	 * @generated
	 * @ordered
	 */
	SERIAL_FIELDBUS(18, "serialFieldbus", "serialFieldbus"),

	/**
	 * The '<em><b>Rest Api</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REST_API_VALUE
	 * @generated
	 * @ordered
	 */
	REST_API(19, "restApi", "restApi"),

	/**
	 * The '<em><b>Messaging Api</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MESSAGING_API_VALUE
	 * @generated
	 * @ordered
	 */
	MESSAGING_API(20, "messagingApi", "messagingApi"),

	/**
	 * The '<em><b>Rpc Api</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPC_API_VALUE
	 * @generated
	 * @ordered
	 */
	RPC_API(21, "rpcApi", "rpcApi"),

	/**
	 * The '<em><b>Local Ipc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_IPC_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_IPC(22, "localIpc", "localIpc"),

	/**
	 * The '<em><b>Touchscreen</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOUCHSCREEN_VALUE
	 * @generated
	 * @ordered
	 */
	TOUCHSCREEN(23, "touchscreen", "touchscreen"),

	/**
	 * The '<em><b>Buttons</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUTTONS_VALUE
	 * @generated
	 * @ordered
	 */
	BUTTONS(24, "buttons", "buttons"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(25, "other", "other");

	/**
	 * The '<em><b>Unspecified</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model name="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>Ethernet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHERNET
	 * @model name="ethernet"
	 * @generated
	 * @ordered
	 */
	public static final int ETHERNET_VALUE = 1;

	/**
	 * The '<em><b>Wifi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIFI
	 * @model name="wifi"
	 * @generated
	 * @ordered
	 */
	public static final int WIFI_VALUE = 2;

	/**
	 * The '<em><b>Bluetooth Low Energy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH_LOW_ENERGY
	 * @model name="bluetoothLowEnergy"
	 * @generated
	 * @ordered
	 */
	public static final int BLUETOOTH_LOW_ENERGY_VALUE = 3;

	/**
	 * The '<em><b>Bluetooth Classic</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH_CLASSIC
	 * @model name="bluetoothClassic"
	 * @generated
	 * @ordered
	 */
	public static final int BLUETOOTH_CLASSIC_VALUE = 4;

	/**
	 * The '<em><b>Zigbee</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIGBEE
	 * @model name="zigbee"
	 * @generated
	 * @ordered
	 */
	public static final int ZIGBEE_VALUE = 5;

	/**
	 * The '<em><b>ZWave</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZWAVE
	 * @model name="zWave"
	 * @generated
	 * @ordered
	 */
	public static final int ZWAVE_VALUE = 6;

	/**
	 * The '<em><b>Thread</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAD
	 * @model name="thread"
	 * @generated
	 * @ordered
	 */
	public static final int THREAD_VALUE = 7;

	/**
	 * The '<em><b>Lo Ra</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LO_RA
	 * @model name="loRa"
	 * @generated
	 * @ordered
	 */
	public static final int LO_RA_VALUE = 8;

	/**
	 * The '<em><b>Cellular</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELLULAR
	 * @model name="cellular"
	 * @generated
	 * @ordered
	 */
	public static final int CELLULAR_VALUE = 9;

	/**
	 * The '<em><b>Nfc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFC
	 * @model name="nfc"
	 * @generated
	 * @ordered
	 */
	public static final int NFC_VALUE = 10;

	/**
	 * The '<em><b>Sub Ghz</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUB_GHZ
	 * @model name="subGhz"
	 * @generated
	 * @ordered
	 */
	public static final int SUB_GHZ_VALUE = 11;

	/**
	 * The '<em><b>Jtag</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JTAG
	 * @model name="jtag"
	 * @generated
	 * @ordered
	 */
	public static final int JTAG_VALUE = 12;

	/**
	 * The '<em><b>Uart</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UART
	 * @model name="uart"
	 * @generated
	 * @ordered
	 */
	public static final int UART_VALUE = 13;

	/**
	 * The '<em><b>Swd</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWD
	 * @model name="swd"
	 * @generated
	 * @ordered
	 */
	public static final int SWD_VALUE = 14;

	/**
	 * The '<em><b>Usb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB
	 * @model name="usb"
	 * @generated
	 * @ordered
	 */
	public static final int USB_VALUE = 15;

	/**
	 * The '<em><b>Sd Card</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SD_CARD
	 * @model name="sdCard"
	 * @generated
	 * @ordered
	 */
	public static final int SD_CARD_VALUE = 16;

	/**
	 * The '<em><b>Can Bus</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAN_BUS
	 * @model name="canBus"
	 * @generated
	 * @ordered
	 */
	public static final int CAN_BUS_VALUE = 17;

	/**
	 * The '<em><b>Serial Fieldbus</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIAL_FIELDBUS
	 * @model name="serialFieldbus"
	 * @generated
	 * @ordered
	 */
	public static final int SERIAL_FIELDBUS_VALUE = 18;

	/**
	 * The '<em><b>Rest Api</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REST_API
	 * @model name="restApi"
	 * @generated
	 * @ordered
	 */
	public static final int REST_API_VALUE = 19;

	/**
	 * The '<em><b>Messaging Api</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MESSAGING_API
	 * @model name="messagingApi"
	 * @generated
	 * @ordered
	 */
	public static final int MESSAGING_API_VALUE = 20;

	/**
	 * The '<em><b>Rpc Api</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RPC_API
	 * @model name="rpcApi"
	 * @generated
	 * @ordered
	 */
	public static final int RPC_API_VALUE = 21;

	/**
	 * The '<em><b>Local Ipc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_IPC
	 * @model name="localIpc"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_IPC_VALUE = 22;

	/**
	 * The '<em><b>Touchscreen</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOUCHSCREEN
	 * @model name="touchscreen"
	 * @generated
	 * @ordered
	 */
	public static final int TOUCHSCREEN_VALUE = 23;

	/**
	 * The '<em><b>Buttons</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUTTONS
	 * @model name="buttons"
	 * @generated
	 * @ordered
	 */
	public static final int BUTTONS_VALUE = 24;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 25;

	/**
	 * An array of all the '<em><b>Interface Technology</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterfaceTechnology[] VALUES_ARRAY =
		new InterfaceTechnology[]
		{
			UNSPECIFIED,
			ETHERNET,
			WIFI,
			BLUETOOTH_LOW_ENERGY,
			BLUETOOTH_CLASSIC,
			ZIGBEE,
			ZWAVE,
			THREAD,
			LO_RA,
			CELLULAR,
			NFC,
			SUB_GHZ,
			JTAG,
			UART,
			SWD,
			USB,
			SD_CARD,
			CAN_BUS,
			SERIAL_FIELDBUS,
			REST_API,
			MESSAGING_API,
			RPC_API,
			LOCAL_IPC,
			TOUCHSCREEN,
			BUTTONS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Interface Technology</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterfaceTechnology> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interface Technology</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceTechnology get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			InterfaceTechnology result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interface Technology</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceTechnology getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			InterfaceTechnology result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interface Technology</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceTechnology get(int value)
	{
		switch (value)
		{
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ETHERNET_VALUE: return ETHERNET;
			case WIFI_VALUE: return WIFI;
			case BLUETOOTH_LOW_ENERGY_VALUE: return BLUETOOTH_LOW_ENERGY;
			case BLUETOOTH_CLASSIC_VALUE: return BLUETOOTH_CLASSIC;
			case ZIGBEE_VALUE: return ZIGBEE;
			case ZWAVE_VALUE: return ZWAVE;
			case THREAD_VALUE: return THREAD;
			case LO_RA_VALUE: return LO_RA;
			case CELLULAR_VALUE: return CELLULAR;
			case NFC_VALUE: return NFC;
			case SUB_GHZ_VALUE: return SUB_GHZ;
			case JTAG_VALUE: return JTAG;
			case UART_VALUE: return UART;
			case SWD_VALUE: return SWD;
			case USB_VALUE: return USB;
			case SD_CARD_VALUE: return SD_CARD;
			case CAN_BUS_VALUE: return CAN_BUS;
			case SERIAL_FIELDBUS_VALUE: return SERIAL_FIELDBUS;
			case REST_API_VALUE: return REST_API;
			case MESSAGING_API_VALUE: return MESSAGING_API;
			case RPC_API_VALUE: return RPC_API;
			case LOCAL_IPC_VALUE: return LOCAL_IPC;
			case TOUCHSCREEN_VALUE: return TOUCHSCREEN;
			case BUTTONS_VALUE: return BUTTONS;
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
	private InterfaceTechnology(int value, String name, String literal)
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
	
} //InterfaceTechnology
