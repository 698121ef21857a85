/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Data Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.threatwright.model.TwPackage#getDataCategory()
 * @model
 * @generated
 */
public enum DataCategory implements Enumerator
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
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(1, "other", "other"),

	/**
	 * The '<em><b>Personal</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONAL(2, "personal", "personal"),

	/**
	 * The '<em><b>Health</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH(3, "health", "health"),

	/**
	 * The '<em><b>Credentials</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CREDENTIALS_VALUE
	 * @generated
	 * @ordered
	 */
	CREDENTIALS(4, "credentials", "credentials"),

	/**
	 * The '<em><b>Key Material</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_MATERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_MATERIAL(5, "keyMaterial", "keyMaterial"),

	/**
	 * The '<em><b>Telemetry</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELEMETRY_VALUE
	 * @generated
	 * @ordered
	 */
	TELEMETRY(6, "telemetry", "telemetry"),

	/**
	 * The '<em><b>Control</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROL(7, "control", "control"),

	/**
	 * The '<em><b>Configuration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIGURATION_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIGURATION(8, "configuration", "configuration"),

	/**
	 * The '<em><b>Firmware</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRMWARE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRMWARE(9, "firmware", "firmware"),

	/**
	 * The '<em><b>Logs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGS_VALUE
	 * @generated
	 * @ordered
	 */
	LOGS(10, "logs", "logs"),

	/**
	 * The '<em><b>Media</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIA(11, "media", "media"),

	/**
	 * The '<em><b>Location</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCATION_VALUE
	 * @generated
	 * @ordered
	 */
	LOCATION(12, "location", "location"),

	/**
	 * The '<em><b>Financial</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL(13, "financial", "financial"),

	/**
	 * The '<em><b>Business Confidential</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_CONFIDENTIAL_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_CONFIDENTIAL(14, "businessConfidential", "businessConfidential");

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
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 1;

	/**
	 * The '<em><b>Personal</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL
	 * @model name="personal"
	 * @generated
	 * @ordered
	 */
	public static final int PERSONAL_VALUE = 2;

	/**
	 * The '<em><b>Health</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH
	 * @model name="health"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_VALUE = 3;

	/**
	 * The '<em><b>Credentials</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CREDENTIALS
	 * @model name="credentials"
	 * @generated
	 * @ordered
	 */
	public static final int CREDENTIALS_VALUE = 4;

	/**
	 * The '<em><b>Key Material</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_MATERIAL
	 * @model name="keyMaterial"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_MATERIAL_VALUE = 5;

	/**
	 * The '<em><b>Telemetry</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELEMETRY
	 * @model name="telemetry"
	 * @generated
	 * @ordered
	 */
	public static final int TELEMETRY_VALUE = 6;

	/**
	 * The '<em><b>Control</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL
	 * @model name="control"
	 * @generated
	 * @ordered
	 */
	public static final int CONTROL_VALUE = 7;

	/**
	 * The '<em><b>Configuration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIGURATION
	 * @model name="configuration"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIGURATION_VALUE = 8;

	/**
	 * The '<em><b>Firmware</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRMWARE
	 * @model name="firmware"
	 * @generated
	 * @ordered
	 */
	public static final int FIRMWARE_VALUE = 9;

	/**
	 * The '<em><b>Logs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGS
	 * @model name="logs"
	 * @generated
	 * @ordered
	 */
	public static final int LOGS_VALUE = 10;

	/**
	 * The '<em><b>Media</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIA
	 * @model name="media"
	 * @generated
	 * @ordered
	 */
	public static final int MEDIA_VALUE = 11;

	/**
	 * The '<em><b>Location</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCATION
	 * @model name="location"
	 * @generated
	 * @ordered
	 */
	public static final int LOCATION_VALUE = 12;

	/**
	 * The '<em><b>Financial</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL
	 * @model name="financial"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_VALUE = 13;

	/**
	 * The '<em><b>Business Confidential</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_CONFIDENTIAL
	 * @model name="businessConfidential"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_CONFIDENTIAL_VALUE = 14;

	/**
	 * An array of all the '<em><b>Data Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataCategory[] VALUES_ARRAY =
		new DataCategory[]
		{
			UNSPECIFIED,
			OTHER,
			PERSONAL,
			HEALTH,
			CREDENTIALS,
			KEY_MATERIAL,
			TELEMETRY,
			CONTROL,
			CONFIGURATION,
			FIRMWARE,
			LOGS,
			MEDIA,
			LOCATION,
			FINANCIAL,
			BUSINESS_CONFIDENTIAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			DataCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			DataCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataCategory get(int value)
	{
		switch (value)
		{
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case OTHER_VALUE: return OTHER;
			case PERSONAL_VALUE: return PERSONAL;
			case HEALTH_VALUE: return HEALTH;
			case CREDENTIALS_VALUE: return CREDENTIALS;
			case KEY_MATERIAL_VALUE: return KEY_MATERIAL;
			case TELEMETRY_VALUE: return TELEMETRY;
			case CONTROL_VALUE: return CONTROL;
			case CONFIGURATION_VALUE: return CONFIGURATION;
			case FIRMWARE_VALUE: return FIRMWARE;
			case LOGS_VALUE: return LOGS;
			case MEDIA_VALUE: return MEDIA;
			case LOCATION_VALUE: return LOCATION;
			case FINANCIAL_VALUE: return FINANCIAL;
			case BUSINESS_CONFIDENTIAL_VALUE: return BUSINESS_CONFIDENTIAL;
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
	private DataCategory(int value, String name, String literal)
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
	
} //DataCategory
