/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of running software that is not modelled as a device, service or app of its own: a daemon on a device, a job in the cloud.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.Process#isPrivileged <em>Privileged</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getProcess()
 * @model
 * @generated
 */
public interface Process extends Element
{
	/**
	 * Returns the value of the '<em><b>Privileged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs with administrative or root privileges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Privileged</em>' attribute.
	 * @see #setPrivileged(boolean)
	 * @see org.threatwright.model.TwPackage#getProcess_Privileged()
	 * @model
	 * @generated
	 */
	boolean isPrivileged();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Process#isPrivileged <em>Privileged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Privileged</em>' attribute.
	 * @see #isPrivileged()
	 * @generated
	 */
	void setPrivileged(boolean value);

} // Process
