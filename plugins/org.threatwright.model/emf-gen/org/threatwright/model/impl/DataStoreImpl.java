/**
 */
package org.threatwright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.threatwright.model.DataStore;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Store</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.DataStoreImpl#isHoldsLogs <em>Holds Logs</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataStoreImpl#isEncryptedAtRest <em>Encrypted At Rest</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataStoreImpl#getTechnology <em>Technology</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataStoreImpl extends ElementImpl implements DataStore
{
	/**
	 * The default value of the '{@link #isHoldsLogs() <em>Holds Logs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHoldsLogs()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HOLDS_LOGS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHoldsLogs() <em>Holds Logs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHoldsLogs()
	 * @generated
	 * @ordered
	 */
	protected boolean holdsLogs = HOLDS_LOGS_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncryptedAtRest() <em>Encrypted At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptedAtRest()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTED_AT_REST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncryptedAtRest() <em>Encrypted At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptedAtRest()
	 * @generated
	 * @ordered
	 */
	protected boolean encryptedAtRest = ENCRYPTED_AT_REST_EDEFAULT;

	/**
	 * The default value of the '{@link #getTechnology() <em>Technology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnology()
	 * @generated
	 * @ordered
	 */
	protected static final String TECHNOLOGY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTechnology() <em>Technology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnology()
	 * @generated
	 * @ordered
	 */
	protected String technology = TECHNOLOGY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataStoreImpl()
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
		return TwPackage.Literals.DATA_STORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHoldsLogs()
	{
		return holdsLogs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoldsLogs(boolean newHoldsLogs)
	{
		boolean oldHoldsLogs = holdsLogs;
		holdsLogs = newHoldsLogs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_STORE__HOLDS_LOGS, oldHoldsLogs, holdsLogs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncryptedAtRest()
	{
		return encryptedAtRest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryptedAtRest(boolean newEncryptedAtRest)
	{
		boolean oldEncryptedAtRest = encryptedAtRest;
		encryptedAtRest = newEncryptedAtRest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_STORE__ENCRYPTED_AT_REST, oldEncryptedAtRest, encryptedAtRest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTechnology()
	{
		return technology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnology(String newTechnology)
	{
		String oldTechnology = technology;
		technology = newTechnology;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_STORE__TECHNOLOGY, oldTechnology, technology));
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
			case TwPackage.DATA_STORE__HOLDS_LOGS:
				return isHoldsLogs();
			case TwPackage.DATA_STORE__ENCRYPTED_AT_REST:
				return isEncryptedAtRest();
			case TwPackage.DATA_STORE__TECHNOLOGY:
				return getTechnology();
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
			case TwPackage.DATA_STORE__HOLDS_LOGS:
				setHoldsLogs((Boolean)newValue);
				return;
			case TwPackage.DATA_STORE__ENCRYPTED_AT_REST:
				setEncryptedAtRest((Boolean)newValue);
				return;
			case TwPackage.DATA_STORE__TECHNOLOGY:
				setTechnology((String)newValue);
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
			case TwPackage.DATA_STORE__HOLDS_LOGS:
				setHoldsLogs(HOLDS_LOGS_EDEFAULT);
				return;
			case TwPackage.DATA_STORE__ENCRYPTED_AT_REST:
				setEncryptedAtRest(ENCRYPTED_AT_REST_EDEFAULT);
				return;
			case TwPackage.DATA_STORE__TECHNOLOGY:
				setTechnology(TECHNOLOGY_EDEFAULT);
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
			case TwPackage.DATA_STORE__HOLDS_LOGS:
				return holdsLogs != HOLDS_LOGS_EDEFAULT;
			case TwPackage.DATA_STORE__ENCRYPTED_AT_REST:
				return encryptedAtRest != ENCRYPTED_AT_REST_EDEFAULT;
			case TwPackage.DATA_STORE__TECHNOLOGY:
				return TECHNOLOGY_EDEFAULT == null ? technology != null : !TECHNOLOGY_EDEFAULT.equals(technology);
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
		result.append(" (holdsLogs: ");
		result.append(holdsLogs);
		result.append(", encryptedAtRest: ");
		result.append(encryptedAtRest);
		result.append(", technology: ");
		result.append(technology);
		result.append(')');
		return result.toString();
	}

} //DataStoreImpl
