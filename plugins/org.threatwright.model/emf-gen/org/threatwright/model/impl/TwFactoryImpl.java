/**
 */
package org.threatwright.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.threatwright.model.Assumption;
import org.threatwright.model.AssumptionStatus;
import org.threatwright.model.Authentication;
import org.threatwright.model.Authorization;
import org.threatwright.model.BoundaryKind;
import org.threatwright.model.CloudService;
import org.threatwright.model.CloudServiceModel;
import org.threatwright.model.ComplianceClass;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.ComponentType;
import org.threatwright.model.CredentialProvisioning;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Device;
import org.threatwright.model.DeviceCategory;
import org.threatwright.model.Encryption;
import org.threatwright.model.Exposure;
import org.threatwright.model.ExternalEntity;
import org.threatwright.model.ExternalEntityKind;
import org.threatwright.model.ExternalId;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.Gateway;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceKind;
import org.threatwright.model.InterfaceTechnology;
import org.threatwright.model.MobileApp;
import org.threatwright.model.MobilePlatform;
import org.threatwright.model.PairingMethod;
import org.threatwright.model.Person;
import org.threatwright.model.Protocol;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.RoleKind;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;
import org.threatwright.model.TwPackage;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.UpdateMethod;
import org.threatwright.model.WebApp;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TwFactoryImpl extends EFactoryImpl implements TwFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TwFactory init()
	{
		try
		{
			TwFactory theTwFactory = (TwFactory)EPackage.Registry.INSTANCE.getEFactory(TwPackage.eNS_URI);
			if (theTwFactory != null)
			{
				return theTwFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TwFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TwFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case TwPackage.EXTERNAL_ID: return createExternalId();
			case TwPackage.SYSTEM_MODEL: return createSystemModel();
			case TwPackage.PERSON: return createPerson();
			case TwPackage.ROLE_ASSIGNMENT: return createRoleAssignment();
			case TwPackage.DEVICE: return createDevice();
			case TwPackage.GATEWAY: return createGateway();
			case TwPackage.CLOUD_SERVICE: return createCloudService();
			case TwPackage.MOBILE_APP: return createMobileApp();
			case TwPackage.WEB_APP: return createWebApp();
			case TwPackage.PROCESS: return createProcess();
			case TwPackage.DATA_STORE: return createDataStore();
			case TwPackage.EXTERNAL_ENTITY: return createExternalEntity();
			case TwPackage.INTERFACE: return createInterface();
			case TwPackage.DATA_FLOW: return createDataFlow();
			case TwPackage.DATA_ASSET: return createDataAsset();
			case TwPackage.TRUST_BOUNDARY: return createTrustBoundary();
			case TwPackage.COMPONENT: return createComponent();
			case TwPackage.SUPPLIER: return createSupplier();
			case TwPackage.UPDATE_MECHANISM: return createUpdateMechanism();
			case TwPackage.ASSUMPTION: return createAssumption();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case TwPackage.COMPLIANCE_CLASS:
				return createComplianceClassFromString(eDataType, initialValue);
			case TwPackage.ROLE_KIND:
				return createRoleKindFromString(eDataType, initialValue);
			case TwPackage.EXTERNAL_ENTITY_KIND:
				return createExternalEntityKindFromString(eDataType, initialValue);
			case TwPackage.DEVICE_CATEGORY:
				return createDeviceCategoryFromString(eDataType, initialValue);
			case TwPackage.CLOUD_SERVICE_MODEL:
				return createCloudServiceModelFromString(eDataType, initialValue);
			case TwPackage.MOBILE_PLATFORM:
				return createMobilePlatformFromString(eDataType, initialValue);
			case TwPackage.INTERFACE_KIND:
				return createInterfaceKindFromString(eDataType, initialValue);
			case TwPackage.INTERFACE_TECHNOLOGY:
				return createInterfaceTechnologyFromString(eDataType, initialValue);
			case TwPackage.EXPOSURE:
				return createExposureFromString(eDataType, initialValue);
			case TwPackage.AUTHENTICATION:
				return createAuthenticationFromString(eDataType, initialValue);
			case TwPackage.AUTHORIZATION:
				return createAuthorizationFromString(eDataType, initialValue);
			case TwPackage.ENCRYPTION:
				return createEncryptionFromString(eDataType, initialValue);
			case TwPackage.CREDENTIAL_PROVISIONING:
				return createCredentialProvisioningFromString(eDataType, initialValue);
			case TwPackage.PAIRING_METHOD:
				return createPairingMethodFromString(eDataType, initialValue);
			case TwPackage.FLOW_DIRECTION:
				return createFlowDirectionFromString(eDataType, initialValue);
			case TwPackage.PROTOCOL:
				return createProtocolFromString(eDataType, initialValue);
			case TwPackage.SECURITY_LEVEL:
				return createSecurityLevelFromString(eDataType, initialValue);
			case TwPackage.DATA_CATEGORY:
				return createDataCategoryFromString(eDataType, initialValue);
			case TwPackage.BOUNDARY_KIND:
				return createBoundaryKindFromString(eDataType, initialValue);
			case TwPackage.COMPONENT_TYPE:
				return createComponentTypeFromString(eDataType, initialValue);
			case TwPackage.COMPONENT_ORIGIN:
				return createComponentOriginFromString(eDataType, initialValue);
			case TwPackage.UPDATE_METHOD:
				return createUpdateMethodFromString(eDataType, initialValue);
			case TwPackage.ASSUMPTION_STATUS:
				return createAssumptionStatusFromString(eDataType, initialValue);
			case TwPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case TwPackage.COMPLIANCE_CLASS:
				return convertComplianceClassToString(eDataType, instanceValue);
			case TwPackage.ROLE_KIND:
				return convertRoleKindToString(eDataType, instanceValue);
			case TwPackage.EXTERNAL_ENTITY_KIND:
				return convertExternalEntityKindToString(eDataType, instanceValue);
			case TwPackage.DEVICE_CATEGORY:
				return convertDeviceCategoryToString(eDataType, instanceValue);
			case TwPackage.CLOUD_SERVICE_MODEL:
				return convertCloudServiceModelToString(eDataType, instanceValue);
			case TwPackage.MOBILE_PLATFORM:
				return convertMobilePlatformToString(eDataType, instanceValue);
			case TwPackage.INTERFACE_KIND:
				return convertInterfaceKindToString(eDataType, instanceValue);
			case TwPackage.INTERFACE_TECHNOLOGY:
				return convertInterfaceTechnologyToString(eDataType, instanceValue);
			case TwPackage.EXPOSURE:
				return convertExposureToString(eDataType, instanceValue);
			case TwPackage.AUTHENTICATION:
				return convertAuthenticationToString(eDataType, instanceValue);
			case TwPackage.AUTHORIZATION:
				return convertAuthorizationToString(eDataType, instanceValue);
			case TwPackage.ENCRYPTION:
				return convertEncryptionToString(eDataType, instanceValue);
			case TwPackage.CREDENTIAL_PROVISIONING:
				return convertCredentialProvisioningToString(eDataType, instanceValue);
			case TwPackage.PAIRING_METHOD:
				return convertPairingMethodToString(eDataType, instanceValue);
			case TwPackage.FLOW_DIRECTION:
				return convertFlowDirectionToString(eDataType, instanceValue);
			case TwPackage.PROTOCOL:
				return convertProtocolToString(eDataType, instanceValue);
			case TwPackage.SECURITY_LEVEL:
				return convertSecurityLevelToString(eDataType, instanceValue);
			case TwPackage.DATA_CATEGORY:
				return convertDataCategoryToString(eDataType, instanceValue);
			case TwPackage.BOUNDARY_KIND:
				return convertBoundaryKindToString(eDataType, instanceValue);
			case TwPackage.COMPONENT_TYPE:
				return convertComponentTypeToString(eDataType, instanceValue);
			case TwPackage.COMPONENT_ORIGIN:
				return convertComponentOriginToString(eDataType, instanceValue);
			case TwPackage.UPDATE_METHOD:
				return convertUpdateMethodToString(eDataType, instanceValue);
			case TwPackage.ASSUMPTION_STATUS:
				return convertAssumptionStatusToString(eDataType, instanceValue);
			case TwPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalId createExternalId()
	{
		ExternalIdImpl externalId = new ExternalIdImpl();
		return externalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemModel createSystemModel()
	{
		SystemModelImpl systemModel = new SystemModelImpl();
		return systemModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson()
	{
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleAssignment createRoleAssignment()
	{
		RoleAssignmentImpl roleAssignment = new RoleAssignmentImpl();
		return roleAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device createDevice()
	{
		DeviceImpl device = new DeviceImpl();
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gateway createGateway()
	{
		GatewayImpl gateway = new GatewayImpl();
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloudService createCloudService()
	{
		CloudServiceImpl cloudService = new CloudServiceImpl();
		return cloudService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MobileApp createMobileApp()
	{
		MobileAppImpl mobileApp = new MobileAppImpl();
		return mobileApp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebApp createWebApp()
	{
		WebAppImpl webApp = new WebAppImpl();
		return webApp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public org.threatwright.model.Process createProcess()
	{
		ProcessImpl process = new ProcessImpl();
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataStore createDataStore()
	{
		DataStoreImpl dataStore = new DataStoreImpl();
		return dataStore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalEntity createExternalEntity()
	{
		ExternalEntityImpl externalEntity = new ExternalEntityImpl();
		return externalEntity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface createInterface()
	{
		InterfaceImpl interface_ = new InterfaceImpl();
		return interface_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataFlow createDataFlow()
	{
		DataFlowImpl dataFlow = new DataFlowImpl();
		return dataFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataAsset createDataAsset()
	{
		DataAssetImpl dataAsset = new DataAssetImpl();
		return dataAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrustBoundary createTrustBoundary()
	{
		TrustBoundaryImpl trustBoundary = new TrustBoundaryImpl();
		return trustBoundary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component createComponent()
	{
		ComponentImpl component = new ComponentImpl();
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Supplier createSupplier()
	{
		SupplierImpl supplier = new SupplierImpl();
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateMechanism createUpdateMechanism()
	{
		UpdateMechanismImpl updateMechanism = new UpdateMechanismImpl();
		return updateMechanism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assumption createAssumption()
	{
		AssumptionImpl assumption = new AssumptionImpl();
		return assumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplianceClass createComplianceClassFromString(EDataType eDataType, String initialValue)
	{
		ComplianceClass result = ComplianceClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplianceClassToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoleKind createRoleKindFromString(EDataType eDataType, String initialValue)
	{
		RoleKind result = RoleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExternalEntityKind createExternalEntityKindFromString(EDataType eDataType, String initialValue)
	{
		ExternalEntityKind result = ExternalEntityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExternalEntityKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceCategory createDeviceCategoryFromString(EDataType eDataType, String initialValue)
	{
		DeviceCategory result = DeviceCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceCategoryToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CloudServiceModel createCloudServiceModelFromString(EDataType eDataType, String initialValue)
	{
		CloudServiceModel result = CloudServiceModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCloudServiceModelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MobilePlatform createMobilePlatformFromString(EDataType eDataType, String initialValue)
	{
		MobilePlatform result = MobilePlatform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMobilePlatformToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceKind createInterfaceKindFromString(EDataType eDataType, String initialValue)
	{
		InterfaceKind result = InterfaceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceTechnology createInterfaceTechnologyFromString(EDataType eDataType, String initialValue)
	{
		InterfaceTechnology result = InterfaceTechnology.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceTechnologyToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Exposure createExposureFromString(EDataType eDataType, String initialValue)
	{
		Exposure result = Exposure.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExposureToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authentication createAuthenticationFromString(EDataType eDataType, String initialValue)
	{
		Authentication result = Authentication.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthenticationToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authorization createAuthorizationFromString(EDataType eDataType, String initialValue)
	{
		Authorization result = Authorization.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthorizationToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Encryption createEncryptionFromString(EDataType eDataType, String initialValue)
	{
		Encryption result = Encryption.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEncryptionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CredentialProvisioning createCredentialProvisioningFromString(EDataType eDataType, String initialValue)
	{
		CredentialProvisioning result = CredentialProvisioning.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCredentialProvisioningToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PairingMethod createPairingMethodFromString(EDataType eDataType, String initialValue)
	{
		PairingMethod result = PairingMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPairingMethodToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowDirection createFlowDirectionFromString(EDataType eDataType, String initialValue)
	{
		FlowDirection result = FlowDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFlowDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol createProtocolFromString(EDataType eDataType, String initialValue)
	{
		Protocol result = Protocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtocolToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecurityLevel createSecurityLevelFromString(EDataType eDataType, String initialValue)
	{
		SecurityLevel result = SecurityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSecurityLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataCategory createDataCategoryFromString(EDataType eDataType, String initialValue)
	{
		DataCategory result = DataCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataCategoryToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BoundaryKind createBoundaryKindFromString(EDataType eDataType, String initialValue)
	{
		BoundaryKind result = BoundaryKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBoundaryKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentType createComponentTypeFromString(EDataType eDataType, String initialValue)
	{
		ComponentType result = ComponentType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentTypeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentOrigin createComponentOriginFromString(EDataType eDataType, String initialValue)
	{
		ComponentOrigin result = ComponentOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentOriginToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateMethod createUpdateMethodFromString(EDataType eDataType, String initialValue)
	{
		UpdateMethod result = UpdateMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateMethodToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssumptionStatus createAssumptionStatusFromString(EDataType eDataType, String initialValue)
	{
		AssumptionStatus result = AssumptionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssumptionStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDate(final String it)
	{
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue)
	{
		return createDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final LocalDate it)
	{
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue)
	{
		return convertDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TwPackage getTwPackage()
	{
		return (TwPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TwPackage getPackage()
	{
		return TwPackage.eINSTANCE;
	}

} //TwFactoryImpl
