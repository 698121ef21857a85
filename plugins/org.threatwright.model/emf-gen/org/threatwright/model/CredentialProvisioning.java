/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Credential Provisioning</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How credentials are set. 'unknown' means not stated.
 * <!-- end-model-doc -->
 * @see org.threatwright.model.TwPackage#getCredentialProvisioning()
 * @model
 * @generated
 */
public enum CredentialProvisioning implements Enumerator
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
	 * The '<em><b>Not Applicable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(1, "notApplicable", "notApplicable"),

	/**
	 * The '<em><b>Unique Per Device</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique credentials provisioned per unit in manufacturing.
	 * <!-- end-model-doc -->
	 * @see #UNIQUE_PER_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	UNIQUE_PER_DEVICE(2, "uniquePerDevice", "uniquePerDevice"),

	/**
	 * The '<em><b>User Set At First Use</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user must set them before first use.
	 * <!-- end-model-doc -->
	 * @see #USER_SET_AT_FIRST_USE_VALUE
	 * @generated
	 * @ordered
	 */
	USER_SET_AT_FIRST_USE(3, "userSetAtFirstUse", "userSetAtFirstUse"),

	/**
	 * The '<em><b>Default Shared</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A default shared by many units that the user may change.
	 * <!-- end-model-doc -->
	 * @see #DEFAULT_SHARED_VALUE
	 * @generated
	 * @ordered
	 */
	DEFAULT_SHARED(4, "defaultShared", "defaultShared"),

	/**
	 * The '<em><b>Hardcoded</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed in firmware; cannot be changed.
	 * <!-- end-model-doc -->
	 * @see #HARDCODED_VALUE
	 * @generated
	 * @ordered
	 */
	HARDCODED(5, "hardcoded", "hardcoded");

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
	 * The '<em><b>Not Applicable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE
	 * @model name="notApplicable"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 1;

	/**
	 * The '<em><b>Unique Per Device</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique credentials provisioned per unit in manufacturing.
	 * <!-- end-model-doc -->
	 * @see #UNIQUE_PER_DEVICE
	 * @model name="uniquePerDevice"
	 * @generated
	 * @ordered
	 */
	public static final int UNIQUE_PER_DEVICE_VALUE = 2;

	/**
	 * The '<em><b>User Set At First Use</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user must set them before first use.
	 * <!-- end-model-doc -->
	 * @see #USER_SET_AT_FIRST_USE
	 * @model name="userSetAtFirstUse"
	 * @generated
	 * @ordered
	 */
	public static final int USER_SET_AT_FIRST_USE_VALUE = 3;

	/**
	 * The '<em><b>Default Shared</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A default shared by many units that the user may change.
	 * <!-- end-model-doc -->
	 * @see #DEFAULT_SHARED
	 * @model name="defaultShared"
	 * @generated
	 * @ordered
	 */
	public static final int DEFAULT_SHARED_VALUE = 4;

	/**
	 * The '<em><b>Hardcoded</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed in firmware; cannot be changed.
	 * <!-- end-model-doc -->
	 * @see #HARDCODED
	 * @model name="hardcoded"
	 * @generated
	 * @ordered
	 */
	public static final int HARDCODED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Credential Provisioning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CredentialProvisioning[] VALUES_ARRAY =
		new CredentialProvisioning[]
		{
			UNKNOWN,
			NOT_APPLICABLE,
			UNIQUE_PER_DEVICE,
			USER_SET_AT_FIRST_USE,
			DEFAULT_SHARED,
			HARDCODED,
		};

	/**
	 * A public read-only list of all the '<em><b>Credential Provisioning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CredentialProvisioning> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Credential Provisioning</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CredentialProvisioning get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CredentialProvisioning result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Credential Provisioning</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CredentialProvisioning getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CredentialProvisioning result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Credential Provisioning</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CredentialProvisioning get(int value)
	{
		switch (value)
		{
			case UNKNOWN_VALUE: return UNKNOWN;
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
			case UNIQUE_PER_DEVICE_VALUE: return UNIQUE_PER_DEVICE;
			case USER_SET_AT_FIRST_USE_VALUE: return USER_SET_AT_FIRST_USE;
			case DEFAULT_SHARED_VALUE: return DEFAULT_SHARED;
			case HARDCODED_VALUE: return HARDCODED;
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
	private CredentialProvisioning(int value, String name, String literal)
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
	
} //CredentialProvisioning
