/**
 */
package org.threatwright.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update Mechanism</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a device receives software updates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.UpdateMechanism#getMethod <em>Method</em>}</li>
 *   <li>{@link org.threatwright.model.UpdateMechanism#isSigned <em>Signed</em>}</li>
 *   <li>{@link org.threatwright.model.UpdateMechanism#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link org.threatwright.model.UpdateMechanism#isRollbackProtection <em>Rollback Protection</em>}</li>
 *   <li>{@link org.threatwright.model.UpdateMechanism#isAutomatic <em>Automatic</em>}</li>
 *   <li>{@link org.threatwright.model.UpdateMechanism#isUserCanDisable <em>User Can Disable</em>}</li>
 *   <li>{@link org.threatwright.model.UpdateMechanism#isUserCanDefer <em>User Can Defer</em>}</li>
 *   <li>{@link org.threatwright.model.UpdateMechanism#getDeliveredBy <em>Delivered By</em>}</li>
 *   <li>{@link org.threatwright.model.UpdateMechanism#getSecurityUpdatesUntil <em>Security Updates Until</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getUpdateMechanism()
 * @model
 * @generated
 */
public interface UpdateMechanism extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.UpdateMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.threatwright.model.UpdateMethod
	 * @see #setMethod(UpdateMethod)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_Method()
	 * @model
	 * @generated
	 */
	UpdateMethod getMethod();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.threatwright.model.UpdateMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(UpdateMethod value);

	/**
	 * Returns the value of the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Update images are signed and the signature is checked before installing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed</em>' attribute.
	 * @see #setSigned(boolean)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_Signed()
	 * @model
	 * @generated
	 */
	boolean isSigned();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#isSigned <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed</em>' attribute.
	 * @see #isSigned()
	 * @generated
	 */
	void setSigned(boolean value);

	/**
	 * Returns the value of the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Update images are encrypted in transit and at rest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Encrypted</em>' attribute.
	 * @see #setEncrypted(boolean)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_Encrypted()
	 * @model
	 * @generated
	 */
	boolean isEncrypted();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#isEncrypted <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted</em>' attribute.
	 * @see #isEncrypted()
	 * @generated
	 */
	void setEncrypted(boolean value);

	/**
	 * Returns the value of the '<em><b>Rollback Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Older, vulnerable images cannot be installed again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rollback Protection</em>' attribute.
	 * @see #setRollbackProtection(boolean)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_RollbackProtection()
	 * @model
	 * @generated
	 */
	boolean isRollbackProtection();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#isRollbackProtection <em>Rollback Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rollback Protection</em>' attribute.
	 * @see #isRollbackProtection()
	 * @generated
	 */
	void setRollbackProtection(boolean value);

	/**
	 * Returns the value of the '<em><b>Automatic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Updates are applied without user action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Automatic</em>' attribute.
	 * @see #setAutomatic(boolean)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_Automatic()
	 * @model
	 * @generated
	 */
	boolean isAutomatic();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#isAutomatic <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automatic</em>' attribute.
	 * @see #isAutomatic()
	 * @generated
	 */
	void setAutomatic(boolean value);

	/**
	 * Returns the value of the '<em><b>User Can Disable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user can switch updates off (IoTSF 2.4.3.22.1: users must have the ability to disable updating).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Can Disable</em>' attribute.
	 * @see #setUserCanDisable(boolean)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_UserCanDisable()
	 * @model
	 * @generated
	 */
	boolean isUserCanDisable();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#isUserCanDisable <em>User Can Disable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Can Disable</em>' attribute.
	 * @see #isUserCanDisable()
	 * @generated
	 */
	void setUserCanDisable(boolean value);

	/**
	 * Returns the value of the '<em><b>User Can Defer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user or operator can postpone an update (IoTSF 2.4.3.18: operators of real-time or high-availability systems are told of impending updates).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Can Defer</em>' attribute.
	 * @see #setUserCanDefer(boolean)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_UserCanDefer()
	 * @model
	 * @generated
	 */
	boolean isUserCanDefer();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#isUserCanDefer <em>User Can Defer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Can Defer</em>' attribute.
	 * @see #isUserCanDefer()
	 * @generated
	 */
	void setUserCanDefer(boolean value);

	/**
	 * Returns the value of the '<em><b>Delivered By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element that distributes updates (an update service, the app).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delivered By</em>' reference.
	 * @see #setDeliveredBy(Element)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_DeliveredBy()
	 * @model
	 * @generated
	 */
	Element getDeliveredBy();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#getDeliveredBy <em>Delivered By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivered By</em>' reference.
	 * @see #getDeliveredBy()
	 * @generated
	 */
	void setDeliveredBy(Element value);

	/**
	 * Returns the value of the '<em><b>Security Updates Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Until when security updates are promised for this device, if it differs from the product's support period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Updates Until</em>' attribute.
	 * @see #setSecurityUpdatesUntil(LocalDate)
	 * @see org.threatwright.model.TwPackage#getUpdateMechanism_SecurityUpdatesUntil()
	 * @model dataType="org.threatwright.model.Date"
	 * @generated
	 */
	LocalDate getSecurityUpdatesUntil();

	/**
	 * Sets the value of the '{@link org.threatwright.model.UpdateMechanism#getSecurityUpdatesUntil <em>Security Updates Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Updates Until</em>' attribute.
	 * @see #getSecurityUpdatesUntil()
	 * @generated
	 */
	void setSecurityUpdatesUntil(LocalDate value);

} // UpdateMechanism
