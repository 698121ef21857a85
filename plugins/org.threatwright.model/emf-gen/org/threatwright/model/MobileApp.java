/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mobile App</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An app on a phone or tablet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.MobileApp#getPlatform <em>Platform</em>}</li>
 *   <li>{@link org.threatwright.model.MobileApp#isCertificatePinning <em>Certificate Pinning</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getMobileApp()
 * @model
 * @generated
 */
public interface MobileApp extends Element
{
	/**
	 * Returns the value of the '<em><b>Platform</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.MobilePlatform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platform</em>' attribute.
	 * @see org.threatwright.model.MobilePlatform
	 * @see #setPlatform(MobilePlatform)
	 * @see org.threatwright.model.TwPackage#getMobileApp_Platform()
	 * @model
	 * @generated
	 */
	MobilePlatform getPlatform();

	/**
	 * Sets the value of the '{@link org.threatwright.model.MobileApp#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform</em>' attribute.
	 * @see org.threatwright.model.MobilePlatform
	 * @see #getPlatform()
	 * @generated
	 */
	void setPlatform(MobilePlatform value);

	/**
	 * Returns the value of the '<em><b>Certificate Pinning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The app pins the server certificates it talks to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate Pinning</em>' attribute.
	 * @see #setCertificatePinning(boolean)
	 * @see org.threatwright.model.TwPackage#getMobileApp_CertificatePinning()
	 * @model
	 * @generated
	 */
	boolean isCertificatePinning();

	/**
	 * Sets the value of the '{@link org.threatwright.model.MobileApp#isCertificatePinning <em>Certificate Pinning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Pinning</em>' attribute.
	 * @see #isCertificatePinning()
	 * @generated
	 */
	void setCertificatePinning(boolean value);

} // MobileApp
