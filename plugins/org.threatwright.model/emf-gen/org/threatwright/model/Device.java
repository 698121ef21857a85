/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical IoT device: sensor, actuator, controller, wearable...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.Device#getCategory <em>Category</em>}</li>
 *   <li>{@link org.threatwright.model.Device#isSecureBoot <em>Secure Boot</em>}</li>
 *   <li>{@link org.threatwright.model.Device#isHardwareRootOfTrust <em>Hardware Root Of Trust</em>}</li>
 *   <li>{@link org.threatwright.model.Device#isSecureStorage <em>Secure Storage</em>}</li>
 *   <li>{@link org.threatwright.model.Device#isSecretsInFirmware <em>Secrets In Firmware</em>}</li>
 *   <li>{@link org.threatwright.model.Device#isTamperResistant <em>Tamper Resistant</em>}</li>
 *   <li>{@link org.threatwright.model.Device#getUpdateMechanism <em>Update Mechanism</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getDevice()
 * @model
 * @generated
 */
public interface Device extends Element
{
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.DeviceCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.threatwright.model.DeviceCategory
	 * @see #setCategory(DeviceCategory)
	 * @see org.threatwright.model.TwPackage#getDevice_Category()
	 * @model
	 * @generated
	 */
	DeviceCategory getCategory();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Device#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.threatwright.model.DeviceCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(DeviceCategory value);

	/**
	 * Returns the value of the '<em><b>Secure Boot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only authenticated firmware is booted (verified boot chain).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secure Boot</em>' attribute.
	 * @see #setSecureBoot(boolean)
	 * @see org.threatwright.model.TwPackage#getDevice_SecureBoot()
	 * @model
	 * @generated
	 */
	boolean isSecureBoot();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Device#isSecureBoot <em>Secure Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secure Boot</em>' attribute.
	 * @see #isSecureBoot()
	 * @generated
	 */
	void setSecureBoot(boolean value);

	/**
	 * Returns the value of the '<em><b>Hardware Root Of Trust</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keys and boot verification are anchored in hardware (secure element, TPM, fused keys).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Root Of Trust</em>' attribute.
	 * @see #setHardwareRootOfTrust(boolean)
	 * @see org.threatwright.model.TwPackage#getDevice_HardwareRootOfTrust()
	 * @model
	 * @generated
	 */
	boolean isHardwareRootOfTrust();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Device#isHardwareRootOfTrust <em>Hardware Root Of Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Root Of Trust</em>' attribute.
	 * @see #isHardwareRootOfTrust()
	 * @generated
	 */
	void setHardwareRootOfTrust(boolean value);

	/**
	 * Returns the value of the '<em><b>Secure Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secrets are kept in protected storage, not in plain flash.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secure Storage</em>' attribute.
	 * @see #setSecureStorage(boolean)
	 * @see org.threatwright.model.TwPackage#getDevice_SecureStorage()
	 * @model
	 * @generated
	 */
	boolean isSecureStorage();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Device#isSecureStorage <em>Secure Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secure Storage</em>' attribute.
	 * @see #isSecureStorage()
	 * @generated
	 */
	void setSecureStorage(boolean value);

	/**
	 * Returns the value of the '<em><b>Secrets In Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The firmware image itself contains secrets (keys, passwords, tokens) that are the same across devices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secrets In Firmware</em>' attribute.
	 * @see #setSecretsInFirmware(boolean)
	 * @see org.threatwright.model.TwPackage#getDevice_SecretsInFirmware()
	 * @model
	 * @generated
	 */
	boolean isSecretsInFirmware();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Device#isSecretsInFirmware <em>Secrets In Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secrets In Firmware</em>' attribute.
	 * @see #isSecretsInFirmware()
	 * @generated
	 */
	void setSecretsInFirmware(boolean value);

	/**
	 * Returns the value of the '<em><b>Tamper Resistant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enclosure resists or reveals physical tampering.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tamper Resistant</em>' attribute.
	 * @see #setTamperResistant(boolean)
	 * @see org.threatwright.model.TwPackage#getDevice_TamperResistant()
	 * @model
	 * @generated
	 */
	boolean isTamperResistant();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Device#isTamperResistant <em>Tamper Resistant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tamper Resistant</em>' attribute.
	 * @see #isTamperResistant()
	 * @generated
	 */
	void setTamperResistant(boolean value);

	/**
	 * Returns the value of the '<em><b>Update Mechanism</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How this device receives software updates; absent if it cannot be updated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Mechanism</em>' containment reference.
	 * @see #setUpdateMechanism(UpdateMechanism)
	 * @see org.threatwright.model.TwPackage#getDevice_UpdateMechanism()
	 * @model containment="true"
	 * @generated
	 */
	UpdateMechanism getUpdateMechanism();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Device#getUpdateMechanism <em>Update Mechanism</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Mechanism</em>' containment reference.
	 * @see #getUpdateMechanism()
	 * @generated
	 */
	void setUpdateMechanism(UpdateMechanism value);

} // Device
