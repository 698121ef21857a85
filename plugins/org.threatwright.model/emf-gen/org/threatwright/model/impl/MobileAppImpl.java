/**
 */
package org.threatwright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.threatwright.model.MobileApp;
import org.threatwright.model.MobilePlatform;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mobile App</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.MobileAppImpl#getPlatform <em>Platform</em>}</li>
 *   <li>{@link org.threatwright.model.impl.MobileAppImpl#isCertificatePinning <em>Certificate Pinning</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MobileAppImpl extends ElementImpl implements MobileApp
{
	/**
	 * The default value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected static final MobilePlatform PLATFORM_EDEFAULT = MobilePlatform.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected MobilePlatform platform = PLATFORM_EDEFAULT;

	/**
	 * The default value of the '{@link #isCertificatePinning() <em>Certificate Pinning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCertificatePinning()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CERTIFICATE_PINNING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCertificatePinning() <em>Certificate Pinning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCertificatePinning()
	 * @generated
	 * @ordered
	 */
	protected boolean certificatePinning = CERTIFICATE_PINNING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MobileAppImpl()
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
		return TwPackage.Literals.MOBILE_APP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MobilePlatform getPlatform()
	{
		return platform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlatform(MobilePlatform newPlatform)
	{
		MobilePlatform oldPlatform = platform;
		platform = newPlatform == null ? PLATFORM_EDEFAULT : newPlatform;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.MOBILE_APP__PLATFORM, oldPlatform, platform));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCertificatePinning()
	{
		return certificatePinning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificatePinning(boolean newCertificatePinning)
	{
		boolean oldCertificatePinning = certificatePinning;
		certificatePinning = newCertificatePinning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.MOBILE_APP__CERTIFICATE_PINNING, oldCertificatePinning, certificatePinning));
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
			case TwPackage.MOBILE_APP__PLATFORM:
				return getPlatform();
			case TwPackage.MOBILE_APP__CERTIFICATE_PINNING:
				return isCertificatePinning();
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
			case TwPackage.MOBILE_APP__PLATFORM:
				setPlatform((MobilePlatform)newValue);
				return;
			case TwPackage.MOBILE_APP__CERTIFICATE_PINNING:
				setCertificatePinning((Boolean)newValue);
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
			case TwPackage.MOBILE_APP__PLATFORM:
				setPlatform(PLATFORM_EDEFAULT);
				return;
			case TwPackage.MOBILE_APP__CERTIFICATE_PINNING:
				setCertificatePinning(CERTIFICATE_PINNING_EDEFAULT);
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
			case TwPackage.MOBILE_APP__PLATFORM:
				return platform != PLATFORM_EDEFAULT;
			case TwPackage.MOBILE_APP__CERTIFICATE_PINNING:
				return certificatePinning != CERTIFICATE_PINNING_EDEFAULT;
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
		result.append(" (platform: ");
		result.append(platform);
		result.append(", certificatePinning: ");
		result.append(certificatePinning);
		result.append(')');
		return result.toString();
	}

} //MobileAppImpl
