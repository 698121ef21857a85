/**
 */
package org.threatwright.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: one product (and one release of it) with everything drawn about it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.SystemModel#getRelease <em>Release</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getComplianceClass <em>Compliance Class</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getSupportedUntil <em>Supported Until</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getPeople <em>People</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getElements <em>Elements</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getBoundaries <em>Boundaries</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getDataAssets <em>Data Assets</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getSuppliers <em>Suppliers</em>}</li>
 *   <li>{@link org.threatwright.model.SystemModel#getAssumptions <em>Assumptions</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getSystemModel()
 * @model
 * @generated
 */
public interface SystemModel extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The release or version this model describes, e.g. '2.3.0'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Release</em>' attribute.
	 * @see #setRelease(String)
	 * @see org.threatwright.model.TwPackage#getSystemModel_Release()
	 * @model
	 * @generated
	 */
	String getRelease();

	/**
	 * Sets the value of the '{@link org.threatwright.model.SystemModel#getRelease <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release</em>' attribute.
	 * @see #getRelease()
	 * @generated
	 */
	void setRelease(String value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that places the product on the market.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see org.threatwright.model.TwPackage#getSystemModel_Manufacturer()
	 * @model
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link org.threatwright.model.SystemModel#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Compliance Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.ComplianceClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IoT Security Foundation compliance class the product is declared to meet (0-4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compliance Class</em>' attribute.
	 * @see org.threatwright.model.ComplianceClass
	 * @see #setComplianceClass(ComplianceClass)
	 * @see org.threatwright.model.TwPackage#getSystemModel_ComplianceClass()
	 * @model
	 * @generated
	 */
	ComplianceClass getComplianceClass();

	/**
	 * Sets the value of the '{@link org.threatwright.model.SystemModel#getComplianceClass <em>Compliance Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compliance Class</em>' attribute.
	 * @see org.threatwright.model.ComplianceClass
	 * @see #getComplianceClass()
	 * @generated
	 */
	void setComplianceClass(ComplianceClass value);

	/**
	 * Returns the value of the '<em><b>Supported Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the publicly declared support period of the product (IoTSF 2.4.3.9.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supported Until</em>' attribute.
	 * @see #setSupportedUntil(LocalDate)
	 * @see org.threatwright.model.TwPackage#getSystemModel_SupportedUntil()
	 * @model dataType="org.threatwright.model.Date"
	 * @generated
	 */
	LocalDate getSupportedUntil();

	/**
	 * Sets the value of the '{@link org.threatwright.model.SystemModel#getSupportedUntil <em>Supported Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supported Until</em>' attribute.
	 * @see #getSupportedUntil()
	 * @generated
	 */
	void setSupportedUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People who own, assess or are accountable for parts of the product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getSystemModel_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.RoleAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named roles and who holds them (IoTSF 2.4.3.1, 2.4.3.2, 2.4.3.24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getSystemModel_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoleAssignment> getRoles();

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Devices, gateways, services, apps, processes, data stores and external entities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getSystemModel_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Element> getElements();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.DataFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data flows between elements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getSystemModel_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataFlow> getFlows();

	/**
	 * Returns the value of the '<em><b>Boundaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.TrustBoundary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level trust boundaries; nested ones are inside them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boundaries</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getSystemModel_Boundaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrustBoundary> getBoundaries();

	/**
	 * Returns the value of the '<em><b>Data Assets</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.DataAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data the product handles, with its protection needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Assets</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getSystemModel_DataAssets()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataAsset> getDataAssets();

	/**
	 * Returns the value of the '<em><b>Suppliers</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.Supplier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suppliers of third-party components.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suppliers</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getSystemModel_Suppliers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Supplier> getSuppliers();

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.Assumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assumptions the analysis rests on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumptions</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getSystemModel_Assumptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assumption> getAssumptions();

} // SystemModel
