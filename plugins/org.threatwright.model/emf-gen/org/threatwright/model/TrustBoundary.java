/**
 */
package org.threatwright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trust Boundary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A border where the level of trust changes: a network zone, an enclosure, a cloud tenant, a process sandbox. Boundaries nest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.TrustBoundary#getKind <em>Kind</em>}</li>
 *   <li>{@link org.threatwright.model.TrustBoundary#getTrustLevel <em>Trust Level</em>}</li>
 *   <li>{@link org.threatwright.model.TrustBoundary#getMembers <em>Members</em>}</li>
 *   <li>{@link org.threatwright.model.TrustBoundary#getBoundaries <em>Boundaries</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getTrustBoundary()
 * @model
 * @generated
 */
public interface TrustBoundary extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.BoundaryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.threatwright.model.BoundaryKind
	 * @see #setKind(BoundaryKind)
	 * @see org.threatwright.model.TwPackage#getTrustBoundary_Kind()
	 * @model
	 * @generated
	 */
	BoundaryKind getKind();

	/**
	 * Sets the value of the '{@link org.threatwright.model.TrustBoundary#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.threatwright.model.BoundaryKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BoundaryKind value);

	/**
	 * Returns the value of the '<em><b>Trust Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How trusted what is inside is, relative to other boundaries: higher is more trusted; outside all boundaries counts as 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trust Level</em>' attribute.
	 * @see #setTrustLevel(int)
	 * @see org.threatwright.model.TwPackage#getTrustBoundary_TrustLevel()
	 * @model
	 * @generated
	 */
	int getTrustLevel();

	/**
	 * Sets the value of the '{@link org.threatwright.model.TrustBoundary#getTrustLevel <em>Trust Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trust Level</em>' attribute.
	 * @see #getTrustLevel()
	 * @generated
	 */
	void setTrustLevel(int value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.threatwright.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements directly inside this boundary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.threatwright.model.TwPackage#getTrustBoundary_Members()
	 * @model
	 * @generated
	 */
	EList<Element> getMembers();

	/**
	 * Returns the value of the '<em><b>Boundaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.threatwright.model.TrustBoundary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundaries nested inside this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boundaries</em>' containment reference list.
	 * @see org.threatwright.model.TwPackage#getTrustBoundary_Boundaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrustBoundary> getBoundaries();

} // TrustBoundary
