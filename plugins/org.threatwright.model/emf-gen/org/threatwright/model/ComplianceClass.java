/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Compliance Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * IoT Security Foundation compliance class: 0 (compromise has little impact) to 4 (compromise could cause loss of life or major damage).
 * <!-- end-model-doc -->
 * @see org.threatwright.model.TwPackage#getComplianceClass()
 * @model
 * @generated
 */
public enum ComplianceClass implements Enumerator
{
	/**
	 * The '<em><b>Class0</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS0_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS0(0, "class0", "class0"),

	/**
	 * The '<em><b>Class1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS1_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS1(1, "class1", "class1"),

	/**
	 * The '<em><b>Class2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS2_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS2(2, "class2", "class2"),

	/**
	 * The '<em><b>Class3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS3_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS3(3, "class3", "class3"),

	/**
	 * The '<em><b>Class4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS4_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS4(4, "class4", "class4");

	/**
	 * The '<em><b>Class0</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS0
	 * @model name="class0"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS0_VALUE = 0;

	/**
	 * The '<em><b>Class1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS1
	 * @model name="class1"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS1_VALUE = 1;

	/**
	 * The '<em><b>Class2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS2
	 * @model name="class2"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS2_VALUE = 2;

	/**
	 * The '<em><b>Class3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS3
	 * @model name="class3"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS3_VALUE = 3;

	/**
	 * The '<em><b>Class4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS4
	 * @model name="class4"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS4_VALUE = 4;

	/**
	 * An array of all the '<em><b>Compliance Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComplianceClass[] VALUES_ARRAY =
		new ComplianceClass[]
		{
			CLASS0,
			CLASS1,
			CLASS2,
			CLASS3,
			CLASS4,
		};

	/**
	 * A public read-only list of all the '<em><b>Compliance Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComplianceClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Compliance Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplianceClass get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ComplianceClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Compliance Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplianceClass getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ComplianceClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Compliance Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplianceClass get(int value)
	{
		switch (value)
		{
			case CLASS0_VALUE: return CLASS0;
			case CLASS1_VALUE: return CLASS1;
			case CLASS2_VALUE: return CLASS2;
			case CLASS3_VALUE: return CLASS3;
			case CLASS4_VALUE: return CLASS4;
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
	private ComplianceClass(int value, String name, String literal)
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
	
} //ComplianceClass
