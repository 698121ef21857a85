/**
 */
package org.threatwright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the analysis takes as given: stated so that it can be checked and revisited.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.Assumption#getStatus <em>Status</em>}</li>
 *   <li>{@link org.threatwright.model.Assumption#getSubjects <em>Subjects</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getAssumption()
 * @model
 * @generated
 */
public interface Assumption extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.AssumptionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.threatwright.model.AssumptionStatus
	 * @see #setStatus(AssumptionStatus)
	 * @see org.threatwright.model.TwPackage#getAssumption_Status()
	 * @model
	 * @generated
	 */
	AssumptionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Assumption#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.threatwright.model.AssumptionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssumptionStatus value);

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' reference list.
	 * The list contents are of type {@link org.threatwright.model.ModelElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements, flows or boundaries the assumption is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subjects</em>' reference list.
	 * @see org.threatwright.model.TwPackage#getAssumption_Subjects()
	 * @model
	 * @generated
	 */
	EList<ModelElement> getSubjects();

} // Assumption
