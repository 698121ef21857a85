/**
 */
package org.threatwright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.threatwright.model.Supplier;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supplier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.SupplierImpl#getSecurityContact <em>Security Contact</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SupplierImpl#getSecureDesignEvidence <em>Secure Design Evidence</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SupplierImpl#getWebsite <em>Website</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupplierImpl extends ModelElementImplCustom implements Supplier
{
	/**
	 * The default value of the '{@link #getSecurityContact() <em>Security Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityContact()
	 * @generated
	 * @ordered
	 */
	protected static final String SECURITY_CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecurityContact() <em>Security Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityContact()
	 * @generated
	 * @ordered
	 */
	protected String securityContact = SECURITY_CONTACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecureDesignEvidence() <em>Secure Design Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecureDesignEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String SECURE_DESIGN_EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecureDesignEvidence() <em>Secure Design Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecureDesignEvidence()
	 * @generated
	 * @ordered
	 */
	protected String secureDesignEvidence = SECURE_DESIGN_EVIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWebsite() <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebsite()
	 * @generated
	 * @ordered
	 */
	protected static final String WEBSITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWebsite() <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebsite()
	 * @generated
	 * @ordered
	 */
	protected String website = WEBSITE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupplierImpl()
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
		return TwPackage.Literals.SUPPLIER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecurityContact()
	{
		return securityContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityContact(String newSecurityContact)
	{
		String oldSecurityContact = securityContact;
		securityContact = newSecurityContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.SUPPLIER__SECURITY_CONTACT, oldSecurityContact, securityContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecureDesignEvidence()
	{
		return secureDesignEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecureDesignEvidence(String newSecureDesignEvidence)
	{
		String oldSecureDesignEvidence = secureDesignEvidence;
		secureDesignEvidence = newSecureDesignEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.SUPPLIER__SECURE_DESIGN_EVIDENCE, oldSecureDesignEvidence, secureDesignEvidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWebsite()
	{
		return website;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWebsite(String newWebsite)
	{
		String oldWebsite = website;
		website = newWebsite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.SUPPLIER__WEBSITE, oldWebsite, website));
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
			case TwPackage.SUPPLIER__SECURITY_CONTACT:
				return getSecurityContact();
			case TwPackage.SUPPLIER__SECURE_DESIGN_EVIDENCE:
				return getSecureDesignEvidence();
			case TwPackage.SUPPLIER__WEBSITE:
				return getWebsite();
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
			case TwPackage.SUPPLIER__SECURITY_CONTACT:
				setSecurityContact((String)newValue);
				return;
			case TwPackage.SUPPLIER__SECURE_DESIGN_EVIDENCE:
				setSecureDesignEvidence((String)newValue);
				return;
			case TwPackage.SUPPLIER__WEBSITE:
				setWebsite((String)newValue);
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
			case TwPackage.SUPPLIER__SECURITY_CONTACT:
				setSecurityContact(SECURITY_CONTACT_EDEFAULT);
				return;
			case TwPackage.SUPPLIER__SECURE_DESIGN_EVIDENCE:
				setSecureDesignEvidence(SECURE_DESIGN_EVIDENCE_EDEFAULT);
				return;
			case TwPackage.SUPPLIER__WEBSITE:
				setWebsite(WEBSITE_EDEFAULT);
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
			case TwPackage.SUPPLIER__SECURITY_CONTACT:
				return SECURITY_CONTACT_EDEFAULT == null ? securityContact != null : !SECURITY_CONTACT_EDEFAULT.equals(securityContact);
			case TwPackage.SUPPLIER__SECURE_DESIGN_EVIDENCE:
				return SECURE_DESIGN_EVIDENCE_EDEFAULT == null ? secureDesignEvidence != null : !SECURE_DESIGN_EVIDENCE_EDEFAULT.equals(secureDesignEvidence);
			case TwPackage.SUPPLIER__WEBSITE:
				return WEBSITE_EDEFAULT == null ? website != null : !WEBSITE_EDEFAULT.equals(website);
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
		result.append(" (securityContact: ");
		result.append(securityContact);
		result.append(", secureDesignEvidence: ");
		result.append(secureDesignEvidence);
		result.append(", website: ");
		result.append(website);
		result.append(')');
		return result.toString();
	}

} //SupplierImpl
