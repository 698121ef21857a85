/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Role Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Roles the compliance frameworks ask to be named.
 * <!-- end-model-doc -->
 * @see org.threatwright.model.TwPackage#getRoleKind()
 * @model
 * @generated
 */
public enum RoleKind implements Enumerator
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
	 * The '<em><b>Product Security Owner</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accountable for product security (IoTSF 2.4.3.1).
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_SECURITY_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_SECURITY_OWNER(1, "productSecurityOwner", "productSecurityOwner"),

	/**
	 * The '<em><b>Compliance Owner</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owns adherence to the compliance framework process (IoTSF 2.4.3.2).
	 * <!-- end-model-doc -->
	 * @see #COMPLIANCE_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLIANCE_OWNER(2, "complianceOwner", "complianceOwner"),

	/**
	 * The '<em><b>Component Assessor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assesses third-party components (IoTSF 2.4.3.24).
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_ASSESSOR_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_ASSESSOR(3, "componentAssessor", "componentAssessor"),

	/**
	 * The '<em><b>Privacy Owner</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accountable for privacy of customer information.
	 * <!-- end-model-doc -->
	 * @see #PRIVACY_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVACY_OWNER(4, "privacyOwner", "privacyOwner"),

	/**
	 * The '<em><b>Vulnerability Coordinator</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handles vulnerability reports and disclosure (IoTSF 2.4.3.7).
	 * <!-- end-model-doc -->
	 * @see #VULNERABILITY_COORDINATOR_VALUE
	 * @generated
	 * @ordered
	 */
	VULNERABILITY_COORDINATOR(5, "vulnerabilityCoordinator", "vulnerabilityCoordinator");

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
	 * The '<em><b>Product Security Owner</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accountable for product security (IoTSF 2.4.3.1).
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_SECURITY_OWNER
	 * @model name="productSecurityOwner"
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_SECURITY_OWNER_VALUE = 1;

	/**
	 * The '<em><b>Compliance Owner</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owns adherence to the compliance framework process (IoTSF 2.4.3.2).
	 * <!-- end-model-doc -->
	 * @see #COMPLIANCE_OWNER
	 * @model name="complianceOwner"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLIANCE_OWNER_VALUE = 2;

	/**
	 * The '<em><b>Component Assessor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assesses third-party components (IoTSF 2.4.3.24).
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_ASSESSOR
	 * @model name="componentAssessor"
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_ASSESSOR_VALUE = 3;

	/**
	 * The '<em><b>Privacy Owner</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accountable for privacy of customer information.
	 * <!-- end-model-doc -->
	 * @see #PRIVACY_OWNER
	 * @model name="privacyOwner"
	 * @generated
	 * @ordered
	 */
	public static final int PRIVACY_OWNER_VALUE = 4;

	/**
	 * The '<em><b>Vulnerability Coordinator</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handles vulnerability reports and disclosure (IoTSF 2.4.3.7).
	 * <!-- end-model-doc -->
	 * @see #VULNERABILITY_COORDINATOR
	 * @model name="vulnerabilityCoordinator"
	 * @generated
	 * @ordered
	 */
	public static final int VULNERABILITY_COORDINATOR_VALUE = 5;

	/**
	 * An array of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoleKind[] VALUES_ARRAY =
		new RoleKind[]
		{
			UNSPECIFIED,
			PRODUCT_SECURITY_OWNER,
			COMPLIANCE_OWNER,
			COMPONENT_ASSESSOR,
			PRIVACY_OWNER,
			VULNERABILITY_COORDINATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RoleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RoleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(int value)
	{
		switch (value)
		{
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case PRODUCT_SECURITY_OWNER_VALUE: return PRODUCT_SECURITY_OWNER;
			case COMPLIANCE_OWNER_VALUE: return COMPLIANCE_OWNER;
			case COMPONENT_ASSESSOR_VALUE: return COMPONENT_ASSESSOR;
			case PRIVACY_OWNER_VALUE: return PRIVACY_OWNER;
			case VULNERABILITY_COORDINATOR_VALUE: return VULNERABILITY_COORDINATOR;
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
	private RoleKind(int value, String name, String literal)
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
	
} //RoleKind
