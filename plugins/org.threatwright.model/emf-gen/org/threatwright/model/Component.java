/**
 */
package org.threatwright.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A hardware, firmware or software component built into an element, own or third-party: one line of the bill of materials.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.Component#getType <em>Type</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getVersion <em>Version</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getPurl <em>Purl</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getCpe <em>Cpe</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getLicence <em>Licence</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getEndOfSupport <em>End Of Support</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link org.threatwright.model.Component#getComponents <em>Components</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getComponent()
 * @model
 * @generated
 */
public interface Component extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.ComponentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.threatwright.model.ComponentType
	 * @see #setType(ComponentType)
	 * @see org.threatwright.model.TwPackage#getComponent_Type()
	 * @model
	 * @generated
	 */
	ComponentType getType();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.threatwright.model.ComponentType
	 * @see #getType()
	 * @generated
	 */
	void setType(ComponentType value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.ComponentOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.threatwright.model.ComponentOrigin
	 * @see #setOrigin(ComponentOrigin)
	 * @see org.threatwright.model.TwPackage#getComponent_Origin()
	 * @model
	 * @generated
	 */
	ComponentOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.threatwright.model.ComponentOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(ComponentOrigin value);

	/**
	 * Returns the value of the '<em><b>Supplier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who supplies it; required for third-party components.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supplier</em>' reference.
	 * @see #setSupplier(Supplier)
	 * @see org.threatwright.model.TwPackage#getComponent_Supplier()
	 * @model
	 * @generated
	 */
	Supplier getSupplier();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getSupplier <em>Supplier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplier</em>' reference.
	 * @see #getSupplier()
	 * @generated
	 */
	void setSupplier(Supplier value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.threatwright.model.TwPackage#getComponent_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Purl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Package URL (purl) used to monitor the component for vulnerabilities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purl</em>' attribute.
	 * @see #setPurl(String)
	 * @see org.threatwright.model.TwPackage#getComponent_Purl()
	 * @model
	 * @generated
	 */
	String getPurl();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getPurl <em>Purl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purl</em>' attribute.
	 * @see #getPurl()
	 * @generated
	 */
	void setPurl(String value);

	/**
	 * Returns the value of the '<em><b>Cpe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPE 2.3 name used to monitor the component for vulnerabilities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpe</em>' attribute.
	 * @see #setCpe(String)
	 * @see org.threatwright.model.TwPackage#getComponent_Cpe()
	 * @model
	 * @generated
	 */
	String getCpe();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getCpe <em>Cpe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpe</em>' attribute.
	 * @see #getCpe()
	 * @generated
	 */
	void setCpe(String value);

	/**
	 * Returns the value of the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SPDX licence expression.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Licence</em>' attribute.
	 * @see #setLicence(String)
	 * @see org.threatwright.model.TwPackage#getComponent_Licence()
	 * @model
	 * @generated
	 */
	String getLicence();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getLicence <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence</em>' attribute.
	 * @see #getLicence()
	 * @generated
	 */
	void setLicence(String value);

	/**
	 * Returns the value of the '<em><b>End Of Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the supplier stops providing security fixes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Of Support</em>' attribute.
	 * @see #setEndOfSupport(LocalDate)
	 * @see org.threatwright.model.TwPackage#getComponent_EndOfSupport()
	 * @model dataType="org.threatwright.model.Date"
	 * @generated
	 */
	LocalDate getEndOfSupport();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getEndOfSupport <em>End Of Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Of Support</em>' attribute.
	 * @see #getEndOfSupport()
	 * @generated
	 */
	void setEndOfSupport(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Assessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The named person who assessed this third-party component (IoTSF 2.4.3.24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessor</em>' reference.
	 * @see #setAssessor(Person)
	 * @see org.threatwright.model.TwPackage#getComponent_Assessor()
	 * @model
	 * @generated
	 */
	Person getAssessor();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Component#getAssessor <em>Assessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessor</em>' reference.
	 * @see #getAssessor()
	 * @generated
	 */
	void setAssessor(Person value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-components (e.g. libraries inside a firmware image).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getComponent_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getComponents();

} // Component
