/**
 */
package org.threatwright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who holds a named role for the product.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.RoleAssignment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.threatwright.model.RoleAssignment#getPerson <em>Person</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getRoleAssignment()
 * @model
 * @generated
 */
public interface RoleAssignment extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.RoleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.threatwright.model.RoleKind
	 * @see #setKind(RoleKind)
	 * @see org.threatwright.model.TwPackage#getRoleAssignment_Kind()
	 * @model
	 * @generated
	 */
	RoleKind getKind();

	/**
	 * Sets the value of the '{@link org.threatwright.model.RoleAssignment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.threatwright.model.RoleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoleKind value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person holding the role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.threatwright.model.TwPackage#getRoleAssignment_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.threatwright.model.RoleAssignment#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

} // RoleAssignment
