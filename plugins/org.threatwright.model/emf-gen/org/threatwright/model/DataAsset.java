/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of data the product handles, with its protection needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.DataAsset#getCategory <em>Category</em>}</li>
 *   <li>{@link org.threatwright.model.DataAsset#getConfidentiality <em>Confidentiality</em>}</li>
 *   <li>{@link org.threatwright.model.DataAsset#getIntegrity <em>Integrity</em>}</li>
 *   <li>{@link org.threatwright.model.DataAsset#getAvailability <em>Availability</em>}</li>
 *   <li>{@link org.threatwright.model.DataAsset#isPersonalData <em>Personal Data</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getDataAsset()
 * @model
 * @generated
 */
public interface DataAsset extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.threatwright.model.DataCategory
	 * @see #setCategory(DataCategory)
	 * @see org.threatwright.model.TwPackage#getDataAsset_Category()
	 * @model
	 * @generated
	 */
	DataCategory getCategory();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataAsset#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.threatwright.model.DataCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(DataCategory value);

	/**
	 * Returns the value of the '<em><b>Confidentiality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.SecurityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidentiality</em>' attribute.
	 * @see org.threatwright.model.SecurityLevel
	 * @see #setConfidentiality(SecurityLevel)
	 * @see org.threatwright.model.TwPackage#getDataAsset_Confidentiality()
	 * @model
	 * @generated
	 */
	SecurityLevel getConfidentiality();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataAsset#getConfidentiality <em>Confidentiality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidentiality</em>' attribute.
	 * @see org.threatwright.model.SecurityLevel
	 * @see #getConfidentiality()
	 * @generated
	 */
	void setConfidentiality(SecurityLevel value);

	/**
	 * Returns the value of the '<em><b>Integrity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.SecurityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Integrity</em>' attribute.
	 * @see org.threatwright.model.SecurityLevel
	 * @see #setIntegrity(SecurityLevel)
	 * @see org.threatwright.model.TwPackage#getDataAsset_Integrity()
	 * @model
	 * @generated
	 */
	SecurityLevel getIntegrity();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataAsset#getIntegrity <em>Integrity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Integrity</em>' attribute.
	 * @see org.threatwright.model.SecurityLevel
	 * @see #getIntegrity()
	 * @generated
	 */
	void setIntegrity(SecurityLevel value);

	/**
	 * Returns the value of the '<em><b>Availability</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.SecurityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Availability</em>' attribute.
	 * @see org.threatwright.model.SecurityLevel
	 * @see #setAvailability(SecurityLevel)
	 * @see org.threatwright.model.TwPackage#getDataAsset_Availability()
	 * @model
	 * @generated
	 */
	SecurityLevel getAvailability();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataAsset#getAvailability <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Availability</em>' attribute.
	 * @see org.threatwright.model.SecurityLevel
	 * @see #getAvailability()
	 * @generated
	 */
	void setAvailability(SecurityLevel value);

	/**
	 * Returns the value of the '<em><b>Personal Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relates to an identified or identifiable person (GDPR personal data).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personal Data</em>' attribute.
	 * @see #setPersonalData(boolean)
	 * @see org.threatwright.model.TwPackage#getDataAsset_PersonalData()
	 * @model
	 * @generated
	 */
	boolean isPersonalData();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataAsset#isPersonalData <em>Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal Data</em>' attribute.
	 * @see #isPersonalData()
	 * @generated
	 */
	void setPersonalData(boolean value);

} // DataAsset
