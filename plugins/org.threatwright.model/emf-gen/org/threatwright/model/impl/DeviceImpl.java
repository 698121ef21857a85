/**
 */
package org.threatwright.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.threatwright.model.Device;
import org.threatwright.model.DeviceCategory;
import org.threatwright.model.TwPackage;
import org.threatwright.model.UpdateMechanism;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.DeviceImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DeviceImpl#isSecureBoot <em>Secure Boot</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DeviceImpl#isHardwareRootOfTrust <em>Hardware Root Of Trust</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DeviceImpl#isSecureStorage <em>Secure Storage</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DeviceImpl#isSecretsInFirmware <em>Secrets In Firmware</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DeviceImpl#isTamperResistant <em>Tamper Resistant</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DeviceImpl#getUpdateMechanism <em>Update Mechanism</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceImpl extends ElementImpl implements Device
{
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceCategory CATEGORY_EDEFAULT = DeviceCategory.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected DeviceCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #isSecureBoot() <em>Secure Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecureBoot()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SECURE_BOOT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSecureBoot() <em>Secure Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecureBoot()
	 * @generated
	 * @ordered
	 */
	protected boolean secureBoot = SECURE_BOOT_EDEFAULT;

	/**
	 * The default value of the '{@link #isHardwareRootOfTrust() <em>Hardware Root Of Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardwareRootOfTrust()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HARDWARE_ROOT_OF_TRUST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHardwareRootOfTrust() <em>Hardware Root Of Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardwareRootOfTrust()
	 * @generated
	 * @ordered
	 */
	protected boolean hardwareRootOfTrust = HARDWARE_ROOT_OF_TRUST_EDEFAULT;

	/**
	 * The default value of the '{@link #isSecureStorage() <em>Secure Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecureStorage()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SECURE_STORAGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSecureStorage() <em>Secure Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecureStorage()
	 * @generated
	 * @ordered
	 */
	protected boolean secureStorage = SECURE_STORAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSecretsInFirmware() <em>Secrets In Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecretsInFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SECRETS_IN_FIRMWARE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSecretsInFirmware() <em>Secrets In Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecretsInFirmware()
	 * @generated
	 * @ordered
	 */
	protected boolean secretsInFirmware = SECRETS_IN_FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #isTamperResistant() <em>Tamper Resistant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTamperResistant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TAMPER_RESISTANT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTamperResistant() <em>Tamper Resistant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTamperResistant()
	 * @generated
	 * @ordered
	 */
	protected boolean tamperResistant = TAMPER_RESISTANT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUpdateMechanism() <em>Update Mechanism</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateMechanism()
	 * @generated
	 * @ordered
	 */
	protected UpdateMechanism updateMechanism;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceImpl()
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
		return TwPackage.Literals.DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceCategory getCategory()
	{
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(DeviceCategory newCategory)
	{
		DeviceCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DEVICE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSecureBoot()
	{
		return secureBoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecureBoot(boolean newSecureBoot)
	{
		boolean oldSecureBoot = secureBoot;
		secureBoot = newSecureBoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DEVICE__SECURE_BOOT, oldSecureBoot, secureBoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHardwareRootOfTrust()
	{
		return hardwareRootOfTrust;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareRootOfTrust(boolean newHardwareRootOfTrust)
	{
		boolean oldHardwareRootOfTrust = hardwareRootOfTrust;
		hardwareRootOfTrust = newHardwareRootOfTrust;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DEVICE__HARDWARE_ROOT_OF_TRUST, oldHardwareRootOfTrust, hardwareRootOfTrust));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSecureStorage()
	{
		return secureStorage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecureStorage(boolean newSecureStorage)
	{
		boolean oldSecureStorage = secureStorage;
		secureStorage = newSecureStorage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DEVICE__SECURE_STORAGE, oldSecureStorage, secureStorage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSecretsInFirmware()
	{
		return secretsInFirmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretsInFirmware(boolean newSecretsInFirmware)
	{
		boolean oldSecretsInFirmware = secretsInFirmware;
		secretsInFirmware = newSecretsInFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DEVICE__SECRETS_IN_FIRMWARE, oldSecretsInFirmware, secretsInFirmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTamperResistant()
	{
		return tamperResistant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTamperResistant(boolean newTamperResistant)
	{
		boolean oldTamperResistant = tamperResistant;
		tamperResistant = newTamperResistant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DEVICE__TAMPER_RESISTANT, oldTamperResistant, tamperResistant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateMechanism getUpdateMechanism()
	{
		return updateMechanism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUpdateMechanism(UpdateMechanism newUpdateMechanism, NotificationChain msgs)
	{
		UpdateMechanism oldUpdateMechanism = updateMechanism;
		updateMechanism = newUpdateMechanism;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TwPackage.DEVICE__UPDATE_MECHANISM, oldUpdateMechanism, newUpdateMechanism);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateMechanism(UpdateMechanism newUpdateMechanism)
	{
		if (newUpdateMechanism != updateMechanism)
		{
			NotificationChain msgs = null;
			if (updateMechanism != null)
				msgs = ((InternalEObject)updateMechanism).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TwPackage.DEVICE__UPDATE_MECHANISM, null, msgs);
			if (newUpdateMechanism != null)
				msgs = ((InternalEObject)newUpdateMechanism).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TwPackage.DEVICE__UPDATE_MECHANISM, null, msgs);
			msgs = basicSetUpdateMechanism(newUpdateMechanism, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DEVICE__UPDATE_MECHANISM, newUpdateMechanism, newUpdateMechanism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case TwPackage.DEVICE__UPDATE_MECHANISM:
				return basicSetUpdateMechanism(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case TwPackage.DEVICE__CATEGORY:
				return getCategory();
			case TwPackage.DEVICE__SECURE_BOOT:
				return isSecureBoot();
			case TwPackage.DEVICE__HARDWARE_ROOT_OF_TRUST:
				return isHardwareRootOfTrust();
			case TwPackage.DEVICE__SECURE_STORAGE:
				return isSecureStorage();
			case TwPackage.DEVICE__SECRETS_IN_FIRMWARE:
				return isSecretsInFirmware();
			case TwPackage.DEVICE__TAMPER_RESISTANT:
				return isTamperResistant();
			case TwPackage.DEVICE__UPDATE_MECHANISM:
				return getUpdateMechanism();
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
			case TwPackage.DEVICE__CATEGORY:
				setCategory((DeviceCategory)newValue);
				return;
			case TwPackage.DEVICE__SECURE_BOOT:
				setSecureBoot((Boolean)newValue);
				return;
			case TwPackage.DEVICE__HARDWARE_ROOT_OF_TRUST:
				setHardwareRootOfTrust((Boolean)newValue);
				return;
			case TwPackage.DEVICE__SECURE_STORAGE:
				setSecureStorage((Boolean)newValue);
				return;
			case TwPackage.DEVICE__SECRETS_IN_FIRMWARE:
				setSecretsInFirmware((Boolean)newValue);
				return;
			case TwPackage.DEVICE__TAMPER_RESISTANT:
				setTamperResistant((Boolean)newValue);
				return;
			case TwPackage.DEVICE__UPDATE_MECHANISM:
				setUpdateMechanism((UpdateMechanism)newValue);
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
			case TwPackage.DEVICE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case TwPackage.DEVICE__SECURE_BOOT:
				setSecureBoot(SECURE_BOOT_EDEFAULT);
				return;
			case TwPackage.DEVICE__HARDWARE_ROOT_OF_TRUST:
				setHardwareRootOfTrust(HARDWARE_ROOT_OF_TRUST_EDEFAULT);
				return;
			case TwPackage.DEVICE__SECURE_STORAGE:
				setSecureStorage(SECURE_STORAGE_EDEFAULT);
				return;
			case TwPackage.DEVICE__SECRETS_IN_FIRMWARE:
				setSecretsInFirmware(SECRETS_IN_FIRMWARE_EDEFAULT);
				return;
			case TwPackage.DEVICE__TAMPER_RESISTANT:
				setTamperResistant(TAMPER_RESISTANT_EDEFAULT);
				return;
			case TwPackage.DEVICE__UPDATE_MECHANISM:
				setUpdateMechanism((UpdateMechanism)null);
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
			case TwPackage.DEVICE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case TwPackage.DEVICE__SECURE_BOOT:
				return secureBoot != SECURE_BOOT_EDEFAULT;
			case TwPackage.DEVICE__HARDWARE_ROOT_OF_TRUST:
				return hardwareRootOfTrust != HARDWARE_ROOT_OF_TRUST_EDEFAULT;
			case TwPackage.DEVICE__SECURE_STORAGE:
				return secureStorage != SECURE_STORAGE_EDEFAULT;
			case TwPackage.DEVICE__SECRETS_IN_FIRMWARE:
				return secretsInFirmware != SECRETS_IN_FIRMWARE_EDEFAULT;
			case TwPackage.DEVICE__TAMPER_RESISTANT:
				return tamperResistant != TAMPER_RESISTANT_EDEFAULT;
			case TwPackage.DEVICE__UPDATE_MECHANISM:
				return updateMechanism != null;
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
		result.append(" (category: ");
		result.append(category);
		result.append(", secureBoot: ");
		result.append(secureBoot);
		result.append(", hardwareRootOfTrust: ");
		result.append(hardwareRootOfTrust);
		result.append(", secureStorage: ");
		result.append(secureStorage);
		result.append(", secretsInFirmware: ");
		result.append(secretsInFirmware);
		result.append(", tamperResistant: ");
		result.append(tamperResistant);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
