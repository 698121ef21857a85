/**
 */
package org.threatwright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.DataAssetImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataAssetImpl#getConfidentiality <em>Confidentiality</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataAssetImpl#getIntegrity <em>Integrity</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataAssetImpl#getAvailability <em>Availability</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataAssetImpl#isPersonalData <em>Personal Data</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataAssetImpl extends ModelElementImplCustom implements DataAsset
{
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final DataCategory CATEGORY_EDEFAULT = DataCategory.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected DataCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidentiality() <em>Confidentiality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidentiality()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityLevel CONFIDENTIALITY_EDEFAULT = SecurityLevel.UNRATED;

	/**
	 * The cached value of the '{@link #getConfidentiality() <em>Confidentiality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidentiality()
	 * @generated
	 * @ordered
	 */
	protected SecurityLevel confidentiality = CONFIDENTIALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntegrity() <em>Integrity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrity()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityLevel INTEGRITY_EDEFAULT = SecurityLevel.UNRATED;

	/**
	 * The cached value of the '{@link #getIntegrity() <em>Integrity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrity()
	 * @generated
	 * @ordered
	 */
	protected SecurityLevel integrity = INTEGRITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvailability() <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailability()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityLevel AVAILABILITY_EDEFAULT = SecurityLevel.UNRATED;

	/**
	 * The cached value of the '{@link #getAvailability() <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailability()
	 * @generated
	 * @ordered
	 */
	protected SecurityLevel availability = AVAILABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isPersonalData() <em>Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersonalData()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERSONAL_DATA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPersonalData() <em>Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersonalData()
	 * @generated
	 * @ordered
	 */
	protected boolean personalData = PERSONAL_DATA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataAssetImpl()
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
		return TwPackage.Literals.DATA_ASSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataCategory getCategory()
	{
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(DataCategory newCategory)
	{
		DataCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_ASSET__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityLevel getConfidentiality()
	{
		return confidentiality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidentiality(SecurityLevel newConfidentiality)
	{
		SecurityLevel oldConfidentiality = confidentiality;
		confidentiality = newConfidentiality == null ? CONFIDENTIALITY_EDEFAULT : newConfidentiality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_ASSET__CONFIDENTIALITY, oldConfidentiality, confidentiality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityLevel getIntegrity()
	{
		return integrity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntegrity(SecurityLevel newIntegrity)
	{
		SecurityLevel oldIntegrity = integrity;
		integrity = newIntegrity == null ? INTEGRITY_EDEFAULT : newIntegrity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_ASSET__INTEGRITY, oldIntegrity, integrity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityLevel getAvailability()
	{
		return availability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailability(SecurityLevel newAvailability)
	{
		SecurityLevel oldAvailability = availability;
		availability = newAvailability == null ? AVAILABILITY_EDEFAULT : newAvailability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_ASSET__AVAILABILITY, oldAvailability, availability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPersonalData()
	{
		return personalData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonalData(boolean newPersonalData)
	{
		boolean oldPersonalData = personalData;
		personalData = newPersonalData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_ASSET__PERSONAL_DATA, oldPersonalData, personalData));
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
			case TwPackage.DATA_ASSET__CATEGORY:
				return getCategory();
			case TwPackage.DATA_ASSET__CONFIDENTIALITY:
				return getConfidentiality();
			case TwPackage.DATA_ASSET__INTEGRITY:
				return getIntegrity();
			case TwPackage.DATA_ASSET__AVAILABILITY:
				return getAvailability();
			case TwPackage.DATA_ASSET__PERSONAL_DATA:
				return isPersonalData();
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
			case TwPackage.DATA_ASSET__CATEGORY:
				setCategory((DataCategory)newValue);
				return;
			case TwPackage.DATA_ASSET__CONFIDENTIALITY:
				setConfidentiality((SecurityLevel)newValue);
				return;
			case TwPackage.DATA_ASSET__INTEGRITY:
				setIntegrity((SecurityLevel)newValue);
				return;
			case TwPackage.DATA_ASSET__AVAILABILITY:
				setAvailability((SecurityLevel)newValue);
				return;
			case TwPackage.DATA_ASSET__PERSONAL_DATA:
				setPersonalData((Boolean)newValue);
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
			case TwPackage.DATA_ASSET__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case TwPackage.DATA_ASSET__CONFIDENTIALITY:
				setConfidentiality(CONFIDENTIALITY_EDEFAULT);
				return;
			case TwPackage.DATA_ASSET__INTEGRITY:
				setIntegrity(INTEGRITY_EDEFAULT);
				return;
			case TwPackage.DATA_ASSET__AVAILABILITY:
				setAvailability(AVAILABILITY_EDEFAULT);
				return;
			case TwPackage.DATA_ASSET__PERSONAL_DATA:
				setPersonalData(PERSONAL_DATA_EDEFAULT);
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
			case TwPackage.DATA_ASSET__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case TwPackage.DATA_ASSET__CONFIDENTIALITY:
				return confidentiality != CONFIDENTIALITY_EDEFAULT;
			case TwPackage.DATA_ASSET__INTEGRITY:
				return integrity != INTEGRITY_EDEFAULT;
			case TwPackage.DATA_ASSET__AVAILABILITY:
				return availability != AVAILABILITY_EDEFAULT;
			case TwPackage.DATA_ASSET__PERSONAL_DATA:
				return personalData != PERSONAL_DATA_EDEFAULT;
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
		result.append(", confidentiality: ");
		result.append(confidentiality);
		result.append(", integrity: ");
		result.append(integrity);
		result.append(", availability: ");
		result.append(availability);
		result.append(", personalData: ");
		result.append(personalData);
		result.append(')');
		return result.toString();
	}

} //DataAssetImpl
