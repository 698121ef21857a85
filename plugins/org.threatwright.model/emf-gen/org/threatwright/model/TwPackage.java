/**
 */
package org.threatwright.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The system model of an IoT product: what an architect draws and Threatwright analyses. Every element carries a stable UUID; references between elements are by that id.
 * <!-- end-model-doc -->
 * @see org.threatwright.model.TwFactory
 * @model kind="package"
 * @generated
 */
public interface TwPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://threatwright.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tw";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TwPackage eINSTANCE = org.threatwright.model.impl.TwPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.ModelElementImpl <em>Model Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.ModelElementImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getModelElement()
	 * @generated
	 */
	int MODEL_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__TAGS = 3;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__EXTERNAL_IDS = 4;

	/**
	 * The number of structural features of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.ExternalIdImpl <em>External Id</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.ExternalIdImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getExternalId()
	 * @generated
	 */
	int EXTERNAL_ID = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ID__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ID__VALUE = 1;

	/**
	 * The number of structural features of the '<em>External Id</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ID_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>External Id</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ID_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.SystemModelImpl <em>System Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.SystemModelImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getSystemModel()
	 * @generated
	 */
	int SYSTEM_MODEL = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__RELEASE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__MANUFACTURER = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Compliance Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__COMPLIANCE_CLASS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Supported Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__SUPPORTED_UNTIL = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__PEOPLE = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__ROLES = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__ELEMENTS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__FLOWS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Boundaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__BOUNDARIES = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__DATA_ASSETS = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Suppliers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__SUPPLIERS = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL__ASSUMPTIONS = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>System Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>System Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MODEL_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.PersonImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ORGANISATION = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.RoleAssignmentImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getRoleAssignment()
	 * @generated
	 */
	int ROLE_ASSIGNMENT = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__PERSON = 1;

	/**
	 * The number of structural features of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.ElementImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__OWNER = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__SAFETY_RELEVANT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__HOSTED_ON = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__INTERFACES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__COMPONENTS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DATA_ASSETS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.DeviceImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__TAGS = ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__EXTERNAL_IDS = ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SAFETY_RELEVANT = ELEMENT__SAFETY_RELEVANT;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__HOSTED_ON = ELEMENT__HOSTED_ON;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__INTERFACES = ELEMENT__INTERFACES;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__COMPONENTS = ELEMENT__COMPONENTS;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DATA_ASSETS = ELEMENT__DATA_ASSETS;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__CATEGORY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Secure Boot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SECURE_BOOT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hardware Root Of Trust</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__HARDWARE_ROOT_OF_TRUST = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Secure Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SECURE_STORAGE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Secrets In Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SECRETS_IN_FIRMWARE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tamper Resistant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__TAMPER_RESISTANT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Update Mechanism</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__UPDATE_MECHANISM = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.GatewayImpl <em>Gateway</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.GatewayImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getGateway()
	 * @generated
	 */
	int GATEWAY = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__ID = DEVICE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__NAME = DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__DESCRIPTION = DEVICE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__TAGS = DEVICE__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__EXTERNAL_IDS = DEVICE__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__OWNER = DEVICE__OWNER;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__SAFETY_RELEVANT = DEVICE__SAFETY_RELEVANT;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__HOSTED_ON = DEVICE__HOSTED_ON;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__INTERFACES = DEVICE__INTERFACES;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__COMPONENTS = DEVICE__COMPONENTS;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__DATA_ASSETS = DEVICE__DATA_ASSETS;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__CATEGORY = DEVICE__CATEGORY;

	/**
	 * The feature id for the '<em><b>Secure Boot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__SECURE_BOOT = DEVICE__SECURE_BOOT;

	/**
	 * The feature id for the '<em><b>Hardware Root Of Trust</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__HARDWARE_ROOT_OF_TRUST = DEVICE__HARDWARE_ROOT_OF_TRUST;

	/**
	 * The feature id for the '<em><b>Secure Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__SECURE_STORAGE = DEVICE__SECURE_STORAGE;

	/**
	 * The feature id for the '<em><b>Secrets In Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__SECRETS_IN_FIRMWARE = DEVICE__SECRETS_IN_FIRMWARE;

	/**
	 * The feature id for the '<em><b>Tamper Resistant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__TAMPER_RESISTANT = DEVICE__TAMPER_RESISTANT;

	/**
	 * The feature id for the '<em><b>Update Mechanism</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY__UPDATE_MECHANISM = DEVICE__UPDATE_MECHANISM;

	/**
	 * The number of structural features of the '<em>Gateway</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Gateway</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATEWAY_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.CloudServiceImpl <em>Cloud Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.CloudServiceImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getCloudService()
	 * @generated
	 */
	int CLOUD_SERVICE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__TAGS = ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__EXTERNAL_IDS = ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__SAFETY_RELEVANT = ELEMENT__SAFETY_RELEVANT;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__HOSTED_ON = ELEMENT__HOSTED_ON;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__INTERFACES = ELEMENT__INTERFACES;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__COMPONENTS = ELEMENT__COMPONENTS;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__DATA_ASSETS = ELEMENT__DATA_ASSETS;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__PROVIDER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__REGION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Service Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE__SERVICE_MODEL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Cloud Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Cloud Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_SERVICE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.MobileAppImpl <em>Mobile App</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.MobileAppImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getMobileApp()
	 * @generated
	 */
	int MOBILE_APP = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__TAGS = ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__EXTERNAL_IDS = ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__SAFETY_RELEVANT = ELEMENT__SAFETY_RELEVANT;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__HOSTED_ON = ELEMENT__HOSTED_ON;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__INTERFACES = ELEMENT__INTERFACES;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__COMPONENTS = ELEMENT__COMPONENTS;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__DATA_ASSETS = ELEMENT__DATA_ASSETS;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__PLATFORM = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Certificate Pinning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP__CERTIFICATE_PINNING = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Mobile App</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Mobile App</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOBILE_APP_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.WebAppImpl <em>Web App</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.WebAppImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getWebApp()
	 * @generated
	 */
	int WEB_APP = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__TAGS = ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__EXTERNAL_IDS = ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__SAFETY_RELEVANT = ELEMENT__SAFETY_RELEVANT;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__HOSTED_ON = ELEMENT__HOSTED_ON;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__INTERFACES = ELEMENT__INTERFACES;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__COMPONENTS = ELEMENT__COMPONENTS;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP__DATA_ASSETS = ELEMENT__DATA_ASSETS;

	/**
	 * The number of structural features of the '<em>Web App</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Web App</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEB_APP_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.ProcessImpl <em>Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.ProcessImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getProcess()
	 * @generated
	 */
	int PROCESS = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__TAGS = ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__EXTERNAL_IDS = ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__SAFETY_RELEVANT = ELEMENT__SAFETY_RELEVANT;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__HOSTED_ON = ELEMENT__HOSTED_ON;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__INTERFACES = ELEMENT__INTERFACES;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__COMPONENTS = ELEMENT__COMPONENTS;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__DATA_ASSETS = ELEMENT__DATA_ASSETS;

	/**
	 * The feature id for the '<em><b>Privileged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PRIVILEGED = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.DataStoreImpl <em>Data Store</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.DataStoreImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getDataStore()
	 * @generated
	 */
	int DATA_STORE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__TAGS = ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__EXTERNAL_IDS = ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__SAFETY_RELEVANT = ELEMENT__SAFETY_RELEVANT;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__HOSTED_ON = ELEMENT__HOSTED_ON;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__INTERFACES = ELEMENT__INTERFACES;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__COMPONENTS = ELEMENT__COMPONENTS;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__DATA_ASSETS = ELEMENT__DATA_ASSETS;

	/**
	 * The feature id for the '<em><b>Holds Logs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__HOLDS_LOGS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Encrypted At Rest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__ENCRYPTED_AT_REST = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Technology</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE__TECHNOLOGY = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data Store</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Data Store</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_STORE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.ExternalEntityImpl <em>External Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.ExternalEntityImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getExternalEntity()
	 * @generated
	 */
	int EXTERNAL_ENTITY = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__TAGS = ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__EXTERNAL_IDS = ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__OWNER = ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__SAFETY_RELEVANT = ELEMENT__SAFETY_RELEVANT;

	/**
	 * The feature id for the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__HOSTED_ON = ELEMENT__HOSTED_ON;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__INTERFACES = ELEMENT__INTERFACES;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__COMPONENTS = ELEMENT__COMPONENTS;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__DATA_ASSETS = ELEMENT__DATA_ASSETS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>External Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>External Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_ENTITY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.InterfaceImpl <em>Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.InterfaceImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getInterface()
	 * @generated
	 */
	int INTERFACE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Technology</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TECHNOLOGY = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__PROTOCOL = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Exposure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__EXPOSURE = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__AUTHENTICATION = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__CREDENTIALS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pairing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__PAIRING = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Enabled In Production</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ENABLED_IN_PRODUCTION = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__PORT = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.DataFlowImpl <em>Data Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.DataFlowImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getDataFlow()
	 * @generated
	 */
	int DATA_FLOW = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__TARGET = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Interface</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__SOURCE_INTERFACE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Interface</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__TARGET_INTERFACE = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__PROTOCOL = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__AUTHENTICATION = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Authorization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__AUTHORIZATION = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Encryption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__ENCRYPTION = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__DIRECTION = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__DATA_ASSETS = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Data Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Data Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.DataAssetImpl <em>Data Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.DataAssetImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getDataAsset()
	 * @generated
	 */
	int DATA_ASSET = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__CATEGORY = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Confidentiality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__CONFIDENTIALITY = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Integrity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__INTEGRITY = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Availability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__AVAILABILITY = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Personal Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__PERSONAL_DATA = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Data Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Data Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.TrustBoundaryImpl <em>Trust Boundary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.TrustBoundaryImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getTrustBoundary()
	 * @generated
	 */
	int TRUST_BOUNDARY = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trust Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__TRUST_LEVEL = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__MEMBERS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Boundaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY__BOUNDARIES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Trust Boundary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Trust Boundary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_BOUNDARY_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.ComponentImpl <em>Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.ComponentImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getComponent()
	 * @generated
	 */
	int COMPONENT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__TYPE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ORIGIN = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Supplier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__SUPPLIER = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__VERSION = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Purl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__PURL = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cpe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__CPE = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__LICENCE = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>End Of Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__END_OF_SUPPORT = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ASSESSOR = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__COMPONENTS = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.SupplierImpl <em>Supplier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.SupplierImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getSupplier()
	 * @generated
	 */
	int SUPPLIER = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Security Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER__SECURITY_CONTACT = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Secure Design Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER__SECURE_DESIGN_EVIDENCE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER__WEBSITE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Supplier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Supplier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.UpdateMechanismImpl <em>Update Mechanism</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.UpdateMechanismImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getUpdateMechanism()
	 * @generated
	 */
	int UPDATE_MECHANISM = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__METHOD = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__SIGNED = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__ENCRYPTED = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rollback Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__ROLLBACK_PROTECTION = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Automatic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__AUTOMATIC = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>User Can Disable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__USER_CAN_DISABLE = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>User Can Defer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__USER_CAN_DEFER = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Delivered By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__DELIVERED_BY = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Security Updates Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Update Mechanism</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Update Mechanism</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MECHANISM_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.impl.AssumptionImpl <em>Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.impl.AssumptionImpl
	 * @see org.threatwright.model.impl.TwPackageImpl#getAssumption()
	 * @generated
	 */
	int ASSUMPTION = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__TAGS = MODEL_ELEMENT__TAGS;

	/**
	 * The feature id for the '<em><b>External Ids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__EXTERNAL_IDS = MODEL_ELEMENT__EXTERNAL_IDS;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__STATUS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__SUBJECTS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.threatwright.model.ComplianceClass <em>Compliance Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.ComplianceClass
	 * @see org.threatwright.model.impl.TwPackageImpl#getComplianceClass()
	 * @generated
	 */
	int COMPLIANCE_CLASS = 22;

	/**
	 * The meta object id for the '{@link org.threatwright.model.RoleKind <em>Role Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.RoleKind
	 * @see org.threatwright.model.impl.TwPackageImpl#getRoleKind()
	 * @generated
	 */
	int ROLE_KIND = 23;

	/**
	 * The meta object id for the '{@link org.threatwright.model.ExternalEntityKind <em>External Entity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.ExternalEntityKind
	 * @see org.threatwright.model.impl.TwPackageImpl#getExternalEntityKind()
	 * @generated
	 */
	int EXTERNAL_ENTITY_KIND = 24;

	/**
	 * The meta object id for the '{@link org.threatwright.model.DeviceCategory <em>Device Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.DeviceCategory
	 * @see org.threatwright.model.impl.TwPackageImpl#getDeviceCategory()
	 * @generated
	 */
	int DEVICE_CATEGORY = 25;

	/**
	 * The meta object id for the '{@link org.threatwright.model.CloudServiceModel <em>Cloud Service Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.CloudServiceModel
	 * @see org.threatwright.model.impl.TwPackageImpl#getCloudServiceModel()
	 * @generated
	 */
	int CLOUD_SERVICE_MODEL = 26;

	/**
	 * The meta object id for the '{@link org.threatwright.model.MobilePlatform <em>Mobile Platform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.MobilePlatform
	 * @see org.threatwright.model.impl.TwPackageImpl#getMobilePlatform()
	 * @generated
	 */
	int MOBILE_PLATFORM = 27;

	/**
	 * The meta object id for the '{@link org.threatwright.model.InterfaceKind <em>Interface Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.InterfaceKind
	 * @see org.threatwright.model.impl.TwPackageImpl#getInterfaceKind()
	 * @generated
	 */
	int INTERFACE_KIND = 28;

	/**
	 * The meta object id for the '{@link org.threatwright.model.InterfaceTechnology <em>Interface Technology</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.InterfaceTechnology
	 * @see org.threatwright.model.impl.TwPackageImpl#getInterfaceTechnology()
	 * @generated
	 */
	int INTERFACE_TECHNOLOGY = 29;

	/**
	 * The meta object id for the '{@link org.threatwright.model.Exposure <em>Exposure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.Exposure
	 * @see org.threatwright.model.impl.TwPackageImpl#getExposure()
	 * @generated
	 */
	int EXPOSURE = 30;

	/**
	 * The meta object id for the '{@link org.threatwright.model.Authentication <em>Authentication</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.Authentication
	 * @see org.threatwright.model.impl.TwPackageImpl#getAuthentication()
	 * @generated
	 */
	int AUTHENTICATION = 31;

	/**
	 * The meta object id for the '{@link org.threatwright.model.Authorization <em>Authorization</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.Authorization
	 * @see org.threatwright.model.impl.TwPackageImpl#getAuthorization()
	 * @generated
	 */
	int AUTHORIZATION = 32;

	/**
	 * The meta object id for the '{@link org.threatwright.model.Encryption <em>Encryption</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.Encryption
	 * @see org.threatwright.model.impl.TwPackageImpl#getEncryption()
	 * @generated
	 */
	int ENCRYPTION = 33;

	/**
	 * The meta object id for the '{@link org.threatwright.model.CredentialProvisioning <em>Credential Provisioning</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.CredentialProvisioning
	 * @see org.threatwright.model.impl.TwPackageImpl#getCredentialProvisioning()
	 * @generated
	 */
	int CREDENTIAL_PROVISIONING = 34;

	/**
	 * The meta object id for the '{@link org.threatwright.model.PairingMethod <em>Pairing Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.PairingMethod
	 * @see org.threatwright.model.impl.TwPackageImpl#getPairingMethod()
	 * @generated
	 */
	int PAIRING_METHOD = 35;

	/**
	 * The meta object id for the '{@link org.threatwright.model.FlowDirection <em>Flow Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.FlowDirection
	 * @see org.threatwright.model.impl.TwPackageImpl#getFlowDirection()
	 * @generated
	 */
	int FLOW_DIRECTION = 36;

	/**
	 * The meta object id for the '{@link org.threatwright.model.Protocol <em>Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.Protocol
	 * @see org.threatwright.model.impl.TwPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 37;

	/**
	 * The meta object id for the '{@link org.threatwright.model.SecurityLevel <em>Security Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.SecurityLevel
	 * @see org.threatwright.model.impl.TwPackageImpl#getSecurityLevel()
	 * @generated
	 */
	int SECURITY_LEVEL = 38;

	/**
	 * The meta object id for the '{@link org.threatwright.model.DataCategory <em>Data Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.DataCategory
	 * @see org.threatwright.model.impl.TwPackageImpl#getDataCategory()
	 * @generated
	 */
	int DATA_CATEGORY = 39;

	/**
	 * The meta object id for the '{@link org.threatwright.model.BoundaryKind <em>Boundary Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.BoundaryKind
	 * @see org.threatwright.model.impl.TwPackageImpl#getBoundaryKind()
	 * @generated
	 */
	int BOUNDARY_KIND = 40;

	/**
	 * The meta object id for the '{@link org.threatwright.model.ComponentType <em>Component Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.ComponentType
	 * @see org.threatwright.model.impl.TwPackageImpl#getComponentType()
	 * @generated
	 */
	int COMPONENT_TYPE = 41;

	/**
	 * The meta object id for the '{@link org.threatwright.model.ComponentOrigin <em>Component Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.ComponentOrigin
	 * @see org.threatwright.model.impl.TwPackageImpl#getComponentOrigin()
	 * @generated
	 */
	int COMPONENT_ORIGIN = 42;

	/**
	 * The meta object id for the '{@link org.threatwright.model.UpdateMethod <em>Update Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.UpdateMethod
	 * @see org.threatwright.model.impl.TwPackageImpl#getUpdateMethod()
	 * @generated
	 */
	int UPDATE_METHOD = 43;

	/**
	 * The meta object id for the '{@link org.threatwright.model.AssumptionStatus <em>Assumption Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.threatwright.model.AssumptionStatus
	 * @see org.threatwright.model.impl.TwPackageImpl#getAssumptionStatus()
	 * @generated
	 */
	int ASSUMPTION_STATUS = 44;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.threatwright.model.impl.TwPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 45;


	/**
	 * Returns the meta object for class '{@link org.threatwright.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Element</em>'.
	 * @see org.threatwright.model.ModelElement
	 * @generated
	 */
	EClass getModelElement();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.ModelElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.threatwright.model.ModelElement#getId()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.ModelElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.threatwright.model.ModelElement#getName()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.ModelElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.threatwright.model.ModelElement#getDescription()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.threatwright.model.ModelElement#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.threatwright.model.ModelElement#getTags()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.ModelElement#getExternalIds <em>External Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>External Ids</em>'.
	 * @see org.threatwright.model.ModelElement#getExternalIds()
	 * @see #getModelElement()
	 * @generated
	 */
	EReference getModelElement_ExternalIds();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.ExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Id</em>'.
	 * @see org.threatwright.model.ExternalId
	 * @generated
	 */
	EClass getExternalId();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.ExternalId#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.threatwright.model.ExternalId#getSource()
	 * @see #getExternalId()
	 * @generated
	 */
	EAttribute getExternalId_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.ExternalId#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.threatwright.model.ExternalId#getValue()
	 * @see #getExternalId()
	 * @generated
	 */
	EAttribute getExternalId_Value();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.SystemModel <em>System Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Model</em>'.
	 * @see org.threatwright.model.SystemModel
	 * @generated
	 */
	EClass getSystemModel();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.SystemModel#getRelease <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release</em>'.
	 * @see org.threatwright.model.SystemModel#getRelease()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_Release();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.SystemModel#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see org.threatwright.model.SystemModel#getManufacturer()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.SystemModel#getComplianceClass <em>Compliance Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compliance Class</em>'.
	 * @see org.threatwright.model.SystemModel#getComplianceClass()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_ComplianceClass();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.SystemModel#getSupportedUntil <em>Supported Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supported Until</em>'.
	 * @see org.threatwright.model.SystemModel#getSupportedUntil()
	 * @see #getSystemModel()
	 * @generated
	 */
	EAttribute getSystemModel_SupportedUntil();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.SystemModel#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.threatwright.model.SystemModel#getPeople()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_People();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.SystemModel#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.threatwright.model.SystemModel#getRoles()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.SystemModel#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.threatwright.model.SystemModel#getElements()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Elements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.SystemModel#getFlows <em>Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flows</em>'.
	 * @see org.threatwright.model.SystemModel#getFlows()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Flows();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.SystemModel#getBoundaries <em>Boundaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boundaries</em>'.
	 * @see org.threatwright.model.SystemModel#getBoundaries()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Boundaries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.SystemModel#getDataAssets <em>Data Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Assets</em>'.
	 * @see org.threatwright.model.SystemModel#getDataAssets()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_DataAssets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.SystemModel#getSuppliers <em>Suppliers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Suppliers</em>'.
	 * @see org.threatwright.model.SystemModel#getSuppliers()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Suppliers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.SystemModel#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assumptions</em>'.
	 * @see org.threatwright.model.SystemModel#getAssumptions()
	 * @see #getSystemModel()
	 * @generated
	 */
	EReference getSystemModel_Assumptions();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.threatwright.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.threatwright.model.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Person#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see org.threatwright.model.Person#getOrganisation()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Organisation();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Assignment</em>'.
	 * @see org.threatwright.model.RoleAssignment
	 * @generated
	 */
	EClass getRoleAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.RoleAssignment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.threatwright.model.RoleAssignment#getKind()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.RoleAssignment#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.threatwright.model.RoleAssignment#getPerson()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Person();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.threatwright.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.Element#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.threatwright.model.Element#getOwner()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Element#isSafetyRelevant <em>Safety Relevant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safety Relevant</em>'.
	 * @see org.threatwright.model.Element#isSafetyRelevant()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_SafetyRelevant();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.Element#getHostedOn <em>Hosted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hosted On</em>'.
	 * @see org.threatwright.model.Element#getHostedOn()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_HostedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.Element#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see org.threatwright.model.Element#getInterfaces()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Interfaces();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.Element#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.threatwright.model.Element#getComponents()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Components();

	/**
	 * Returns the meta object for the reference list '{@link org.threatwright.model.Element#getDataAssets <em>Data Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Assets</em>'.
	 * @see org.threatwright.model.Element#getDataAssets()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_DataAssets();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.threatwright.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Device#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.threatwright.model.Device#getCategory()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Device#isSecureBoot <em>Secure Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secure Boot</em>'.
	 * @see org.threatwright.model.Device#isSecureBoot()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SecureBoot();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Device#isHardwareRootOfTrust <em>Hardware Root Of Trust</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Root Of Trust</em>'.
	 * @see org.threatwright.model.Device#isHardwareRootOfTrust()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_HardwareRootOfTrust();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Device#isSecureStorage <em>Secure Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secure Storage</em>'.
	 * @see org.threatwright.model.Device#isSecureStorage()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SecureStorage();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Device#isSecretsInFirmware <em>Secrets In Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secrets In Firmware</em>'.
	 * @see org.threatwright.model.Device#isSecretsInFirmware()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SecretsInFirmware();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Device#isTamperResistant <em>Tamper Resistant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tamper Resistant</em>'.
	 * @see org.threatwright.model.Device#isTamperResistant()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_TamperResistant();

	/**
	 * Returns the meta object for the containment reference '{@link org.threatwright.model.Device#getUpdateMechanism <em>Update Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Update Mechanism</em>'.
	 * @see org.threatwright.model.Device#getUpdateMechanism()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_UpdateMechanism();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Gateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gateway</em>'.
	 * @see org.threatwright.model.Gateway
	 * @generated
	 */
	EClass getGateway();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.CloudService <em>Cloud Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cloud Service</em>'.
	 * @see org.threatwright.model.CloudService
	 * @generated
	 */
	EClass getCloudService();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.CloudService#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.threatwright.model.CloudService#getProvider()
	 * @see #getCloudService()
	 * @generated
	 */
	EAttribute getCloudService_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.CloudService#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.threatwright.model.CloudService#getRegion()
	 * @see #getCloudService()
	 * @generated
	 */
	EAttribute getCloudService_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.CloudService#getServiceModel <em>Service Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Model</em>'.
	 * @see org.threatwright.model.CloudService#getServiceModel()
	 * @see #getCloudService()
	 * @generated
	 */
	EAttribute getCloudService_ServiceModel();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.MobileApp <em>Mobile App</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mobile App</em>'.
	 * @see org.threatwright.model.MobileApp
	 * @generated
	 */
	EClass getMobileApp();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.MobileApp#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see org.threatwright.model.MobileApp#getPlatform()
	 * @see #getMobileApp()
	 * @generated
	 */
	EAttribute getMobileApp_Platform();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.MobileApp#isCertificatePinning <em>Certificate Pinning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate Pinning</em>'.
	 * @see org.threatwright.model.MobileApp#isCertificatePinning()
	 * @see #getMobileApp()
	 * @generated
	 */
	EAttribute getMobileApp_CertificatePinning();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.WebApp <em>Web App</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Web App</em>'.
	 * @see org.threatwright.model.WebApp
	 * @generated
	 */
	EClass getWebApp();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process</em>'.
	 * @see org.threatwright.model.Process
	 * @generated
	 */
	EClass getProcess();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Process#isPrivileged <em>Privileged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Privileged</em>'.
	 * @see org.threatwright.model.Process#isPrivileged()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Privileged();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.DataStore <em>Data Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Store</em>'.
	 * @see org.threatwright.model.DataStore
	 * @generated
	 */
	EClass getDataStore();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataStore#isHoldsLogs <em>Holds Logs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Holds Logs</em>'.
	 * @see org.threatwright.model.DataStore#isHoldsLogs()
	 * @see #getDataStore()
	 * @generated
	 */
	EAttribute getDataStore_HoldsLogs();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataStore#isEncryptedAtRest <em>Encrypted At Rest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted At Rest</em>'.
	 * @see org.threatwright.model.DataStore#isEncryptedAtRest()
	 * @see #getDataStore()
	 * @generated
	 */
	EAttribute getDataStore_EncryptedAtRest();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataStore#getTechnology <em>Technology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technology</em>'.
	 * @see org.threatwright.model.DataStore#getTechnology()
	 * @see #getDataStore()
	 * @generated
	 */
	EAttribute getDataStore_Technology();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.ExternalEntity <em>External Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Entity</em>'.
	 * @see org.threatwright.model.ExternalEntity
	 * @generated
	 */
	EClass getExternalEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.ExternalEntity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.threatwright.model.ExternalEntity#getKind()
	 * @see #getExternalEntity()
	 * @generated
	 */
	EAttribute getExternalEntity_Kind();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Interface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface</em>'.
	 * @see org.threatwright.model.Interface
	 * @generated
	 */
	EClass getInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.threatwright.model.Interface#getKind()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#getTechnology <em>Technology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technology</em>'.
	 * @see org.threatwright.model.Interface#getTechnology()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Technology();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.threatwright.model.Interface#getProtocol()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#getExposure <em>Exposure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exposure</em>'.
	 * @see org.threatwright.model.Interface#getExposure()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Exposure();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#getAuthentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authentication</em>'.
	 * @see org.threatwright.model.Interface#getAuthentication()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Authentication();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#getCredentials <em>Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credentials</em>'.
	 * @see org.threatwright.model.Interface#getCredentials()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Credentials();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#getPairing <em>Pairing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pairing</em>'.
	 * @see org.threatwright.model.Interface#getPairing()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Pairing();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#isEnabledInProduction <em>Enabled In Production</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled In Production</em>'.
	 * @see org.threatwright.model.Interface#isEnabledInProduction()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_EnabledInProduction();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Interface#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.threatwright.model.Interface#getPort()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Port();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.DataFlow <em>Data Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Flow</em>'.
	 * @see org.threatwright.model.DataFlow
	 * @generated
	 */
	EClass getDataFlow();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.DataFlow#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.threatwright.model.DataFlow#getSource()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_Source();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.DataFlow#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.threatwright.model.DataFlow#getTarget()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_Target();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.DataFlow#getSourceInterface <em>Source Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Interface</em>'.
	 * @see org.threatwright.model.DataFlow#getSourceInterface()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_SourceInterface();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.DataFlow#getTargetInterface <em>Target Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Interface</em>'.
	 * @see org.threatwright.model.DataFlow#getTargetInterface()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_TargetInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataFlow#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.threatwright.model.DataFlow#getProtocol()
	 * @see #getDataFlow()
	 * @generated
	 */
	EAttribute getDataFlow_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataFlow#getAuthentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authentication</em>'.
	 * @see org.threatwright.model.DataFlow#getAuthentication()
	 * @see #getDataFlow()
	 * @generated
	 */
	EAttribute getDataFlow_Authentication();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataFlow#getAuthorization <em>Authorization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authorization</em>'.
	 * @see org.threatwright.model.DataFlow#getAuthorization()
	 * @see #getDataFlow()
	 * @generated
	 */
	EAttribute getDataFlow_Authorization();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataFlow#getEncryption <em>Encryption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encryption</em>'.
	 * @see org.threatwright.model.DataFlow#getEncryption()
	 * @see #getDataFlow()
	 * @generated
	 */
	EAttribute getDataFlow_Encryption();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataFlow#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.threatwright.model.DataFlow#getDirection()
	 * @see #getDataFlow()
	 * @generated
	 */
	EAttribute getDataFlow_Direction();

	/**
	 * Returns the meta object for the reference list '{@link org.threatwright.model.DataFlow#getDataAssets <em>Data Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Assets</em>'.
	 * @see org.threatwright.model.DataFlow#getDataAssets()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_DataAssets();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.DataAsset <em>Data Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Asset</em>'.
	 * @see org.threatwright.model.DataAsset
	 * @generated
	 */
	EClass getDataAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataAsset#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.threatwright.model.DataAsset#getCategory()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataAsset#getConfidentiality <em>Confidentiality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidentiality</em>'.
	 * @see org.threatwright.model.DataAsset#getConfidentiality()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_Confidentiality();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataAsset#getIntegrity <em>Integrity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Integrity</em>'.
	 * @see org.threatwright.model.DataAsset#getIntegrity()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_Integrity();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataAsset#getAvailability <em>Availability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Availability</em>'.
	 * @see org.threatwright.model.DataAsset#getAvailability()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_Availability();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.DataAsset#isPersonalData <em>Personal Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal Data</em>'.
	 * @see org.threatwright.model.DataAsset#isPersonalData()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_PersonalData();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.TrustBoundary <em>Trust Boundary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trust Boundary</em>'.
	 * @see org.threatwright.model.TrustBoundary
	 * @generated
	 */
	EClass getTrustBoundary();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.TrustBoundary#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.threatwright.model.TrustBoundary#getKind()
	 * @see #getTrustBoundary()
	 * @generated
	 */
	EAttribute getTrustBoundary_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.TrustBoundary#getTrustLevel <em>Trust Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trust Level</em>'.
	 * @see org.threatwright.model.TrustBoundary#getTrustLevel()
	 * @see #getTrustBoundary()
	 * @generated
	 */
	EAttribute getTrustBoundary_TrustLevel();

	/**
	 * Returns the meta object for the reference list '{@link org.threatwright.model.TrustBoundary#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.threatwright.model.TrustBoundary#getMembers()
	 * @see #getTrustBoundary()
	 * @generated
	 */
	EReference getTrustBoundary_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.TrustBoundary#getBoundaries <em>Boundaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boundaries</em>'.
	 * @see org.threatwright.model.TrustBoundary#getBoundaries()
	 * @see #getTrustBoundary()
	 * @generated
	 */
	EReference getTrustBoundary_Boundaries();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component</em>'.
	 * @see org.threatwright.model.Component
	 * @generated
	 */
	EClass getComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Component#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.threatwright.model.Component#getType()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Component#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.threatwright.model.Component#getOrigin()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Origin();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.Component#getSupplier <em>Supplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supplier</em>'.
	 * @see org.threatwright.model.Component#getSupplier()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Supplier();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Component#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.threatwright.model.Component#getVersion()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Component#getPurl <em>Purl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purl</em>'.
	 * @see org.threatwright.model.Component#getPurl()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Purl();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Component#getCpe <em>Cpe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpe</em>'.
	 * @see org.threatwright.model.Component#getCpe()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Cpe();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Component#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see org.threatwright.model.Component#getLicence()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Licence();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Component#getEndOfSupport <em>End Of Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Of Support</em>'.
	 * @see org.threatwright.model.Component#getEndOfSupport()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_EndOfSupport();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.Component#getAssessor <em>Assessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessor</em>'.
	 * @see org.threatwright.model.Component#getAssessor()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Assessor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.threatwright.model.Component#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.threatwright.model.Component#getComponents()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Components();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Supplier <em>Supplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supplier</em>'.
	 * @see org.threatwright.model.Supplier
	 * @generated
	 */
	EClass getSupplier();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Supplier#getSecurityContact <em>Security Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Contact</em>'.
	 * @see org.threatwright.model.Supplier#getSecurityContact()
	 * @see #getSupplier()
	 * @generated
	 */
	EAttribute getSupplier_SecurityContact();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Supplier#getSecureDesignEvidence <em>Secure Design Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secure Design Evidence</em>'.
	 * @see org.threatwright.model.Supplier#getSecureDesignEvidence()
	 * @see #getSupplier()
	 * @generated
	 */
	EAttribute getSupplier_SecureDesignEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Supplier#getWebsite <em>Website</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Website</em>'.
	 * @see org.threatwright.model.Supplier#getWebsite()
	 * @see #getSupplier()
	 * @generated
	 */
	EAttribute getSupplier_Website();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.UpdateMechanism <em>Update Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Mechanism</em>'.
	 * @see org.threatwright.model.UpdateMechanism
	 * @generated
	 */
	EClass getUpdateMechanism();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.UpdateMechanism#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.threatwright.model.UpdateMechanism#getMethod()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EAttribute getUpdateMechanism_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.UpdateMechanism#isSigned <em>Signed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed</em>'.
	 * @see org.threatwright.model.UpdateMechanism#isSigned()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EAttribute getUpdateMechanism_Signed();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.UpdateMechanism#isEncrypted <em>Encrypted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted</em>'.
	 * @see org.threatwright.model.UpdateMechanism#isEncrypted()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EAttribute getUpdateMechanism_Encrypted();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.UpdateMechanism#isRollbackProtection <em>Rollback Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rollback Protection</em>'.
	 * @see org.threatwright.model.UpdateMechanism#isRollbackProtection()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EAttribute getUpdateMechanism_RollbackProtection();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.UpdateMechanism#isAutomatic <em>Automatic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automatic</em>'.
	 * @see org.threatwright.model.UpdateMechanism#isAutomatic()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EAttribute getUpdateMechanism_Automatic();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.UpdateMechanism#isUserCanDisable <em>User Can Disable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Can Disable</em>'.
	 * @see org.threatwright.model.UpdateMechanism#isUserCanDisable()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EAttribute getUpdateMechanism_UserCanDisable();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.UpdateMechanism#isUserCanDefer <em>User Can Defer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Can Defer</em>'.
	 * @see org.threatwright.model.UpdateMechanism#isUserCanDefer()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EAttribute getUpdateMechanism_UserCanDefer();

	/**
	 * Returns the meta object for the reference '{@link org.threatwright.model.UpdateMechanism#getDeliveredBy <em>Delivered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Delivered By</em>'.
	 * @see org.threatwright.model.UpdateMechanism#getDeliveredBy()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EReference getUpdateMechanism_DeliveredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.UpdateMechanism#getSecurityUpdatesUntil <em>Security Updates Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Updates Until</em>'.
	 * @see org.threatwright.model.UpdateMechanism#getSecurityUpdatesUntil()
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	EAttribute getUpdateMechanism_SecurityUpdatesUntil();

	/**
	 * Returns the meta object for class '{@link org.threatwright.model.Assumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assumption</em>'.
	 * @see org.threatwright.model.Assumption
	 * @generated
	 */
	EClass getAssumption();

	/**
	 * Returns the meta object for the attribute '{@link org.threatwright.model.Assumption#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.threatwright.model.Assumption#getStatus()
	 * @see #getAssumption()
	 * @generated
	 */
	EAttribute getAssumption_Status();

	/**
	 * Returns the meta object for the reference list '{@link org.threatwright.model.Assumption#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Subjects</em>'.
	 * @see org.threatwright.model.Assumption#getSubjects()
	 * @see #getAssumption()
	 * @generated
	 */
	EReference getAssumption_Subjects();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.ComplianceClass <em>Compliance Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Compliance Class</em>'.
	 * @see org.threatwright.model.ComplianceClass
	 * @generated
	 */
	EEnum getComplianceClass();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.RoleKind <em>Role Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role Kind</em>'.
	 * @see org.threatwright.model.RoleKind
	 * @generated
	 */
	EEnum getRoleKind();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.ExternalEntityKind <em>External Entity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>External Entity Kind</em>'.
	 * @see org.threatwright.model.ExternalEntityKind
	 * @generated
	 */
	EEnum getExternalEntityKind();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.DeviceCategory <em>Device Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Category</em>'.
	 * @see org.threatwright.model.DeviceCategory
	 * @generated
	 */
	EEnum getDeviceCategory();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.CloudServiceModel <em>Cloud Service Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cloud Service Model</em>'.
	 * @see org.threatwright.model.CloudServiceModel
	 * @generated
	 */
	EEnum getCloudServiceModel();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.MobilePlatform <em>Mobile Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mobile Platform</em>'.
	 * @see org.threatwright.model.MobilePlatform
	 * @generated
	 */
	EEnum getMobilePlatform();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.InterfaceKind <em>Interface Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Kind</em>'.
	 * @see org.threatwright.model.InterfaceKind
	 * @generated
	 */
	EEnum getInterfaceKind();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.InterfaceTechnology <em>Interface Technology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Technology</em>'.
	 * @see org.threatwright.model.InterfaceTechnology
	 * @generated
	 */
	EEnum getInterfaceTechnology();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.Exposure <em>Exposure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Exposure</em>'.
	 * @see org.threatwright.model.Exposure
	 * @generated
	 */
	EEnum getExposure();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.Authentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Authentication</em>'.
	 * @see org.threatwright.model.Authentication
	 * @generated
	 */
	EEnum getAuthentication();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.Authorization <em>Authorization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Authorization</em>'.
	 * @see org.threatwright.model.Authorization
	 * @generated
	 */
	EEnum getAuthorization();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.Encryption <em>Encryption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Encryption</em>'.
	 * @see org.threatwright.model.Encryption
	 * @generated
	 */
	EEnum getEncryption();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.CredentialProvisioning <em>Credential Provisioning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Credential Provisioning</em>'.
	 * @see org.threatwright.model.CredentialProvisioning
	 * @generated
	 */
	EEnum getCredentialProvisioning();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.PairingMethod <em>Pairing Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pairing Method</em>'.
	 * @see org.threatwright.model.PairingMethod
	 * @generated
	 */
	EEnum getPairingMethod();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.FlowDirection <em>Flow Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Flow Direction</em>'.
	 * @see org.threatwright.model.FlowDirection
	 * @generated
	 */
	EEnum getFlowDirection();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol</em>'.
	 * @see org.threatwright.model.Protocol
	 * @generated
	 */
	EEnum getProtocol();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.SecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Security Level</em>'.
	 * @see org.threatwright.model.SecurityLevel
	 * @generated
	 */
	EEnum getSecurityLevel();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.DataCategory <em>Data Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Category</em>'.
	 * @see org.threatwright.model.DataCategory
	 * @generated
	 */
	EEnum getDataCategory();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.BoundaryKind <em>Boundary Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Boundary Kind</em>'.
	 * @see org.threatwright.model.BoundaryKind
	 * @generated
	 */
	EEnum getBoundaryKind();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.ComponentType <em>Component Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Type</em>'.
	 * @see org.threatwright.model.ComponentType
	 * @generated
	 */
	EEnum getComponentType();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.ComponentOrigin <em>Component Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Origin</em>'.
	 * @see org.threatwright.model.ComponentOrigin
	 * @generated
	 */
	EEnum getComponentOrigin();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.UpdateMethod <em>Update Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Method</em>'.
	 * @see org.threatwright.model.UpdateMethod
	 * @generated
	 */
	EEnum getUpdateMethod();

	/**
	 * Returns the meta object for enum '{@link org.threatwright.model.AssumptionStatus <em>Assumption Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assumption Status</em>'.
	 * @see org.threatwright.model.AssumptionStatus
	 * @generated
	 */
	EEnum getAssumptionStatus();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, written as ISO 8601 (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TwFactory getTwFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.ModelElementImpl <em>Model Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.ModelElementImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getModelElement()
		 * @generated
		 */
		EClass MODEL_ELEMENT = eINSTANCE.getModelElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__ID = eINSTANCE.getModelElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__NAME = eINSTANCE.getModelElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__DESCRIPTION = eINSTANCE.getModelElement_Description();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__TAGS = eINSTANCE.getModelElement_Tags();

		/**
		 * The meta object literal for the '<em><b>External Ids</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_ELEMENT__EXTERNAL_IDS = eINSTANCE.getModelElement_ExternalIds();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.ExternalIdImpl <em>External Id</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.ExternalIdImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getExternalId()
		 * @generated
		 */
		EClass EXTERNAL_ID = eINSTANCE.getExternalId();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_ID__SOURCE = eINSTANCE.getExternalId_Source();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_ID__VALUE = eINSTANCE.getExternalId_Value();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.SystemModelImpl <em>System Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.SystemModelImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getSystemModel()
		 * @generated
		 */
		EClass SYSTEM_MODEL = eINSTANCE.getSystemModel();

		/**
		 * The meta object literal for the '<em><b>Release</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__RELEASE = eINSTANCE.getSystemModel_Release();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__MANUFACTURER = eINSTANCE.getSystemModel_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Compliance Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__COMPLIANCE_CLASS = eINSTANCE.getSystemModel_ComplianceClass();

		/**
		 * The meta object literal for the '<em><b>Supported Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MODEL__SUPPORTED_UNTIL = eINSTANCE.getSystemModel_SupportedUntil();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__PEOPLE = eINSTANCE.getSystemModel_People();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__ROLES = eINSTANCE.getSystemModel_Roles();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__ELEMENTS = eINSTANCE.getSystemModel_Elements();

		/**
		 * The meta object literal for the '<em><b>Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__FLOWS = eINSTANCE.getSystemModel_Flows();

		/**
		 * The meta object literal for the '<em><b>Boundaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__BOUNDARIES = eINSTANCE.getSystemModel_Boundaries();

		/**
		 * The meta object literal for the '<em><b>Data Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__DATA_ASSETS = eINSTANCE.getSystemModel_DataAssets();

		/**
		 * The meta object literal for the '<em><b>Suppliers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__SUPPLIERS = eINSTANCE.getSystemModel_Suppliers();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MODEL__ASSUMPTIONS = eINSTANCE.getSystemModel_Assumptions();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.PersonImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ORGANISATION = eINSTANCE.getPerson_Organisation();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.RoleAssignmentImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getRoleAssignment()
		 * @generated
		 */
		EClass ROLE_ASSIGNMENT = eINSTANCE.getRoleAssignment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__KIND = eINSTANCE.getRoleAssignment_Kind();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__PERSON = eINSTANCE.getRoleAssignment_Person();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.ElementImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__OWNER = eINSTANCE.getElement_Owner();

		/**
		 * The meta object literal for the '<em><b>Safety Relevant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__SAFETY_RELEVANT = eINSTANCE.getElement_SafetyRelevant();

		/**
		 * The meta object literal for the '<em><b>Hosted On</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__HOSTED_ON = eINSTANCE.getElement_HostedOn();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__INTERFACES = eINSTANCE.getElement_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__COMPONENTS = eINSTANCE.getElement_Components();

		/**
		 * The meta object literal for the '<em><b>Data Assets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__DATA_ASSETS = eINSTANCE.getElement_DataAssets();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.DeviceImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__CATEGORY = eINSTANCE.getDevice_Category();

		/**
		 * The meta object literal for the '<em><b>Secure Boot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SECURE_BOOT = eINSTANCE.getDevice_SecureBoot();

		/**
		 * The meta object literal for the '<em><b>Hardware Root Of Trust</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__HARDWARE_ROOT_OF_TRUST = eINSTANCE.getDevice_HardwareRootOfTrust();

		/**
		 * The meta object literal for the '<em><b>Secure Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SECURE_STORAGE = eINSTANCE.getDevice_SecureStorage();

		/**
		 * The meta object literal for the '<em><b>Secrets In Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SECRETS_IN_FIRMWARE = eINSTANCE.getDevice_SecretsInFirmware();

		/**
		 * The meta object literal for the '<em><b>Tamper Resistant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__TAMPER_RESISTANT = eINSTANCE.getDevice_TamperResistant();

		/**
		 * The meta object literal for the '<em><b>Update Mechanism</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__UPDATE_MECHANISM = eINSTANCE.getDevice_UpdateMechanism();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.GatewayImpl <em>Gateway</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.GatewayImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getGateway()
		 * @generated
		 */
		EClass GATEWAY = eINSTANCE.getGateway();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.CloudServiceImpl <em>Cloud Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.CloudServiceImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getCloudService()
		 * @generated
		 */
		EClass CLOUD_SERVICE = eINSTANCE.getCloudService();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_SERVICE__PROVIDER = eINSTANCE.getCloudService_Provider();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_SERVICE__REGION = eINSTANCE.getCloudService_Region();

		/**
		 * The meta object literal for the '<em><b>Service Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD_SERVICE__SERVICE_MODEL = eINSTANCE.getCloudService_ServiceModel();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.MobileAppImpl <em>Mobile App</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.MobileAppImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getMobileApp()
		 * @generated
		 */
		EClass MOBILE_APP = eINSTANCE.getMobileApp();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOBILE_APP__PLATFORM = eINSTANCE.getMobileApp_Platform();

		/**
		 * The meta object literal for the '<em><b>Certificate Pinning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOBILE_APP__CERTIFICATE_PINNING = eINSTANCE.getMobileApp_CertificatePinning();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.WebAppImpl <em>Web App</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.WebAppImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getWebApp()
		 * @generated
		 */
		EClass WEB_APP = eINSTANCE.getWebApp();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.ProcessImpl <em>Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.ProcessImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getProcess()
		 * @generated
		 */
		EClass PROCESS = eINSTANCE.getProcess();

		/**
		 * The meta object literal for the '<em><b>Privileged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__PRIVILEGED = eINSTANCE.getProcess_Privileged();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.DataStoreImpl <em>Data Store</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.DataStoreImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getDataStore()
		 * @generated
		 */
		EClass DATA_STORE = eINSTANCE.getDataStore();

		/**
		 * The meta object literal for the '<em><b>Holds Logs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_STORE__HOLDS_LOGS = eINSTANCE.getDataStore_HoldsLogs();

		/**
		 * The meta object literal for the '<em><b>Encrypted At Rest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_STORE__ENCRYPTED_AT_REST = eINSTANCE.getDataStore_EncryptedAtRest();

		/**
		 * The meta object literal for the '<em><b>Technology</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_STORE__TECHNOLOGY = eINSTANCE.getDataStore_Technology();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.ExternalEntityImpl <em>External Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.ExternalEntityImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getExternalEntity()
		 * @generated
		 */
		EClass EXTERNAL_ENTITY = eINSTANCE.getExternalEntity();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_ENTITY__KIND = eINSTANCE.getExternalEntity_Kind();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.InterfaceImpl <em>Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.InterfaceImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getInterface()
		 * @generated
		 */
		EClass INTERFACE = eINSTANCE.getInterface();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__KIND = eINSTANCE.getInterface_Kind();

		/**
		 * The meta object literal for the '<em><b>Technology</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__TECHNOLOGY = eINSTANCE.getInterface_Technology();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__PROTOCOL = eINSTANCE.getInterface_Protocol();

		/**
		 * The meta object literal for the '<em><b>Exposure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__EXPOSURE = eINSTANCE.getInterface_Exposure();

		/**
		 * The meta object literal for the '<em><b>Authentication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__AUTHENTICATION = eINSTANCE.getInterface_Authentication();

		/**
		 * The meta object literal for the '<em><b>Credentials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__CREDENTIALS = eINSTANCE.getInterface_Credentials();

		/**
		 * The meta object literal for the '<em><b>Pairing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__PAIRING = eINSTANCE.getInterface_Pairing();

		/**
		 * The meta object literal for the '<em><b>Enabled In Production</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ENABLED_IN_PRODUCTION = eINSTANCE.getInterface_EnabledInProduction();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__PORT = eINSTANCE.getInterface_Port();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.DataFlowImpl <em>Data Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.DataFlowImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getDataFlow()
		 * @generated
		 */
		EClass DATA_FLOW = eINSTANCE.getDataFlow();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__SOURCE = eINSTANCE.getDataFlow_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__TARGET = eINSTANCE.getDataFlow_Target();

		/**
		 * The meta object literal for the '<em><b>Source Interface</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__SOURCE_INTERFACE = eINSTANCE.getDataFlow_SourceInterface();

		/**
		 * The meta object literal for the '<em><b>Target Interface</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__TARGET_INTERFACE = eINSTANCE.getDataFlow_TargetInterface();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW__PROTOCOL = eINSTANCE.getDataFlow_Protocol();

		/**
		 * The meta object literal for the '<em><b>Authentication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW__AUTHENTICATION = eINSTANCE.getDataFlow_Authentication();

		/**
		 * The meta object literal for the '<em><b>Authorization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW__AUTHORIZATION = eINSTANCE.getDataFlow_Authorization();

		/**
		 * The meta object literal for the '<em><b>Encryption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW__ENCRYPTION = eINSTANCE.getDataFlow_Encryption();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW__DIRECTION = eINSTANCE.getDataFlow_Direction();

		/**
		 * The meta object literal for the '<em><b>Data Assets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__DATA_ASSETS = eINSTANCE.getDataFlow_DataAssets();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.DataAssetImpl <em>Data Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.DataAssetImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getDataAsset()
		 * @generated
		 */
		EClass DATA_ASSET = eINSTANCE.getDataAsset();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__CATEGORY = eINSTANCE.getDataAsset_Category();

		/**
		 * The meta object literal for the '<em><b>Confidentiality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__CONFIDENTIALITY = eINSTANCE.getDataAsset_Confidentiality();

		/**
		 * The meta object literal for the '<em><b>Integrity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__INTEGRITY = eINSTANCE.getDataAsset_Integrity();

		/**
		 * The meta object literal for the '<em><b>Availability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__AVAILABILITY = eINSTANCE.getDataAsset_Availability();

		/**
		 * The meta object literal for the '<em><b>Personal Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__PERSONAL_DATA = eINSTANCE.getDataAsset_PersonalData();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.TrustBoundaryImpl <em>Trust Boundary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.TrustBoundaryImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getTrustBoundary()
		 * @generated
		 */
		EClass TRUST_BOUNDARY = eINSTANCE.getTrustBoundary();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_BOUNDARY__KIND = eINSTANCE.getTrustBoundary_Kind();

		/**
		 * The meta object literal for the '<em><b>Trust Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_BOUNDARY__TRUST_LEVEL = eINSTANCE.getTrustBoundary_TrustLevel();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST_BOUNDARY__MEMBERS = eINSTANCE.getTrustBoundary_Members();

		/**
		 * The meta object literal for the '<em><b>Boundaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST_BOUNDARY__BOUNDARIES = eINSTANCE.getTrustBoundary_Boundaries();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.ComponentImpl <em>Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.ComponentImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getComponent()
		 * @generated
		 */
		EClass COMPONENT = eINSTANCE.getComponent();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__TYPE = eINSTANCE.getComponent_Type();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__ORIGIN = eINSTANCE.getComponent_Origin();

		/**
		 * The meta object literal for the '<em><b>Supplier</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__SUPPLIER = eINSTANCE.getComponent_Supplier();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__VERSION = eINSTANCE.getComponent_Version();

		/**
		 * The meta object literal for the '<em><b>Purl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__PURL = eINSTANCE.getComponent_Purl();

		/**
		 * The meta object literal for the '<em><b>Cpe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__CPE = eINSTANCE.getComponent_Cpe();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__LICENCE = eINSTANCE.getComponent_Licence();

		/**
		 * The meta object literal for the '<em><b>End Of Support</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__END_OF_SUPPORT = eINSTANCE.getComponent_EndOfSupport();

		/**
		 * The meta object literal for the '<em><b>Assessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__ASSESSOR = eINSTANCE.getComponent_Assessor();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__COMPONENTS = eINSTANCE.getComponent_Components();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.SupplierImpl <em>Supplier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.SupplierImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getSupplier()
		 * @generated
		 */
		EClass SUPPLIER = eINSTANCE.getSupplier();

		/**
		 * The meta object literal for the '<em><b>Security Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLIER__SECURITY_CONTACT = eINSTANCE.getSupplier_SecurityContact();

		/**
		 * The meta object literal for the '<em><b>Secure Design Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLIER__SECURE_DESIGN_EVIDENCE = eINSTANCE.getSupplier_SecureDesignEvidence();

		/**
		 * The meta object literal for the '<em><b>Website</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLIER__WEBSITE = eINSTANCE.getSupplier_Website();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.UpdateMechanismImpl <em>Update Mechanism</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.UpdateMechanismImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getUpdateMechanism()
		 * @generated
		 */
		EClass UPDATE_MECHANISM = eINSTANCE.getUpdateMechanism();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MECHANISM__METHOD = eINSTANCE.getUpdateMechanism_Method();

		/**
		 * The meta object literal for the '<em><b>Signed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MECHANISM__SIGNED = eINSTANCE.getUpdateMechanism_Signed();

		/**
		 * The meta object literal for the '<em><b>Encrypted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MECHANISM__ENCRYPTED = eINSTANCE.getUpdateMechanism_Encrypted();

		/**
		 * The meta object literal for the '<em><b>Rollback Protection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MECHANISM__ROLLBACK_PROTECTION = eINSTANCE.getUpdateMechanism_RollbackProtection();

		/**
		 * The meta object literal for the '<em><b>Automatic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MECHANISM__AUTOMATIC = eINSTANCE.getUpdateMechanism_Automatic();

		/**
		 * The meta object literal for the '<em><b>User Can Disable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MECHANISM__USER_CAN_DISABLE = eINSTANCE.getUpdateMechanism_UserCanDisable();

		/**
		 * The meta object literal for the '<em><b>User Can Defer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MECHANISM__USER_CAN_DEFER = eINSTANCE.getUpdateMechanism_UserCanDefer();

		/**
		 * The meta object literal for the '<em><b>Delivered By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATE_MECHANISM__DELIVERED_BY = eINSTANCE.getUpdateMechanism_DeliveredBy();

		/**
		 * The meta object literal for the '<em><b>Security Updates Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL = eINSTANCE.getUpdateMechanism_SecurityUpdatesUntil();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.impl.AssumptionImpl <em>Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.impl.AssumptionImpl
		 * @see org.threatwright.model.impl.TwPackageImpl#getAssumption()
		 * @generated
		 */
		EClass ASSUMPTION = eINSTANCE.getAssumption();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSUMPTION__STATUS = eINSTANCE.getAssumption_Status();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSUMPTION__SUBJECTS = eINSTANCE.getAssumption_Subjects();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.ComplianceClass <em>Compliance Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.ComplianceClass
		 * @see org.threatwright.model.impl.TwPackageImpl#getComplianceClass()
		 * @generated
		 */
		EEnum COMPLIANCE_CLASS = eINSTANCE.getComplianceClass();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.RoleKind <em>Role Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.RoleKind
		 * @see org.threatwright.model.impl.TwPackageImpl#getRoleKind()
		 * @generated
		 */
		EEnum ROLE_KIND = eINSTANCE.getRoleKind();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.ExternalEntityKind <em>External Entity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.ExternalEntityKind
		 * @see org.threatwright.model.impl.TwPackageImpl#getExternalEntityKind()
		 * @generated
		 */
		EEnum EXTERNAL_ENTITY_KIND = eINSTANCE.getExternalEntityKind();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.DeviceCategory <em>Device Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.DeviceCategory
		 * @see org.threatwright.model.impl.TwPackageImpl#getDeviceCategory()
		 * @generated
		 */
		EEnum DEVICE_CATEGORY = eINSTANCE.getDeviceCategory();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.CloudServiceModel <em>Cloud Service Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.CloudServiceModel
		 * @see org.threatwright.model.impl.TwPackageImpl#getCloudServiceModel()
		 * @generated
		 */
		EEnum CLOUD_SERVICE_MODEL = eINSTANCE.getCloudServiceModel();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.MobilePlatform <em>Mobile Platform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.MobilePlatform
		 * @see org.threatwright.model.impl.TwPackageImpl#getMobilePlatform()
		 * @generated
		 */
		EEnum MOBILE_PLATFORM = eINSTANCE.getMobilePlatform();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.InterfaceKind <em>Interface Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.InterfaceKind
		 * @see org.threatwright.model.impl.TwPackageImpl#getInterfaceKind()
		 * @generated
		 */
		EEnum INTERFACE_KIND = eINSTANCE.getInterfaceKind();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.InterfaceTechnology <em>Interface Technology</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.InterfaceTechnology
		 * @see org.threatwright.model.impl.TwPackageImpl#getInterfaceTechnology()
		 * @generated
		 */
		EEnum INTERFACE_TECHNOLOGY = eINSTANCE.getInterfaceTechnology();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.Exposure <em>Exposure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.Exposure
		 * @see org.threatwright.model.impl.TwPackageImpl#getExposure()
		 * @generated
		 */
		EEnum EXPOSURE = eINSTANCE.getExposure();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.Authentication <em>Authentication</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.Authentication
		 * @see org.threatwright.model.impl.TwPackageImpl#getAuthentication()
		 * @generated
		 */
		EEnum AUTHENTICATION = eINSTANCE.getAuthentication();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.Authorization <em>Authorization</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.Authorization
		 * @see org.threatwright.model.impl.TwPackageImpl#getAuthorization()
		 * @generated
		 */
		EEnum AUTHORIZATION = eINSTANCE.getAuthorization();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.Encryption <em>Encryption</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.Encryption
		 * @see org.threatwright.model.impl.TwPackageImpl#getEncryption()
		 * @generated
		 */
		EEnum ENCRYPTION = eINSTANCE.getEncryption();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.CredentialProvisioning <em>Credential Provisioning</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.CredentialProvisioning
		 * @see org.threatwright.model.impl.TwPackageImpl#getCredentialProvisioning()
		 * @generated
		 */
		EEnum CREDENTIAL_PROVISIONING = eINSTANCE.getCredentialProvisioning();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.PairingMethod <em>Pairing Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.PairingMethod
		 * @see org.threatwright.model.impl.TwPackageImpl#getPairingMethod()
		 * @generated
		 */
		EEnum PAIRING_METHOD = eINSTANCE.getPairingMethod();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.FlowDirection <em>Flow Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.FlowDirection
		 * @see org.threatwright.model.impl.TwPackageImpl#getFlowDirection()
		 * @generated
		 */
		EEnum FLOW_DIRECTION = eINSTANCE.getFlowDirection();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.Protocol <em>Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.Protocol
		 * @see org.threatwright.model.impl.TwPackageImpl#getProtocol()
		 * @generated
		 */
		EEnum PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.SecurityLevel <em>Security Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.SecurityLevel
		 * @see org.threatwright.model.impl.TwPackageImpl#getSecurityLevel()
		 * @generated
		 */
		EEnum SECURITY_LEVEL = eINSTANCE.getSecurityLevel();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.DataCategory <em>Data Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.DataCategory
		 * @see org.threatwright.model.impl.TwPackageImpl#getDataCategory()
		 * @generated
		 */
		EEnum DATA_CATEGORY = eINSTANCE.getDataCategory();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.BoundaryKind <em>Boundary Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.BoundaryKind
		 * @see org.threatwright.model.impl.TwPackageImpl#getBoundaryKind()
		 * @generated
		 */
		EEnum BOUNDARY_KIND = eINSTANCE.getBoundaryKind();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.ComponentType <em>Component Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.ComponentType
		 * @see org.threatwright.model.impl.TwPackageImpl#getComponentType()
		 * @generated
		 */
		EEnum COMPONENT_TYPE = eINSTANCE.getComponentType();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.ComponentOrigin <em>Component Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.ComponentOrigin
		 * @see org.threatwright.model.impl.TwPackageImpl#getComponentOrigin()
		 * @generated
		 */
		EEnum COMPONENT_ORIGIN = eINSTANCE.getComponentOrigin();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.UpdateMethod <em>Update Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.UpdateMethod
		 * @see org.threatwright.model.impl.TwPackageImpl#getUpdateMethod()
		 * @generated
		 */
		EEnum UPDATE_METHOD = eINSTANCE.getUpdateMethod();

		/**
		 * The meta object literal for the '{@link org.threatwright.model.AssumptionStatus <em>Assumption Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.threatwright.model.AssumptionStatus
		 * @see org.threatwright.model.impl.TwPackageImpl#getAssumptionStatus()
		 * @generated
		 */
		EEnum ASSUMPTION_STATUS = eINSTANCE.getAssumptionStatus();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.threatwright.model.impl.TwPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //TwPackage
