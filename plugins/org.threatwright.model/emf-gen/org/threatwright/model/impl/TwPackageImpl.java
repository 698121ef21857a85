/**
 */
package org.threatwright.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

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
import org.threatwright.model.Element;
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
import org.threatwright.model.ModelElement;
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
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TwPackageImpl extends EPackageImpl implements TwPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalIdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass systemModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatewayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cloudServiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mobileAppEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass webAppEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataStoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalEntityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataAssetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trustBoundaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supplierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass updateMechanismEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complianceClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum externalEntityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cloudServiceModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mobilePlatformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceTechnologyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum exposureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authenticationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authorizationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum encryptionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum credentialProvisioningEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pairingMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum flowDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum securityLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum boundaryKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentOriginEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum updateMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assumptionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.threatwright.model.TwPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TwPackageImpl()
	{
		super(eNS_URI, TwFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TwPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TwPackage init()
	{
		if (isInited) return (TwPackage)EPackage.Registry.INSTANCE.getEPackage(TwPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTwPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TwPackageImpl theTwPackage = registeredTwPackage instanceof TwPackageImpl ? (TwPackageImpl)registeredTwPackage : new TwPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theTwPackage.createPackageContents();

		// Initialize created meta-data
		theTwPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTwPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TwPackage.eNS_URI, theTwPackage);
		return theTwPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelElement()
	{
		return modelElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Id()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Name()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Description()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Tags()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelElement_ExternalIds()
	{
		return (EReference)modelElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalId()
	{
		return externalIdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalId_Source()
	{
		return (EAttribute)externalIdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalId_Value()
	{
		return (EAttribute)externalIdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSystemModel()
	{
		return systemModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_Release()
	{
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_Manufacturer()
	{
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_ComplianceClass()
	{
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemModel_SupportedUntil()
	{
		return (EAttribute)systemModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_People()
	{
		return (EReference)systemModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Roles()
	{
		return (EReference)systemModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Elements()
	{
		return (EReference)systemModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Flows()
	{
		return (EReference)systemModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Boundaries()
	{
		return (EReference)systemModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_DataAssets()
	{
		return (EReference)systemModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Suppliers()
	{
		return (EReference)systemModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemModel_Assumptions()
	{
		return (EReference)systemModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson()
	{
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Email()
	{
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Organisation()
	{
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleAssignment()
	{
		return roleAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Kind()
	{
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_Person()
	{
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement()
	{
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_Owner()
	{
		return (EReference)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_SafetyRelevant()
	{
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_HostedOn()
	{
		return (EReference)elementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_Interfaces()
	{
		return (EReference)elementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_Components()
	{
		return (EReference)elementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_DataAssets()
	{
		return (EReference)elementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice()
	{
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Category()
	{
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SecureBoot()
	{
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_HardwareRootOfTrust()
	{
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SecureStorage()
	{
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SecretsInFirmware()
	{
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_TamperResistant()
	{
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_UpdateMechanism()
	{
		return (EReference)deviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGateway()
	{
		return gatewayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCloudService()
	{
		return cloudServiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudService_Provider()
	{
		return (EAttribute)cloudServiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudService_Region()
	{
		return (EAttribute)cloudServiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloudService_ServiceModel()
	{
		return (EAttribute)cloudServiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMobileApp()
	{
		return mobileAppEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMobileApp_Platform()
	{
		return (EAttribute)mobileAppEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMobileApp_CertificatePinning()
	{
		return (EAttribute)mobileAppEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWebApp()
	{
		return webAppEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcess()
	{
		return processEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Privileged()
	{
		return (EAttribute)processEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataStore()
	{
		return dataStoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataStore_HoldsLogs()
	{
		return (EAttribute)dataStoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataStore_EncryptedAtRest()
	{
		return (EAttribute)dataStoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataStore_Technology()
	{
		return (EAttribute)dataStoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalEntity()
	{
		return externalEntityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalEntity_Kind()
	{
		return (EAttribute)externalEntityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterface()
	{
		return interfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Kind()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Technology()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Protocol()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Exposure()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Authentication()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Credentials()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Pairing()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_EnabledInProduction()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Port()
	{
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataFlow()
	{
		return dataFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_Source()
	{
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_Target()
	{
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_SourceInterface()
	{
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_TargetInterface()
	{
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlow_Protocol()
	{
		return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlow_Authentication()
	{
		return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlow_Authorization()
	{
		return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlow_Encryption()
	{
		return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlow_Direction()
	{
		return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_DataAssets()
	{
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataAsset()
	{
		return dataAssetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_Category()
	{
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_Confidentiality()
	{
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_Integrity()
	{
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_Availability()
	{
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_PersonalData()
	{
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrustBoundary()
	{
		return trustBoundaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustBoundary_Kind()
	{
		return (EAttribute)trustBoundaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustBoundary_TrustLevel()
	{
		return (EAttribute)trustBoundaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrustBoundary_Members()
	{
		return (EReference)trustBoundaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrustBoundary_Boundaries()
	{
		return (EReference)trustBoundaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponent()
	{
		return componentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Type()
	{
		return (EAttribute)componentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Origin()
	{
		return (EAttribute)componentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponent_Supplier()
	{
		return (EReference)componentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Version()
	{
		return (EAttribute)componentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Purl()
	{
		return (EAttribute)componentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Cpe()
	{
		return (EAttribute)componentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Licence()
	{
		return (EAttribute)componentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_EndOfSupport()
	{
		return (EAttribute)componentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponent_Assessor()
	{
		return (EReference)componentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponent_Components()
	{
		return (EReference)componentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupplier()
	{
		return supplierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplier_SecurityContact()
	{
		return (EAttribute)supplierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplier_SecureDesignEvidence()
	{
		return (EAttribute)supplierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplier_Website()
	{
		return (EAttribute)supplierEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpdateMechanism()
	{
		return updateMechanismEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateMechanism_Method()
	{
		return (EAttribute)updateMechanismEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateMechanism_Signed()
	{
		return (EAttribute)updateMechanismEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateMechanism_Encrypted()
	{
		return (EAttribute)updateMechanismEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateMechanism_RollbackProtection()
	{
		return (EAttribute)updateMechanismEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateMechanism_Automatic()
	{
		return (EAttribute)updateMechanismEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateMechanism_UserCanDisable()
	{
		return (EAttribute)updateMechanismEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateMechanism_UserCanDefer()
	{
		return (EAttribute)updateMechanismEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUpdateMechanism_DeliveredBy()
	{
		return (EReference)updateMechanismEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateMechanism_SecurityUpdatesUntil()
	{
		return (EAttribute)updateMechanismEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssumption()
	{
		return assumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssumption_Status()
	{
		return (EAttribute)assumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssumption_Subjects()
	{
		return (EReference)assumptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplianceClass()
	{
		return complianceClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoleKind()
	{
		return roleKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExternalEntityKind()
	{
		return externalEntityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceCategory()
	{
		return deviceCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCloudServiceModel()
	{
		return cloudServiceModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMobilePlatform()
	{
		return mobilePlatformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceKind()
	{
		return interfaceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceTechnology()
	{
		return interfaceTechnologyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExposure()
	{
		return exposureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthentication()
	{
		return authenticationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthorization()
	{
		return authorizationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEncryption()
	{
		return encryptionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCredentialProvisioning()
	{
		return credentialProvisioningEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPairingMethod()
	{
		return pairingMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFlowDirection()
	{
		return flowDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtocol()
	{
		return protocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSecurityLevel()
	{
		return securityLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataCategory()
	{
		return dataCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBoundaryKind()
	{
		return boundaryKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentType()
	{
		return componentTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentOrigin()
	{
		return componentOriginEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUpdateMethod()
	{
		return updateMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssumptionStatus()
	{
		return assumptionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate()
	{
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TwFactory getTwFactory()
	{
		return (TwFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		modelElementEClass = createEClass(MODEL_ELEMENT);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__ID);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__NAME);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__DESCRIPTION);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__TAGS);
		createEReference(modelElementEClass, MODEL_ELEMENT__EXTERNAL_IDS);

		externalIdEClass = createEClass(EXTERNAL_ID);
		createEAttribute(externalIdEClass, EXTERNAL_ID__SOURCE);
		createEAttribute(externalIdEClass, EXTERNAL_ID__VALUE);

		systemModelEClass = createEClass(SYSTEM_MODEL);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__RELEASE);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__MANUFACTURER);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__COMPLIANCE_CLASS);
		createEAttribute(systemModelEClass, SYSTEM_MODEL__SUPPORTED_UNTIL);
		createEReference(systemModelEClass, SYSTEM_MODEL__PEOPLE);
		createEReference(systemModelEClass, SYSTEM_MODEL__ROLES);
		createEReference(systemModelEClass, SYSTEM_MODEL__ELEMENTS);
		createEReference(systemModelEClass, SYSTEM_MODEL__FLOWS);
		createEReference(systemModelEClass, SYSTEM_MODEL__BOUNDARIES);
		createEReference(systemModelEClass, SYSTEM_MODEL__DATA_ASSETS);
		createEReference(systemModelEClass, SYSTEM_MODEL__SUPPLIERS);
		createEReference(systemModelEClass, SYSTEM_MODEL__ASSUMPTIONS);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__EMAIL);
		createEAttribute(personEClass, PERSON__ORGANISATION);

		roleAssignmentEClass = createEClass(ROLE_ASSIGNMENT);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__KIND);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__PERSON);

		elementEClass = createEClass(ELEMENT);
		createEReference(elementEClass, ELEMENT__OWNER);
		createEAttribute(elementEClass, ELEMENT__SAFETY_RELEVANT);
		createEReference(elementEClass, ELEMENT__HOSTED_ON);
		createEReference(elementEClass, ELEMENT__INTERFACES);
		createEReference(elementEClass, ELEMENT__COMPONENTS);
		createEReference(elementEClass, ELEMENT__DATA_ASSETS);

		deviceEClass = createEClass(DEVICE);
		createEAttribute(deviceEClass, DEVICE__CATEGORY);
		createEAttribute(deviceEClass, DEVICE__SECURE_BOOT);
		createEAttribute(deviceEClass, DEVICE__HARDWARE_ROOT_OF_TRUST);
		createEAttribute(deviceEClass, DEVICE__SECURE_STORAGE);
		createEAttribute(deviceEClass, DEVICE__SECRETS_IN_FIRMWARE);
		createEAttribute(deviceEClass, DEVICE__TAMPER_RESISTANT);
		createEReference(deviceEClass, DEVICE__UPDATE_MECHANISM);

		gatewayEClass = createEClass(GATEWAY);

		cloudServiceEClass = createEClass(CLOUD_SERVICE);
		createEAttribute(cloudServiceEClass, CLOUD_SERVICE__PROVIDER);
		createEAttribute(cloudServiceEClass, CLOUD_SERVICE__REGION);
		createEAttribute(cloudServiceEClass, CLOUD_SERVICE__SERVICE_MODEL);

		mobileAppEClass = createEClass(MOBILE_APP);
		createEAttribute(mobileAppEClass, MOBILE_APP__PLATFORM);
		createEAttribute(mobileAppEClass, MOBILE_APP__CERTIFICATE_PINNING);

		webAppEClass = createEClass(WEB_APP);

		processEClass = createEClass(PROCESS);
		createEAttribute(processEClass, PROCESS__PRIVILEGED);

		dataStoreEClass = createEClass(DATA_STORE);
		createEAttribute(dataStoreEClass, DATA_STORE__HOLDS_LOGS);
		createEAttribute(dataStoreEClass, DATA_STORE__ENCRYPTED_AT_REST);
		createEAttribute(dataStoreEClass, DATA_STORE__TECHNOLOGY);

		externalEntityEClass = createEClass(EXTERNAL_ENTITY);
		createEAttribute(externalEntityEClass, EXTERNAL_ENTITY__KIND);

		interfaceEClass = createEClass(INTERFACE);
		createEAttribute(interfaceEClass, INTERFACE__KIND);
		createEAttribute(interfaceEClass, INTERFACE__TECHNOLOGY);
		createEAttribute(interfaceEClass, INTERFACE__PROTOCOL);
		createEAttribute(interfaceEClass, INTERFACE__EXPOSURE);
		createEAttribute(interfaceEClass, INTERFACE__AUTHENTICATION);
		createEAttribute(interfaceEClass, INTERFACE__CREDENTIALS);
		createEAttribute(interfaceEClass, INTERFACE__PAIRING);
		createEAttribute(interfaceEClass, INTERFACE__ENABLED_IN_PRODUCTION);
		createEAttribute(interfaceEClass, INTERFACE__PORT);

		dataFlowEClass = createEClass(DATA_FLOW);
		createEReference(dataFlowEClass, DATA_FLOW__SOURCE);
		createEReference(dataFlowEClass, DATA_FLOW__TARGET);
		createEReference(dataFlowEClass, DATA_FLOW__SOURCE_INTERFACE);
		createEReference(dataFlowEClass, DATA_FLOW__TARGET_INTERFACE);
		createEAttribute(dataFlowEClass, DATA_FLOW__PROTOCOL);
		createEAttribute(dataFlowEClass, DATA_FLOW__AUTHENTICATION);
		createEAttribute(dataFlowEClass, DATA_FLOW__AUTHORIZATION);
		createEAttribute(dataFlowEClass, DATA_FLOW__ENCRYPTION);
		createEAttribute(dataFlowEClass, DATA_FLOW__DIRECTION);
		createEReference(dataFlowEClass, DATA_FLOW__DATA_ASSETS);

		dataAssetEClass = createEClass(DATA_ASSET);
		createEAttribute(dataAssetEClass, DATA_ASSET__CATEGORY);
		createEAttribute(dataAssetEClass, DATA_ASSET__CONFIDENTIALITY);
		createEAttribute(dataAssetEClass, DATA_ASSET__INTEGRITY);
		createEAttribute(dataAssetEClass, DATA_ASSET__AVAILABILITY);
		createEAttribute(dataAssetEClass, DATA_ASSET__PERSONAL_DATA);

		trustBoundaryEClass = createEClass(TRUST_BOUNDARY);
		createEAttribute(trustBoundaryEClass, TRUST_BOUNDARY__KIND);
		createEAttribute(trustBoundaryEClass, TRUST_BOUNDARY__TRUST_LEVEL);
		createEReference(trustBoundaryEClass, TRUST_BOUNDARY__MEMBERS);
		createEReference(trustBoundaryEClass, TRUST_BOUNDARY__BOUNDARIES);

		componentEClass = createEClass(COMPONENT);
		createEAttribute(componentEClass, COMPONENT__TYPE);
		createEAttribute(componentEClass, COMPONENT__ORIGIN);
		createEReference(componentEClass, COMPONENT__SUPPLIER);
		createEAttribute(componentEClass, COMPONENT__VERSION);
		createEAttribute(componentEClass, COMPONENT__PURL);
		createEAttribute(componentEClass, COMPONENT__CPE);
		createEAttribute(componentEClass, COMPONENT__LICENCE);
		createEAttribute(componentEClass, COMPONENT__END_OF_SUPPORT);
		createEReference(componentEClass, COMPONENT__ASSESSOR);
		createEReference(componentEClass, COMPONENT__COMPONENTS);

		supplierEClass = createEClass(SUPPLIER);
		createEAttribute(supplierEClass, SUPPLIER__SECURITY_CONTACT);
		createEAttribute(supplierEClass, SUPPLIER__SECURE_DESIGN_EVIDENCE);
		createEAttribute(supplierEClass, SUPPLIER__WEBSITE);

		updateMechanismEClass = createEClass(UPDATE_MECHANISM);
		createEAttribute(updateMechanismEClass, UPDATE_MECHANISM__METHOD);
		createEAttribute(updateMechanismEClass, UPDATE_MECHANISM__SIGNED);
		createEAttribute(updateMechanismEClass, UPDATE_MECHANISM__ENCRYPTED);
		createEAttribute(updateMechanismEClass, UPDATE_MECHANISM__ROLLBACK_PROTECTION);
		createEAttribute(updateMechanismEClass, UPDATE_MECHANISM__AUTOMATIC);
		createEAttribute(updateMechanismEClass, UPDATE_MECHANISM__USER_CAN_DISABLE);
		createEAttribute(updateMechanismEClass, UPDATE_MECHANISM__USER_CAN_DEFER);
		createEReference(updateMechanismEClass, UPDATE_MECHANISM__DELIVERED_BY);
		createEAttribute(updateMechanismEClass, UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL);

		assumptionEClass = createEClass(ASSUMPTION);
		createEAttribute(assumptionEClass, ASSUMPTION__STATUS);
		createEReference(assumptionEClass, ASSUMPTION__SUBJECTS);

		// Create enums
		complianceClassEEnum = createEEnum(COMPLIANCE_CLASS);
		roleKindEEnum = createEEnum(ROLE_KIND);
		externalEntityKindEEnum = createEEnum(EXTERNAL_ENTITY_KIND);
		deviceCategoryEEnum = createEEnum(DEVICE_CATEGORY);
		cloudServiceModelEEnum = createEEnum(CLOUD_SERVICE_MODEL);
		mobilePlatformEEnum = createEEnum(MOBILE_PLATFORM);
		interfaceKindEEnum = createEEnum(INTERFACE_KIND);
		interfaceTechnologyEEnum = createEEnum(INTERFACE_TECHNOLOGY);
		exposureEEnum = createEEnum(EXPOSURE);
		authenticationEEnum = createEEnum(AUTHENTICATION);
		authorizationEEnum = createEEnum(AUTHORIZATION);
		encryptionEEnum = createEEnum(ENCRYPTION);
		credentialProvisioningEEnum = createEEnum(CREDENTIAL_PROVISIONING);
		pairingMethodEEnum = createEEnum(PAIRING_METHOD);
		flowDirectionEEnum = createEEnum(FLOW_DIRECTION);
		protocolEEnum = createEEnum(PROTOCOL);
		securityLevelEEnum = createEEnum(SECURITY_LEVEL);
		dataCategoryEEnum = createEEnum(DATA_CATEGORY);
		boundaryKindEEnum = createEEnum(BOUNDARY_KIND);
		componentTypeEEnum = createEEnum(COMPONENT_TYPE);
		componentOriginEEnum = createEEnum(COMPONENT_ORIGIN);
		updateMethodEEnum = createEEnum(UPDATE_METHOD);
		assumptionStatusEEnum = createEEnum(ASSUMPTION_STATUS);

		// Create data types
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		systemModelEClass.getESuperTypes().add(this.getModelElement());
		personEClass.getESuperTypes().add(this.getModelElement());
		elementEClass.getESuperTypes().add(this.getModelElement());
		deviceEClass.getESuperTypes().add(this.getElement());
		gatewayEClass.getESuperTypes().add(this.getDevice());
		cloudServiceEClass.getESuperTypes().add(this.getElement());
		mobileAppEClass.getESuperTypes().add(this.getElement());
		webAppEClass.getESuperTypes().add(this.getElement());
		processEClass.getESuperTypes().add(this.getElement());
		dataStoreEClass.getESuperTypes().add(this.getElement());
		externalEntityEClass.getESuperTypes().add(this.getElement());
		interfaceEClass.getESuperTypes().add(this.getModelElement());
		dataFlowEClass.getESuperTypes().add(this.getModelElement());
		dataAssetEClass.getESuperTypes().add(this.getModelElement());
		trustBoundaryEClass.getESuperTypes().add(this.getModelElement());
		componentEClass.getESuperTypes().add(this.getModelElement());
		supplierEClass.getESuperTypes().add(this.getModelElement());
		updateMechanismEClass.getESuperTypes().add(this.getModelElement());
		assumptionEClass.getESuperTypes().add(this.getModelElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(modelElementEClass, ModelElement.class, "ModelElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelElement_ExternalIds(), this.getExternalId(), null, "externalIds", null, 0, -1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(externalIdEClass, ExternalId.class, "ExternalId", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExternalId_Source(), ecorePackage.getEString(), "source", null, 0, 1, ExternalId.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalId_Value(), ecorePackage.getEString(), "value", null, 0, 1, ExternalId.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(systemModelEClass, SystemModel.class, "SystemModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSystemModel_Release(), ecorePackage.getEString(), "release", null, 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_Manufacturer(), ecorePackage.getEString(), "manufacturer", null, 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_ComplianceClass(), this.getComplianceClass(), "complianceClass", null, 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemModel_SupportedUntil(), this.getDate(), "supportedUntil", null, 0, 1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_People(), this.getPerson(), null, "people", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Roles(), this.getRoleAssignment(), null, "roles", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Elements(), this.getElement(), null, "elements", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Flows(), this.getDataFlow(), null, "flows", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Boundaries(), this.getTrustBoundary(), null, "boundaries", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_DataAssets(), this.getDataAsset(), null, "dataAssets", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Suppliers(), this.getSupplier(), null, "suppliers", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemModel_Assumptions(), this.getAssumption(), null, "assumptions", null, 0, -1, SystemModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Email(), ecorePackage.getEString(), "email", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleAssignmentEClass, RoleAssignment.class, "RoleAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoleAssignment_Kind(), this.getRoleKind(), "kind", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoleAssignment_Person(), this.getPerson(), null, "person", null, 1, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getElement_Owner(), this.getPerson(), null, "owner", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_SafetyRelevant(), ecorePackage.getEBoolean(), "safetyRelevant", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_HostedOn(), this.getElement(), null, "hostedOn", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_Interfaces(), this.getInterface(), null, "interfaces", null, 0, -1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_Components(), this.getComponent(), null, "components", null, 0, -1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_DataAssets(), this.getDataAsset(), null, "dataAssets", null, 0, -1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevice_Category(), this.getDeviceCategory(), "category", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_SecureBoot(), ecorePackage.getEBoolean(), "secureBoot", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_HardwareRootOfTrust(), ecorePackage.getEBoolean(), "hardwareRootOfTrust", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_SecureStorage(), ecorePackage.getEBoolean(), "secureStorage", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_SecretsInFirmware(), ecorePackage.getEBoolean(), "secretsInFirmware", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_TamperResistant(), ecorePackage.getEBoolean(), "tamperResistant", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_UpdateMechanism(), this.getUpdateMechanism(), null, "updateMechanism", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gatewayEClass, Gateway.class, "Gateway", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(cloudServiceEClass, CloudService.class, "CloudService", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCloudService_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, CloudService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloudService_Region(), ecorePackage.getEString(), "region", null, 0, 1, CloudService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloudService_ServiceModel(), this.getCloudServiceModel(), "serviceModel", null, 0, 1, CloudService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mobileAppEClass, MobileApp.class, "MobileApp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMobileApp_Platform(), this.getMobilePlatform(), "platform", null, 0, 1, MobileApp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMobileApp_CertificatePinning(), ecorePackage.getEBoolean(), "certificatePinning", null, 0, 1, MobileApp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(webAppEClass, WebApp.class, "WebApp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(processEClass, org.threatwright.model.Process.class, "Process", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProcess_Privileged(), ecorePackage.getEBoolean(), "privileged", null, 0, 1, org.threatwright.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataStoreEClass, DataStore.class, "DataStore", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataStore_HoldsLogs(), ecorePackage.getEBoolean(), "holdsLogs", null, 0, 1, DataStore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataStore_EncryptedAtRest(), ecorePackage.getEBoolean(), "encryptedAtRest", null, 0, 1, DataStore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataStore_Technology(), ecorePackage.getEString(), "technology", null, 0, 1, DataStore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(externalEntityEClass, ExternalEntity.class, "ExternalEntity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExternalEntity_Kind(), this.getExternalEntityKind(), "kind", null, 0, 1, ExternalEntity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceEClass, Interface.class, "Interface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterface_Kind(), this.getInterfaceKind(), "kind", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Technology(), this.getInterfaceTechnology(), "technology", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Protocol(), this.getProtocol(), "protocol", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Exposure(), this.getExposure(), "exposure", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Authentication(), this.getAuthentication(), "authentication", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Credentials(), this.getCredentialProvisioning(), "credentials", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Pairing(), this.getPairingMethod(), "pairing", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_EnabledInProduction(), ecorePackage.getEBoolean(), "enabledInProduction", "true", 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Port(), ecorePackage.getEString(), "port", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataFlowEClass, DataFlow.class, "DataFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDataFlow_Source(), this.getElement(), null, "source", null, 1, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlow_Target(), this.getElement(), null, "target", null, 1, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlow_SourceInterface(), this.getInterface(), null, "sourceInterface", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlow_TargetInterface(), this.getInterface(), null, "targetInterface", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataFlow_Protocol(), this.getProtocol(), "protocol", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataFlow_Authentication(), this.getAuthentication(), "authentication", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataFlow_Authorization(), this.getAuthorization(), "authorization", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataFlow_Encryption(), this.getEncryption(), "encryption", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataFlow_Direction(), this.getFlowDirection(), "direction", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlow_DataAssets(), this.getDataAsset(), null, "dataAssets", null, 0, -1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataAssetEClass, DataAsset.class, "DataAsset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataAsset_Category(), this.getDataCategory(), "category", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataAsset_Confidentiality(), this.getSecurityLevel(), "confidentiality", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataAsset_Integrity(), this.getSecurityLevel(), "integrity", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataAsset_Availability(), this.getSecurityLevel(), "availability", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataAsset_PersonalData(), ecorePackage.getEBoolean(), "personalData", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trustBoundaryEClass, TrustBoundary.class, "TrustBoundary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrustBoundary_Kind(), this.getBoundaryKind(), "kind", null, 0, 1, TrustBoundary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustBoundary_TrustLevel(), ecorePackage.getEInt(), "trustLevel", null, 0, 1, TrustBoundary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrustBoundary_Members(), this.getElement(), null, "members", null, 0, -1, TrustBoundary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrustBoundary_Boundaries(), this.getTrustBoundary(), null, "boundaries", null, 0, -1, TrustBoundary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(componentEClass, Component.class, "Component", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComponent_Type(), this.getComponentType(), "type", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Origin(), this.getComponentOrigin(), "origin", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponent_Supplier(), this.getSupplier(), null, "supplier", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Version(), ecorePackage.getEString(), "version", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Purl(), ecorePackage.getEString(), "purl", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Cpe(), ecorePackage.getEString(), "cpe", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Licence(), ecorePackage.getEString(), "licence", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_EndOfSupport(), this.getDate(), "endOfSupport", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponent_Assessor(), this.getPerson(), null, "assessor", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponent_Components(), this.getComponent(), null, "components", null, 0, -1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supplierEClass, Supplier.class, "Supplier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupplier_SecurityContact(), ecorePackage.getEString(), "securityContact", null, 0, 1, Supplier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplier_SecureDesignEvidence(), ecorePackage.getEString(), "secureDesignEvidence", null, 0, 1, Supplier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplier_Website(), ecorePackage.getEString(), "website", null, 0, 1, Supplier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(updateMechanismEClass, UpdateMechanism.class, "UpdateMechanism", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUpdateMechanism_Method(), this.getUpdateMethod(), "method", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateMechanism_Signed(), ecorePackage.getEBoolean(), "signed", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateMechanism_Encrypted(), ecorePackage.getEBoolean(), "encrypted", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateMechanism_RollbackProtection(), ecorePackage.getEBoolean(), "rollbackProtection", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateMechanism_Automatic(), ecorePackage.getEBoolean(), "automatic", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateMechanism_UserCanDisable(), ecorePackage.getEBoolean(), "userCanDisable", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateMechanism_UserCanDefer(), ecorePackage.getEBoolean(), "userCanDefer", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUpdateMechanism_DeliveredBy(), this.getElement(), null, "deliveredBy", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateMechanism_SecurityUpdatesUntil(), this.getDate(), "securityUpdatesUntil", null, 0, 1, UpdateMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assumptionEClass, Assumption.class, "Assumption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssumption_Status(), this.getAssumptionStatus(), "status", null, 0, 1, Assumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssumption_Subjects(), this.getModelElement(), null, "subjects", null, 0, -1, Assumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(complianceClassEEnum, ComplianceClass.class, "ComplianceClass");
		addEEnumLiteral(complianceClassEEnum, ComplianceClass.CLASS0);
		addEEnumLiteral(complianceClassEEnum, ComplianceClass.CLASS1);
		addEEnumLiteral(complianceClassEEnum, ComplianceClass.CLASS2);
		addEEnumLiteral(complianceClassEEnum, ComplianceClass.CLASS3);
		addEEnumLiteral(complianceClassEEnum, ComplianceClass.CLASS4);

		initEEnum(roleKindEEnum, RoleKind.class, "RoleKind");
		addEEnumLiteral(roleKindEEnum, RoleKind.UNSPECIFIED);
		addEEnumLiteral(roleKindEEnum, RoleKind.PRODUCT_SECURITY_OWNER);
		addEEnumLiteral(roleKindEEnum, RoleKind.COMPLIANCE_OWNER);
		addEEnumLiteral(roleKindEEnum, RoleKind.COMPONENT_ASSESSOR);
		addEEnumLiteral(roleKindEEnum, RoleKind.PRIVACY_OWNER);
		addEEnumLiteral(roleKindEEnum, RoleKind.VULNERABILITY_COORDINATOR);

		initEEnum(externalEntityKindEEnum, ExternalEntityKind.class, "ExternalEntityKind");
		addEEnumLiteral(externalEntityKindEEnum, ExternalEntityKind.UNSPECIFIED);
		addEEnumLiteral(externalEntityKindEEnum, ExternalEntityKind.HUMAN);
		addEEnumLiteral(externalEntityKindEEnum, ExternalEntityKind.SYSTEM);

		initEEnum(deviceCategoryEEnum, DeviceCategory.class, "DeviceCategory");
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.UNSPECIFIED);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.SENSOR);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.ACTUATOR);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.CONTROLLER);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.HUB);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.WEARABLE);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.CAMERA);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.APPLIANCE);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.INDUSTRIAL);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.MEDICAL);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.OTHER);

		initEEnum(cloudServiceModelEEnum, CloudServiceModel.class, "CloudServiceModel");
		addEEnumLiteral(cloudServiceModelEEnum, CloudServiceModel.UNSPECIFIED);
		addEEnumLiteral(cloudServiceModelEEnum, CloudServiceModel.IAAS);
		addEEnumLiteral(cloudServiceModelEEnum, CloudServiceModel.PAAS);
		addEEnumLiteral(cloudServiceModelEEnum, CloudServiceModel.SAAS);
		addEEnumLiteral(cloudServiceModelEEnum, CloudServiceModel.SERVERLESS);
		addEEnumLiteral(cloudServiceModelEEnum, CloudServiceModel.MANAGED_IOT_PLATFORM);

		initEEnum(mobilePlatformEEnum, MobilePlatform.class, "MobilePlatform");
		addEEnumLiteral(mobilePlatformEEnum, MobilePlatform.UNSPECIFIED);
		addEEnumLiteral(mobilePlatformEEnum, MobilePlatform.ANDROID);
		addEEnumLiteral(mobilePlatformEEnum, MobilePlatform.IOS);
		addEEnumLiteral(mobilePlatformEEnum, MobilePlatform.CROSS_PLATFORM);

		initEEnum(interfaceKindEEnum, InterfaceKind.class, "InterfaceKind");
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.UNSPECIFIED);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.NETWORK);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.RADIO);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.PHYSICAL);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.DEBUG);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.API);
		addEEnumLiteral(interfaceKindEEnum, InterfaceKind.USER_INTERFACE);

		initEEnum(interfaceTechnologyEEnum, InterfaceTechnology.class, "InterfaceTechnology");
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.UNSPECIFIED);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.ETHERNET);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.WIFI);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.BLUETOOTH_LOW_ENERGY);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.BLUETOOTH_CLASSIC);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.ZIGBEE);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.ZWAVE);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.THREAD);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.LO_RA);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.CELLULAR);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.NFC);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.SUB_GHZ);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.JTAG);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.UART);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.SWD);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.USB);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.SD_CARD);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.CAN_BUS);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.SERIAL_FIELDBUS);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.REST_API);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.MESSAGING_API);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.RPC_API);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.LOCAL_IPC);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.TOUCHSCREEN);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.BUTTONS);
		addEEnumLiteral(interfaceTechnologyEEnum, InterfaceTechnology.OTHER);

		initEEnum(exposureEEnum, Exposure.class, "Exposure");
		addEEnumLiteral(exposureEEnum, Exposure.UNKNOWN);
		addEEnumLiteral(exposureEEnum, Exposure.INTERNAL);
		addEEnumLiteral(exposureEEnum, Exposure.PHYSICAL_ACCESS);
		addEEnumLiteral(exposureEEnum, Exposure.ADJACENT_RADIO);
		addEEnumLiteral(exposureEEnum, Exposure.LOCAL_NETWORK);
		addEEnumLiteral(exposureEEnum, Exposure.INTERNET);

		initEEnum(authenticationEEnum, Authentication.class, "Authentication");
		addEEnumLiteral(authenticationEEnum, Authentication.UNKNOWN);
		addEEnumLiteral(authenticationEEnum, Authentication.NONE);
		addEEnumLiteral(authenticationEEnum, Authentication.PASSWORD);
		addEEnumLiteral(authenticationEEnum, Authentication.SHARED_SECRET);
		addEEnumLiteral(authenticationEEnum, Authentication.API_KEY);
		addEEnumLiteral(authenticationEEnum, Authentication.TOKEN);
		addEEnumLiteral(authenticationEEnum, Authentication.CLIENT_CERTIFICATE);
		addEEnumLiteral(authenticationEEnum, Authentication.MUTUAL_TLS);
		addEEnumLiteral(authenticationEEnum, Authentication.PLATFORM_CREDENTIALS);
		addEEnumLiteral(authenticationEEnum, Authentication.OTHER);

		initEEnum(authorizationEEnum, Authorization.class, "Authorization");
		addEEnumLiteral(authorizationEEnum, Authorization.UNKNOWN);
		addEEnumLiteral(authorizationEEnum, Authorization.NONE);
		addEEnumLiteral(authorizationEEnum, Authorization.ACCESS_CONTROL_LIST);
		addEEnumLiteral(authorizationEEnum, Authorization.ROLE_BASED);
		addEEnumLiteral(authorizationEEnum, Authorization.ATTRIBUTE_BASED);
		addEEnumLiteral(authorizationEEnum, Authorization.SCOPED_TOKEN);
		addEEnumLiteral(authorizationEEnum, Authorization.OTHER);

		initEEnum(encryptionEEnum, Encryption.class, "Encryption");
		addEEnumLiteral(encryptionEEnum, Encryption.UNKNOWN);
		addEEnumLiteral(encryptionEEnum, Encryption.NONE);
		addEEnumLiteral(encryptionEEnum, Encryption.TRANSPORT);
		addEEnumLiteral(encryptionEEnum, Encryption.END_TO_END);

		initEEnum(credentialProvisioningEEnum, CredentialProvisioning.class, "CredentialProvisioning");
		addEEnumLiteral(credentialProvisioningEEnum, CredentialProvisioning.UNKNOWN);
		addEEnumLiteral(credentialProvisioningEEnum, CredentialProvisioning.NOT_APPLICABLE);
		addEEnumLiteral(credentialProvisioningEEnum, CredentialProvisioning.UNIQUE_PER_DEVICE);
		addEEnumLiteral(credentialProvisioningEEnum, CredentialProvisioning.USER_SET_AT_FIRST_USE);
		addEEnumLiteral(credentialProvisioningEEnum, CredentialProvisioning.DEFAULT_SHARED);
		addEEnumLiteral(credentialProvisioningEEnum, CredentialProvisioning.HARDCODED);

		initEEnum(pairingMethodEEnum, PairingMethod.class, "PairingMethod");
		addEEnumLiteral(pairingMethodEEnum, PairingMethod.UNKNOWN);
		addEEnumLiteral(pairingMethodEEnum, PairingMethod.NOT_APPLICABLE);
		addEEnumLiteral(pairingMethodEEnum, PairingMethod.JUST_WORKS);
		addEEnumLiteral(pairingMethodEEnum, PairingMethod.FIXED_PIN);
		addEEnumLiteral(pairingMethodEEnum, PairingMethod.PASSKEY_ENTRY);
		addEEnumLiteral(pairingMethodEEnum, PairingMethod.NUMERIC_COMPARISON);
		addEEnumLiteral(pairingMethodEEnum, PairingMethod.OUT_OF_BAND);
		addEEnumLiteral(pairingMethodEEnum, PairingMethod.INSTALL_CODE);

		initEEnum(flowDirectionEEnum, FlowDirection.class, "FlowDirection");
		addEEnumLiteral(flowDirectionEEnum, FlowDirection.UNSPECIFIED);
		addEEnumLiteral(flowDirectionEEnum, FlowDirection.ONE_WAY);
		addEEnumLiteral(flowDirectionEEnum, FlowDirection.BIDIRECTIONAL);

		initEEnum(protocolEEnum, Protocol.class, "Protocol");
		addEEnumLiteral(protocolEEnum, Protocol.UNKNOWN);
		addEEnumLiteral(protocolEEnum, Protocol.HTTP);
		addEEnumLiteral(protocolEEnum, Protocol.HTTPS);
		addEEnumLiteral(protocolEEnum, Protocol.MQTT);
		addEEnumLiteral(protocolEEnum, Protocol.MQTTS);
		addEEnumLiteral(protocolEEnum, Protocol.COAP);
		addEEnumLiteral(protocolEEnum, Protocol.COAPS);
		addEEnumLiteral(protocolEEnum, Protocol.AMQP);
		addEEnumLiteral(protocolEEnum, Protocol.AMQPS);
		addEEnumLiteral(protocolEEnum, Protocol.WEBSOCKET);
		addEEnumLiteral(protocolEEnum, Protocol.WEBSOCKET_SECURE);
		addEEnumLiteral(protocolEEnum, Protocol.GRPC);
		addEEnumLiteral(protocolEEnum, Protocol.GRPC_TLS);
		addEEnumLiteral(protocolEEnum, Protocol.OPC_UA);
		addEEnumLiteral(protocolEEnum, Protocol.OPC_UA_SECURE);
		addEEnumLiteral(protocolEEnum, Protocol.MODBUS_TCP);
		addEEnumLiteral(protocolEEnum, Protocol.MODBUS_RTU);
		addEEnumLiteral(protocolEEnum, Protocol.BACNET);
		addEEnumLiteral(protocolEEnum, Protocol.DNP3);
		addEEnumLiteral(protocolEEnum, Protocol.PROFINET);
		addEEnumLiteral(protocolEEnum, Protocol.ETHERNET_IP);
		addEEnumLiteral(protocolEEnum, Protocol.CAN_BUS);
		addEEnumLiteral(protocolEEnum, Protocol.BLE_GATT);
		addEEnumLiteral(protocolEEnum, Protocol.ZIGBEE);
		addEEnumLiteral(protocolEEnum, Protocol.ZWAVE);
		addEEnumLiteral(protocolEEnum, Protocol.THREAD);
		addEEnumLiteral(protocolEEnum, Protocol.MATTER);
		addEEnumLiteral(protocolEEnum, Protocol.LO_RA_WAN);
		addEEnumLiteral(protocolEEnum, Protocol.NFC);
		addEEnumLiteral(protocolEEnum, Protocol.SSH);
		addEEnumLiteral(protocolEEnum, Protocol.TELNET);
		addEEnumLiteral(protocolEEnum, Protocol.FTP);
		addEEnumLiteral(protocolEEnum, Protocol.FTPS);
		addEEnumLiteral(protocolEEnum, Protocol.SFTP);
		addEEnumLiteral(protocolEEnum, Protocol.SMB);
		addEEnumLiteral(protocolEEnum, Protocol.DNS);
		addEEnumLiteral(protocolEEnum, Protocol.DNS_OVER_HTTPS);
		addEEnumLiteral(protocolEEnum, Protocol.NTP);
		addEEnumLiteral(protocolEEnum, Protocol.NTS);
		addEEnumLiteral(protocolEEnum, Protocol.SMTP);
		addEEnumLiteral(protocolEEnum, Protocol.SMTPS);
		addEEnumLiteral(protocolEEnum, Protocol.LDAP);
		addEEnumLiteral(protocolEEnum, Protocol.LDAPS);
		addEEnumLiteral(protocolEEnum, Protocol.SYSLOG);
		addEEnumLiteral(protocolEEnum, Protocol.SYSLOG_TLS);
		addEEnumLiteral(protocolEEnum, Protocol.SNMP);
		addEEnumLiteral(protocolEEnum, Protocol.SNMP_V3);
		addEEnumLiteral(protocolEEnum, Protocol.SQL);
		addEEnumLiteral(protocolEEnum, Protocol.SQL_TLS);
		addEEnumLiteral(protocolEEnum, Protocol.SMS);
		addEEnumLiteral(protocolEEnum, Protocol.SERIAL);
		addEEnumLiteral(protocolEEnum, Protocol.USB);
		addEEnumLiteral(protocolEEnum, Protocol.IPC);
		addEEnumLiteral(protocolEEnum, Protocol.FILE_SYSTEM);
		addEEnumLiteral(protocolEEnum, Protocol.HL7_MLLP);
		addEEnumLiteral(protocolEEnum, Protocol.S7COMM);
		addEEnumLiteral(protocolEEnum, Protocol.VNC);
		addEEnumLiteral(protocolEEnum, Protocol.RDP);
		addEEnumLiteral(protocolEEnum, Protocol.IPSEC);
		addEEnumLiteral(protocolEEnum, Protocol.OPEN_VPN);
		addEEnumLiteral(protocolEEnum, Protocol.WIRE_GUARD);
		addEEnumLiteral(protocolEEnum, Protocol.I2C);
		addEEnumLiteral(protocolEEnum, Protocol.SPI);
		addEEnumLiteral(protocolEEnum, Protocol.OTHER);

		initEEnum(securityLevelEEnum, SecurityLevel.class, "SecurityLevel");
		addEEnumLiteral(securityLevelEEnum, SecurityLevel.UNRATED);
		addEEnumLiteral(securityLevelEEnum, SecurityLevel.LOW);
		addEEnumLiteral(securityLevelEEnum, SecurityLevel.MEDIUM);
		addEEnumLiteral(securityLevelEEnum, SecurityLevel.HIGH);
		addEEnumLiteral(securityLevelEEnum, SecurityLevel.CRITICAL);

		initEEnum(dataCategoryEEnum, DataCategory.class, "DataCategory");
		addEEnumLiteral(dataCategoryEEnum, DataCategory.UNSPECIFIED);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.OTHER);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.PERSONAL);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.HEALTH);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.CREDENTIALS);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.KEY_MATERIAL);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.TELEMETRY);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.CONTROL);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.CONFIGURATION);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.FIRMWARE);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.LOGS);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.MEDIA);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.LOCATION);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.FINANCIAL);
		addEEnumLiteral(dataCategoryEEnum, DataCategory.BUSINESS_CONFIDENTIAL);

		initEEnum(boundaryKindEEnum, BoundaryKind.class, "BoundaryKind");
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.UNSPECIFIED);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.NETWORK_ZONE);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.PHYSICAL_ENCLOSURE);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.CLOUD_TENANT);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.PROCESS_ISOLATION);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.EXECUTION_ENVIRONMENT);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.ORGANISATION);

		initEEnum(componentTypeEEnum, ComponentType.class, "ComponentType");
		addEEnumLiteral(componentTypeEEnum, ComponentType.UNSPECIFIED);
		addEEnumLiteral(componentTypeEEnum, ComponentType.SOFTWARE);
		addEEnumLiteral(componentTypeEEnum, ComponentType.LIBRARY);
		addEEnumLiteral(componentTypeEEnum, ComponentType.FIRMWARE);
		addEEnumLiteral(componentTypeEEnum, ComponentType.OPERATING_SYSTEM);
		addEEnumLiteral(componentTypeEEnum, ComponentType.HARDWARE);
		addEEnumLiteral(componentTypeEEnum, ComponentType.SERVICE);

		initEEnum(componentOriginEEnum, ComponentOrigin.class, "ComponentOrigin");
		addEEnumLiteral(componentOriginEEnum, ComponentOrigin.UNSPECIFIED);
		addEEnumLiteral(componentOriginEEnum, ComponentOrigin.IN_HOUSE);
		addEEnumLiteral(componentOriginEEnum, ComponentOrigin.THIRD_PARTY_COMMERCIAL);
		addEEnumLiteral(componentOriginEEnum, ComponentOrigin.OPEN_SOURCE);

		initEEnum(updateMethodEEnum, UpdateMethod.class, "UpdateMethod");
		addEEnumLiteral(updateMethodEEnum, UpdateMethod.UNSPECIFIED);
		addEEnumLiteral(updateMethodEEnum, UpdateMethod.NONE);
		addEEnumLiteral(updateMethodEEnum, UpdateMethod.OVER_THE_AIR);
		addEEnumLiteral(updateMethodEEnum, UpdateMethod.APP_MEDIATED);
		addEEnumLiteral(updateMethodEEnum, UpdateMethod.LOCAL_MEDIA);
		addEEnumLiteral(updateMethodEEnum, UpdateMethod.SERVICE_TECHNICIAN);

		initEEnum(assumptionStatusEEnum, AssumptionStatus.class, "AssumptionStatus");
		addEEnumLiteral(assumptionStatusEEnum, AssumptionStatus.UNVERIFIED);
		addEEnumLiteral(assumptionStatusEEnum, AssumptionStatus.CONFIRMED);
		addEEnumLiteral(assumptionStatusEEnum, AssumptionStatus.INVALIDATED);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //TwPackageImpl
