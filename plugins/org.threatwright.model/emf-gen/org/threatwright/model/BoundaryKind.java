/**
 */
package org.threatwright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Boundary Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.threatwright.model.TwPackage#getBoundaryKind()
 * @model
 * @generated
 */
public enum BoundaryKind implements Enumerator
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
	 * The '<em><b>Network Zone</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A network segment or zone (home LAN, OT cell, DMZ, internet).
	 * <!-- end-model-doc -->
	 * @see #NETWORK_ZONE_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_ZONE(1, "networkZone", "networkZone"),

	/**
	 * The '<em><b>Physical Enclosure</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A device housing or a locked cabinet.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_ENCLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_ENCLOSURE(2, "physicalEnclosure", "physicalEnclosure"),

	/**
	 * The '<em><b>Cloud Tenant</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cloud account, subscription or tenant.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_TENANT_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD_TENANT(3, "cloudTenant", "cloudTenant"),

	/**
	 * The '<em><b>Process Isolation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A process, container or sandbox boundary.
	 * <!-- end-model-doc -->
	 * @see #PROCESS_ISOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESS_ISOLATION(4, "processIsolation", "processIsolation"),

	/**
	 * The '<em><b>Execution Environment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A trusted execution environment or secure element.
	 * <!-- end-model-doc -->
	 * @see #EXECUTION_ENVIRONMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTION_ENVIRONMENT(5, "executionEnvironment", "executionEnvironment"),

	/**
	 * The '<em><b>Organisation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The border between organisations (manufacturer, operator, third party).
	 * <!-- end-model-doc -->
	 * @see #ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION(6, "organisation", "organisation");

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
	 * The '<em><b>Network Zone</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A network segment or zone (home LAN, OT cell, DMZ, internet).
	 * <!-- end-model-doc -->
	 * @see #NETWORK_ZONE
	 * @model name="networkZone"
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_ZONE_VALUE = 1;

	/**
	 * The '<em><b>Physical Enclosure</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A device housing or a locked cabinet.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_ENCLOSURE
	 * @model name="physicalEnclosure"
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_ENCLOSURE_VALUE = 2;

	/**
	 * The '<em><b>Cloud Tenant</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cloud account, subscription or tenant.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_TENANT
	 * @model name="cloudTenant"
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_TENANT_VALUE = 3;

	/**
	 * The '<em><b>Process Isolation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A process, container or sandbox boundary.
	 * <!-- end-model-doc -->
	 * @see #PROCESS_ISOLATION
	 * @model name="processIsolation"
	 * @generated
	 * @ordered
	 */
	public static final int PROCESS_ISOLATION_VALUE = 4;

	/**
	 * The '<em><b>Execution Environment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A trusted execution environment or secure element.
	 * <!-- end-model-doc -->
	 * @see #EXECUTION_ENVIRONMENT
	 * @model name="executionEnvironment"
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTION_ENVIRONMENT_VALUE = 5;

	/**
	 * The '<em><b>Organisation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The border between organisations (manufacturer, operator, third party).
	 * <!-- end-model-doc -->
	 * @see #ORGANISATION
	 * @model name="organisation"
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_VALUE = 6;

	/**
	 * An array of all the '<em><b>Boundary Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BoundaryKind[] VALUES_ARRAY =
		new BoundaryKind[]
		{
			UNSPECIFIED,
			NETWORK_ZONE,
			PHYSICAL_ENCLOSURE,
			CLOUD_TENANT,
			PROCESS_ISOLATION,
			EXECUTION_ENVIRONMENT,
			ORGANISATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Boundary Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BoundaryKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Boundary Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			BoundaryKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boundary Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			BoundaryKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boundary Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryKind get(int value)
	{
		switch (value)
		{
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case NETWORK_ZONE_VALUE: return NETWORK_ZONE;
			case PHYSICAL_ENCLOSURE_VALUE: return PHYSICAL_ENCLOSURE;
			case CLOUD_TENANT_VALUE: return CLOUD_TENANT;
			case PROCESS_ISOLATION_VALUE: return PROCESS_ISOLATION;
			case EXECUTION_ENVIRONMENT_VALUE: return EXECUTION_ENVIRONMENT;
			case ORGANISATION_VALUE: return ORGANISATION;
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
	private BoundaryKind(int value, String name, String literal)
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
	
} //BoundaryKind
