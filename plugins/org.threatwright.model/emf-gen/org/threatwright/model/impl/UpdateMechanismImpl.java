/**
 */
package org.threatwright.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.threatwright.model.Element;
import org.threatwright.model.TwPackage;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.UpdateMethod;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Update Mechanism</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#isSigned <em>Signed</em>}</li>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#isRollbackProtection <em>Rollback Protection</em>}</li>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#isAutomatic <em>Automatic</em>}</li>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#isUserCanDisable <em>User Can Disable</em>}</li>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#isUserCanDefer <em>User Can Defer</em>}</li>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#getDeliveredBy <em>Delivered By</em>}</li>
 *   <li>{@link org.threatwright.model.impl.UpdateMechanismImpl#getSecurityUpdatesUntil <em>Security Updates Until</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateMechanismImpl extends ModelElementImplCustom implements UpdateMechanism
{
	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final UpdateMethod METHOD_EDEFAULT = UpdateMethod.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected UpdateMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #isSigned() <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSigned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SIGNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSigned() <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSigned()
	 * @generated
	 * @ordered
	 */
	protected boolean signed = SIGNED_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected boolean encrypted = ENCRYPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isRollbackProtection() <em>Rollback Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRollbackProtection()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ROLLBACK_PROTECTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRollbackProtection() <em>Rollback Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRollbackProtection()
	 * @generated
	 * @ordered
	 */
	protected boolean rollbackProtection = ROLLBACK_PROTECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isAutomatic() <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomatic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTOMATIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAutomatic() <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomatic()
	 * @generated
	 * @ordered
	 */
	protected boolean automatic = AUTOMATIC_EDEFAULT;

	/**
	 * The default value of the '{@link #isUserCanDisable() <em>User Can Disable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserCanDisable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USER_CAN_DISABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUserCanDisable() <em>User Can Disable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserCanDisable()
	 * @generated
	 * @ordered
	 */
	protected boolean userCanDisable = USER_CAN_DISABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isUserCanDefer() <em>User Can Defer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserCanDefer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USER_CAN_DEFER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUserCanDefer() <em>User Can Defer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserCanDefer()
	 * @generated
	 * @ordered
	 */
	protected boolean userCanDefer = USER_CAN_DEFER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDeliveredBy() <em>Delivered By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredBy()
	 * @generated
	 * @ordered
	 */
	protected Element deliveredBy;

	/**
	 * The default value of the '{@link #getSecurityUpdatesUntil() <em>Security Updates Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityUpdatesUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SECURITY_UPDATES_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecurityUpdatesUntil() <em>Security Updates Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityUpdatesUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate securityUpdatesUntil = SECURITY_UPDATES_UNTIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdateMechanismImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return TwPackage.Literals.UPDATE_MECHANISM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateMethod getMethod()
	{
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(UpdateMethod newMethod)
	{
		UpdateMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSigned()
	{
		return signed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigned(boolean newSigned)
	{
		boolean oldSigned = signed;
		signed = newSigned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__SIGNED, oldSigned, signed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncrypted()
	{
		return encrypted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncrypted(boolean newEncrypted)
	{
		boolean oldEncrypted = encrypted;
		encrypted = newEncrypted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__ENCRYPTED, oldEncrypted, encrypted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRollbackProtection()
	{
		return rollbackProtection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRollbackProtection(boolean newRollbackProtection)
	{
		boolean oldRollbackProtection = rollbackProtection;
		rollbackProtection = newRollbackProtection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__ROLLBACK_PROTECTION, oldRollbackProtection, rollbackProtection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAutomatic()
	{
		return automatic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomatic(boolean newAutomatic)
	{
		boolean oldAutomatic = automatic;
		automatic = newAutomatic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__AUTOMATIC, oldAutomatic, automatic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUserCanDisable()
	{
		return userCanDisable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserCanDisable(boolean newUserCanDisable)
	{
		boolean oldUserCanDisable = userCanDisable;
		userCanDisable = newUserCanDisable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__USER_CAN_DISABLE, oldUserCanDisable, userCanDisable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUserCanDefer()
	{
		return userCanDefer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserCanDefer(boolean newUserCanDefer)
	{
		boolean oldUserCanDefer = userCanDefer;
		userCanDefer = newUserCanDefer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__USER_CAN_DEFER, oldUserCanDefer, userCanDefer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getDeliveredBy()
	{
		if (deliveredBy != null && deliveredBy.eIsProxy())
		{
			InternalEObject oldDeliveredBy = (InternalEObject)deliveredBy;
			deliveredBy = (Element)eResolveProxy(oldDeliveredBy);
			if (deliveredBy != oldDeliveredBy)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.UPDATE_MECHANISM__DELIVERED_BY, oldDeliveredBy, deliveredBy));
			}
		}
		return deliveredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetDeliveredBy()
	{
		return deliveredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveredBy(Element newDeliveredBy)
	{
		Element oldDeliveredBy = deliveredBy;
		deliveredBy = newDeliveredBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__DELIVERED_BY, oldDeliveredBy, deliveredBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSecurityUpdatesUntil()
	{
		return securityUpdatesUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityUpdatesUntil(LocalDate newSecurityUpdatesUntil)
	{
		LocalDate oldSecurityUpdatesUntil = securityUpdatesUntil;
		securityUpdatesUntil = newSecurityUpdatesUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL, oldSecurityUpdatesUntil, securityUpdatesUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case TwPackage.UPDATE_MECHANISM__METHOD:
				return getMethod();
			case TwPackage.UPDATE_MECHANISM__SIGNED:
				return isSigned();
			case TwPackage.UPDATE_MECHANISM__ENCRYPTED:
				return isEncrypted();
			case TwPackage.UPDATE_MECHANISM__ROLLBACK_PROTECTION:
				return isRollbackProtection();
			case TwPackage.UPDATE_MECHANISM__AUTOMATIC:
				return isAutomatic();
			case TwPackage.UPDATE_MECHANISM__USER_CAN_DISABLE:
				return isUserCanDisable();
			case TwPackage.UPDATE_MECHANISM__USER_CAN_DEFER:
				return isUserCanDefer();
			case TwPackage.UPDATE_MECHANISM__DELIVERED_BY:
				if (resolve) return getDeliveredBy();
				return basicGetDeliveredBy();
			case TwPackage.UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL:
				return getSecurityUpdatesUntil();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case TwPackage.UPDATE_MECHANISM__METHOD:
				setMethod((UpdateMethod)newValue);
				return;
			case TwPackage.UPDATE_MECHANISM__SIGNED:
				setSigned((Boolean)newValue);
				return;
			case TwPackage.UPDATE_MECHANISM__ENCRYPTED:
				setEncrypted((Boolean)newValue);
				return;
			case TwPackage.UPDATE_MECHANISM__ROLLBACK_PROTECTION:
				setRollbackProtection((Boolean)newValue);
				return;
			case TwPackage.UPDATE_MECHANISM__AUTOMATIC:
				setAutomatic((Boolean)newValue);
				return;
			case TwPackage.UPDATE_MECHANISM__USER_CAN_DISABLE:
				setUserCanDisable((Boolean)newValue);
				return;
			case TwPackage.UPDATE_MECHANISM__USER_CAN_DEFER:
				setUserCanDefer((Boolean)newValue);
				return;
			case TwPackage.UPDATE_MECHANISM__DELIVERED_BY:
				setDeliveredBy((Element)newValue);
				return;
			case TwPackage.UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL:
				setSecurityUpdatesUntil((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case TwPackage.UPDATE_MECHANISM__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case TwPackage.UPDATE_MECHANISM__SIGNED:
				setSigned(SIGNED_EDEFAULT);
				return;
			case TwPackage.UPDATE_MECHANISM__ENCRYPTED:
				setEncrypted(ENCRYPTED_EDEFAULT);
				return;
			case TwPackage.UPDATE_MECHANISM__ROLLBACK_PROTECTION:
				setRollbackProtection(ROLLBACK_PROTECTION_EDEFAULT);
				return;
			case TwPackage.UPDATE_MECHANISM__AUTOMATIC:
				setAutomatic(AUTOMATIC_EDEFAULT);
				return;
			case TwPackage.UPDATE_MECHANISM__USER_CAN_DISABLE:
				setUserCanDisable(USER_CAN_DISABLE_EDEFAULT);
				return;
			case TwPackage.UPDATE_MECHANISM__USER_CAN_DEFER:
				setUserCanDefer(USER_CAN_DEFER_EDEFAULT);
				return;
			case TwPackage.UPDATE_MECHANISM__DELIVERED_BY:
				setDeliveredBy((Element)null);
				return;
			case TwPackage.UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL:
				setSecurityUpdatesUntil(SECURITY_UPDATES_UNTIL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case TwPackage.UPDATE_MECHANISM__METHOD:
				return method != METHOD_EDEFAULT;
			case TwPackage.UPDATE_MECHANISM__SIGNED:
				return signed != SIGNED_EDEFAULT;
			case TwPackage.UPDATE_MECHANISM__ENCRYPTED:
				return encrypted != ENCRYPTED_EDEFAULT;
			case TwPackage.UPDATE_MECHANISM__ROLLBACK_PROTECTION:
				return rollbackProtection != ROLLBACK_PROTECTION_EDEFAULT;
			case TwPackage.UPDATE_MECHANISM__AUTOMATIC:
				return automatic != AUTOMATIC_EDEFAULT;
			case TwPackage.UPDATE_MECHANISM__USER_CAN_DISABLE:
				return userCanDisable != USER_CAN_DISABLE_EDEFAULT;
			case TwPackage.UPDATE_MECHANISM__USER_CAN_DEFER:
				return userCanDefer != USER_CAN_DEFER_EDEFAULT;
			case TwPackage.UPDATE_MECHANISM__DELIVERED_BY:
				return deliveredBy != null;
			case TwPackage.UPDATE_MECHANISM__SECURITY_UPDATES_UNTIL:
				return SECURITY_UPDATES_UNTIL_EDEFAULT == null ? securityUpdatesUntil != null : !SECURITY_UPDATES_UNTIL_EDEFAULT.equals(securityUpdatesUntil);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (method: ");
		result.append(method);
		result.append(", signed: ");
		result.append(signed);
		result.append(", encrypted: ");
		result.append(encrypted);
		result.append(", rollbackProtection: ");
		result.append(rollbackProtection);
		result.append(", automatic: ");
		result.append(automatic);
		result.append(", userCanDisable: ");
		result.append(userCanDisable);
		result.append(", userCanDefer: ");
		result.append(userCanDefer);
		result.append(", securityUpdatesUntil: ");
		result.append(securityUpdatesUntil);
		result.append(')');
		return result.toString();
	}

} //UpdateMechanismImpl
