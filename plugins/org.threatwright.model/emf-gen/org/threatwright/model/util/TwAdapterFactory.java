/**
 */
package org.threatwright.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.threatwright.model.Assumption;
import org.threatwright.model.CloudService;
import org.threatwright.model.Component;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.ExternalEntity;
import org.threatwright.model.ExternalId;
import org.threatwright.model.Gateway;
import org.threatwright.model.Interface;
import org.threatwright.model.MobileApp;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Person;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.WebApp;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.threatwright.model.TwPackage
 * @generated
 */
public class TwAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TwPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TwAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = TwPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TwSwitch<Adapter> modelSwitch =
		new TwSwitch<Adapter>()
		{
			@Override
			public Adapter caseModelElement(ModelElement object)
			{
				return createModelElementAdapter();
			}
			@Override
			public Adapter caseExternalId(ExternalId object)
			{
				return createExternalIdAdapter();
			}
			@Override
			public Adapter caseSystemModel(SystemModel object)
			{
				return createSystemModelAdapter();
			}
			@Override
			public Adapter casePerson(Person object)
			{
				return createPersonAdapter();
			}
			@Override
			public Adapter caseRoleAssignment(RoleAssignment object)
			{
				return createRoleAssignmentAdapter();
			}
			@Override
			public Adapter caseElement(Element object)
			{
				return createElementAdapter();
			}
			@Override
			public Adapter caseDevice(Device object)
			{
				return createDeviceAdapter();
			}
			@Override
			public Adapter caseGateway(Gateway object)
			{
				return createGatewayAdapter();
			}
			@Override
			public Adapter caseCloudService(CloudService object)
			{
				return createCloudServiceAdapter();
			}
			@Override
			public Adapter caseMobileApp(MobileApp object)
			{
				return createMobileAppAdapter();
			}
			@Override
			public Adapter caseWebApp(WebApp object)
			{
				return createWebAppAdapter();
			}
			@Override
			public Adapter caseProcess(org.threatwright.model.Process object)
			{
				return createProcessAdapter();
			}
			@Override
			public Adapter caseDataStore(DataStore object)
			{
				return createDataStoreAdapter();
			}
			@Override
			public Adapter caseExternalEntity(ExternalEntity object)
			{
				return createExternalEntityAdapter();
			}
			@Override
			public Adapter caseInterface(Interface object)
			{
				return createInterfaceAdapter();
			}
			@Override
			public Adapter caseDataFlow(DataFlow object)
			{
				return createDataFlowAdapter();
			}
			@Override
			public Adapter caseDataAsset(DataAsset object)
			{
				return createDataAssetAdapter();
			}
			@Override
			public Adapter caseTrustBoundary(TrustBoundary object)
			{
				return createTrustBoundaryAdapter();
			}
			@Override
			public Adapter caseComponent(Component object)
			{
				return createComponentAdapter();
			}
			@Override
			public Adapter caseSupplier(Supplier object)
			{
				return createSupplierAdapter();
			}
			@Override
			public Adapter caseUpdateMechanism(UpdateMechanism object)
			{
				return createUpdateMechanismAdapter();
			}
			@Override
			public Adapter caseAssumption(Assumption object)
			{
				return createAssumptionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.ModelElement
	 * @generated
	 */
	public Adapter createModelElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.ExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.ExternalId
	 * @generated
	 */
	public Adapter createExternalIdAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.SystemModel <em>System Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.SystemModel
	 * @generated
	 */
	public Adapter createSystemModelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Person
	 * @generated
	 */
	public Adapter createPersonAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.RoleAssignment
	 * @generated
	 */
	public Adapter createRoleAssignmentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Device
	 * @generated
	 */
	public Adapter createDeviceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Gateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Gateway
	 * @generated
	 */
	public Adapter createGatewayAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.CloudService <em>Cloud Service</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.CloudService
	 * @generated
	 */
	public Adapter createCloudServiceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.MobileApp <em>Mobile App</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.MobileApp
	 * @generated
	 */
	public Adapter createMobileAppAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.WebApp <em>Web App</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.WebApp
	 * @generated
	 */
	public Adapter createWebAppAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Process
	 * @generated
	 */
	public Adapter createProcessAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.DataStore <em>Data Store</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.DataStore
	 * @generated
	 */
	public Adapter createDataStoreAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.ExternalEntity <em>External Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.ExternalEntity
	 * @generated
	 */
	public Adapter createExternalEntityAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Interface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Interface
	 * @generated
	 */
	public Adapter createInterfaceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.DataFlow <em>Data Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.DataFlow
	 * @generated
	 */
	public Adapter createDataFlowAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.DataAsset <em>Data Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.DataAsset
	 * @generated
	 */
	public Adapter createDataAssetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.TrustBoundary <em>Trust Boundary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.TrustBoundary
	 * @generated
	 */
	public Adapter createTrustBoundaryAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Component
	 * @generated
	 */
	public Adapter createComponentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Supplier <em>Supplier</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Supplier
	 * @generated
	 */
	public Adapter createSupplierAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.UpdateMechanism <em>Update Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.UpdateMechanism
	 * @generated
	 */
	public Adapter createUpdateMechanismAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.threatwright.model.Assumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.threatwright.model.Assumption
	 * @generated
	 */
	public Adapter createAssumptionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //TwAdapterFactory
