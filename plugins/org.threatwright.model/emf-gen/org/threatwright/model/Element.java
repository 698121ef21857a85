/**
 */
package org.threatwright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that is part of, or talks to, the system: drawn as a node in the diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.Element#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.threatwright.model.Element#isSafetyRelevant <em>Safety Relevant</em>}</li>
 *   <li>{@link org.threatwright.model.Element#getHostedOn <em>Hosted On</em>}</li>
 *   <li>{@link org.threatwright.model.Element#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.threatwright.model.Element#getComponents <em>Components</em>}</li>
 *   <li>{@link org.threatwright.model.Element#getDataAssets <em>Data Assets</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is responsible for this element (IoTSF 2.4.3.27: named owners).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.threatwright.model.TwPackage#getElement_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Element#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Safety Relevant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A malfunction or compromise of this element can harm people or property.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Safety Relevant</em>' attribute.
	 * @see #setSafetyRelevant(boolean)
	 * @see org.threatwright.model.TwPackage#getElement_SafetyRelevant()
	 * @model
	 * @generated
	 */
	boolean isSafetyRelevant();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Element#isSafetyRelevant <em>Safety Relevant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safety Relevant</em>' attribute.
	 * @see #isSafetyRelevant()
	 * @generated
	 */
	void setSafetyRelevant(boolean value);

	/**
	 * Returns the value of the '<em><b>Hosted On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element this one runs on or is deployed to (a process on a device, a data store in a cloud service).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hosted On</em>' reference.
	 * @see #setHostedOn(Element)
	 * @see org.threatwright.model.TwPackage#getElement_HostedOn()
	 * @model
	 * @generated
	 */
	Element getHostedOn();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Element#getHostedOn <em>Hosted On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hosted On</em>' reference.
	 * @see #getHostedOn()
	 * @generated
	 */
	void setHostedOn(Element value);

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.Interface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ways this element can be reached: network, radio, physical and debug ports, APIs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getElement_Interfaces()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interface> getInterfaces();

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hardware, firmware and software components built into this element: its bill of materials.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getElement_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>Data Assets</b></em>' reference list.
	 * The list contents are of type {@link org.threatwright.model.DataAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data assets this element processes or stores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Assets</em>' reference list.
	 * @see org.threatwright.model.TwPackage#getElement_DataAssets()
	 * @model
	 * @generated
	 */
	EList<DataAsset> getDataAssets();

} // Element
