/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Component Origin</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who makes a component. 'unspecified' means not stated: third-party checks then ask for it.
 * <!-- end-model-doc -->
 * @see org.threatwright.model.TwPackage#getComponentOrigin()
 * @model
 * @generated
 */
public enum ComponentOrigin implements Enumerator
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
	 * The '<em><b>In House</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Developed by the manufacturer.
	 * <!-- end-model-doc -->
	 * @see #IN_HOUSE_VALUE
	 * @generated
	 * @ordered
	 */
	IN_HOUSE(1, "inHouse", "inHouse"),

	/**
	 * The '<em><b>Third Party Commercial</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bought from a third party.
	 * <!-- end-model-doc -->
	 * @see #THIRD_PARTY_COMMERCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	THIRD_PARTY_COMMERCIAL(2, "thirdPartyCommercial", "thirdPartyCommercial"),

	/**
	 * The '<em><b>Open Source</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Third-party open source.
	 * <!-- end-model-doc -->
	 * @see #OPEN_SOURCE_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_SOURCE(3, "openSource", "openSource");

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
	 * The '<em><b>In House</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Developed by the manufacturer.
	 * <!-- end-model-doc -->
	 * @see #IN_HOUSE
	 * @model name="inHouse"
	 * @generated
	 * @ordered
	 */
	public static final int IN_HOUSE_VALUE = 1;

	/**
	 * The '<em><b>Third Party Commercial</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bought from a third party.
	 * <!-- end-model-doc -->
	 * @see #THIRD_PARTY_COMMERCIAL
	 * @model name="thirdPartyCommercial"
	 * @generated
	 * @ordered
	 */
	public static final int THIRD_PARTY_COMMERCIAL_VALUE = 2;

	/**
	 * The '<em><b>Open Source</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Third-party open source.
	 * <!-- end-model-doc -->
	 * @see #OPEN_SOURCE
	 * @model name="openSource"
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_SOURCE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Component Origin</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComponentOrigin[] VALUES_ARRAY =
		new ComponentOrigin[]
		{
			UNSPECIFIED,
			IN_HOUSE,
			THIRD_PARTY_COMMERCIAL,
			OPEN_SOURCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Component Origin</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComponentOrigin> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Component Origin</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentOrigin get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ComponentOrigin result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Origin</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentOrigin getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ComponentOrigin result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Origin</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentOrigin get(int value)
	{
		switch (value)
		{
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case IN_HOUSE_VALUE: return IN_HOUSE;
			case THIRD_PARTY_COMMERCIAL_VALUE: return THIRD_PARTY_COMMERCIAL;
			case OPEN_SOURCE_VALUE: return OPEN_SOURCE;
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
	private ComponentOrigin(int value, String name, String literal)
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
	
} //ComponentOrigin
