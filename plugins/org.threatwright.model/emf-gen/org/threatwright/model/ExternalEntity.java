/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone or something outside the system's control that interacts with it: a user, an installer, a third-party service.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.ExternalEntity#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getExternalEntity()
 * @model
 * @generated
 */
public interface ExternalEntity extends Element
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.ExternalEntityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.threatwright.model.ExternalEntityKind
	 * @see #setKind(ExternalEntityKind)
	 * @see org.threatwright.model.TwPackage#getExternalEntity_Kind()
	 * @model
	 * @generated
	 */
	ExternalEntityKind getKind();

	/**
	 * Sets the value of the '{@link org.threatwright.model.ExternalEntity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.threatwright.model.ExternalEntityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ExternalEntityKind value);

} // ExternalEntity
