/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pairing Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How two radio peers are paired. 'unknown' means not stated.
 * <!-- end-model-doc -->
 * @see org.threatwright.model.TwPackage#getPairingMethod()
 * @model
 * @generated
 */
public enum PairingMethod implements Enumerator
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
	 * The '<em><b>Just Works</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUST_WORKS_VALUE
	 * @generated
	 * @ordered
	 */
	JUST_WORKS(2, "justWorks", "justWorks"),

	/**
	 * The '<em><b>Fixed Pin</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_PIN_VALUE
	 * @generated
	 * @ordered
	 */
	FIXED_PIN(3, "fixedPin", "fixedPin"),

	/**
	 * The '<em><b>Passkey Entry</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASSKEY_ENTRY_VALUE
	 * @generated
	 * @ordered
	 */
	PASSKEY_ENTRY(4, "passkeyEntry", "passkeyEntry"),

	/**
	 * The '<em><b>Numeric Comparison</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NUMERIC_COMPARISON_VALUE
	 * @generated
	 * @ordered
	 */
	NUMERIC_COMPARISON(5, "numericComparison", "numericComparison"),

	/**
	 * The '<em><b>Out Of Band</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_BAND_VALUE
	 * @generated
	 * @ordered
	 */
	OUT_OF_BAND(6, "outOfBand", "outOfBand"),

	/**
	 * The '<em><b>Install Code</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTALL_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	INSTALL_CODE(7, "installCode", "installCode");

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
	 * The '<em><b>Just Works</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUST_WORKS
	 * @model name="justWorks"
	 * @generated
	 * @ordered
	 */
	public static final int JUST_WORKS_VALUE = 2;

	/**
	 * The '<em><b>Fixed Pin</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_PIN
	 * @model name="fixedPin"
	 * @generated
	 * @ordered
	 */
	public static final int FIXED_PIN_VALUE = 3;

	/**
	 * The '<em><b>Passkey Entry</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASSKEY_ENTRY
	 * @model name="passkeyEntry"
	 * @generated
	 * @ordered
	 */
	public static final int PASSKEY_ENTRY_VALUE = 4;

	/**
	 * The '<em><b>Numeric Comparison</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NUMERIC_COMPARISON
	 * @model name="numericComparison"
	 * @generated
	 * @ordered
	 */
	public static final int NUMERIC_COMPARISON_VALUE = 5;

	/**
	 * The '<em><b>Out Of Band</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_BAND
	 * @model name="outOfBand"
	 * @generated
	 * @ordered
	 */
	public static final int OUT_OF_BAND_VALUE = 6;

	/**
	 * The '<em><b>Install Code</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTALL_CODE
	 * @model name="installCode"
	 * @generated
	 * @ordered
	 */
	public static final int INSTALL_CODE_VALUE = 7;

	/**
	 * An array of all the '<em><b>Pairing Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PairingMethod[] VALUES_ARRAY =
		new PairingMethod[]
		{
			UNKNOWN,
			NOT_APPLICABLE,
			JUST_WORKS,
			FIXED_PIN,
			PASSKEY_ENTRY,
			NUMERIC_COMPARISON,
			OUT_OF_BAND,
			INSTALL_CODE,
		};

	/**
	 * A public read-only list of all the '<em><b>Pairing Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PairingMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pairing Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PairingMethod get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PairingMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pairing Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PairingMethod getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PairingMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pairing Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PairingMethod get(int value)
	{
		switch (value)
		{
			case UNKNOWN_VALUE: return UNKNOWN;
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
			case JUST_WORKS_VALUE: return JUST_WORKS;
			case FIXED_PIN_VALUE: return FIXED_PIN;
			case PASSKEY_ENTRY_VALUE: return PASSKEY_ENTRY;
			case NUMERIC_COMPARISON_VALUE: return NUMERIC_COMPARISON;
			case OUT_OF_BAND_VALUE: return OUT_OF_BAND;
			case INSTALL_CODE_VALUE: return INSTALL_CODE;
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
	private PairingMethod(int value, String name, String literal)
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
	
} //PairingMethod
