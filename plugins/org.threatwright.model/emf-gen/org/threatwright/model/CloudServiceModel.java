/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cloud Service Model</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.threatwright.model.TwPackage#getCloudServiceModel()
 * @model
 * @generated
 */
public enum CloudServiceModel implements Enumerator
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
	 * The '<em><b>Iaas</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IAAS_VALUE
	 * @generated
	 * @ordered
	 */
	IAAS(1, "iaas", "iaas"),

	/**
	 * The '<em><b>Paas</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAAS_VALUE
	 * @generated
	 * @ordered
	 */
	PAAS(2, "paas", "paas"),

	/**
	 * The '<em><b>Saas</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAAS_VALUE
	 * @generated
	 * @ordered
	 */
	SAAS(3, "saas", "saas"),

	/**
	 * The '<em><b>Serverless</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVERLESS_VALUE
	 * @generated
	 * @ordered
	 */
	SERVERLESS(4, "serverless", "serverless"),

	/**
	 * The '<em><b>Managed Iot Platform</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGED_IOT_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGED_IOT_PLATFORM(5, "managedIotPlatform", "managedIotPlatform");

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
	 * The '<em><b>Iaas</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IAAS
	 * @model name="iaas"
	 * @generated
	 * @ordered
	 */
	public static final int IAAS_VALUE = 1;

	/**
	 * The '<em><b>Paas</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAAS
	 * @model name="paas"
	 * @generated
	 * @ordered
	 */
	public static final int PAAS_VALUE = 2;

	/**
	 * The '<em><b>Saas</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAAS
	 * @model name="saas"
	 * @generated
	 * @ordered
	 */
	public static final int SAAS_VALUE = 3;

	/**
	 * The '<em><b>Serverless</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVERLESS
	 * @model name="serverless"
	 * @generated
	 * @ordered
	 */
	public static final int SERVERLESS_VALUE = 4;

	/**
	 * The '<em><b>Managed Iot Platform</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGED_IOT_PLATFORM
	 * @model name="managedIotPlatform"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGED_IOT_PLATFORM_VALUE = 5;

	/**
	 * An array of all the '<em><b>Cloud Service Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CloudServiceModel[] VALUES_ARRAY =
		new CloudServiceModel[]
		{
			UNSPECIFIED,
			IAAS,
			PAAS,
			SAAS,
			SERVERLESS,
			MANAGED_IOT_PLATFORM,
		};

	/**
	 * A public read-only list of all the '<em><b>Cloud Service Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CloudServiceModel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cloud Service Model</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudServiceModel get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CloudServiceModel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cloud Service Model</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudServiceModel getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CloudServiceModel result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cloud Service Model</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudServiceModel get(int value)
	{
		switch (value)
		{
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case IAAS_VALUE: return IAAS;
			case PAAS_VALUE: return PAAS;
			case SAAS_VALUE: return SAAS;
			case SERVERLESS_VALUE: return SERVERLESS;
			case MANAGED_IOT_PLATFORM_VALUE: return MANAGED_IOT_PLATFORM;
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
	private CloudServiceModel(int value, String name, String literal)
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
	
} //CloudServiceModel
