/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Exposure</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who can reach an interface, from least to most exposed. 'unknown' means not stated: analyses treat it as a gap.
 * <!-- end-model-doc -->
 * @see org.threatwright.model.TwPackage#getExposure()
 * @model
 * @generated
 */
public enum Exposure implements Enumerator
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
	 * The '<em><b>Internal</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only from inside the element itself.
	 * <!-- end-model-doc -->
	 * @see #INTERNAL_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNAL(1, "internal", "internal"),

	/**
	 * The '<em><b>Physical Access</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone holding or opening the device.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_ACCESS(2, "physicalAccess", "physicalAccess"),

	/**
	 * The '<em><b>Adjacent Radio</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone within radio range.
	 * <!-- end-model-doc -->
	 * @see #ADJACENT_RADIO_VALUE
	 * @generated
	 * @ordered
	 */
	ADJACENT_RADIO(3, "adjacentRadio", "adjacentRadio"),

	/**
	 * The '<em><b>Local Network</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything on the same local network.
	 * <!-- end-model-doc -->
	 * @see #LOCAL_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_NETWORK(4, "localNetwork", "localNetwork"),

	/**
	 * The '<em><b>Internet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anyone on the internet.
	 * <!-- end-model-doc -->
	 * @see #INTERNET_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNET(5, "internet", "internet");

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
	 * The '<em><b>Internal</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only from inside the element itself.
	 * <!-- end-model-doc -->
	 * @see #INTERNAL
	 * @model name="internal"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNAL_VALUE = 1;

	/**
	 * The '<em><b>Physical Access</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone holding or opening the device.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_ACCESS
	 * @model name="physicalAccess"
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_ACCESS_VALUE = 2;

	/**
	 * The '<em><b>Adjacent Radio</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Someone within radio range.
	 * <!-- end-model-doc -->
	 * @see #ADJACENT_RADIO
	 * @model name="adjacentRadio"
	 * @generated
	 * @ordered
	 */
	public static final int ADJACENT_RADIO_VALUE = 3;

	/**
	 * The '<em><b>Local Network</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything on the same local network.
	 * <!-- end-model-doc -->
	 * @see #LOCAL_NETWORK
	 * @model name="localNetwork"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_NETWORK_VALUE = 4;

	/**
	 * The '<em><b>Internet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anyone on the internet.
	 * <!-- end-model-doc -->
	 * @see #INTERNET
	 * @model name="internet"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNET_VALUE = 5;

	/**
	 * An array of all the '<em><b>Exposure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Exposure[] VALUES_ARRAY =
		new Exposure[]
		{
			UNKNOWN,
			INTERNAL,
			PHYSICAL_ACCESS,
			ADJACENT_RADIO,
			LOCAL_NETWORK,
			INTERNET,
		};

	/**
	 * A public read-only list of all the '<em><b>Exposure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Exposure> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Exposure</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Exposure get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Exposure result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Exposure</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Exposure getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Exposure result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Exposure</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Exposure get(int value)
	{
		switch (value)
		{
			case UNKNOWN_VALUE: return UNKNOWN;
			case INTERNAL_VALUE: return INTERNAL;
			case PHYSICAL_ACCESS_VALUE: return PHYSICAL_ACCESS;
			case ADJACENT_RADIO_VALUE: return ADJACENT_RADIO;
			case LOCAL_NETWORK_VALUE: return LOCAL_NETWORK;
			case INTERNET_VALUE: return INTERNET;
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
	private Exposure(int value, String name, String literal)
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
	
} //Exposure
