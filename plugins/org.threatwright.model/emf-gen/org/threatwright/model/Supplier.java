/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supplier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation that supplies components.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.Supplier#getSecurityContact <em>Security Contact</em>}</li>
 *   <li>{@link org.threatwright.model.Supplier#getSecureDesignEvidence <em>Secure Design Evidence</em>}</li>
 *   <li>{@link org.threatwright.model.Supplier#getWebsite <em>Website</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getSupplier()
 * @model
 * @generated
 */
public interface Supplier extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Security Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where to report vulnerabilities (mail address or URL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Contact</em>' attribute.
	 * @see #setSecurityContact(String)
	 * @see org.threatwright.model.TwPackage#getSupplier_SecurityContact()
	 * @model
	 * @generated
	 */
	String getSecurityContact();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Supplier#getSecurityContact <em>Security Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Contact</em>' attribute.
	 * @see #getSecurityContact()
	 * @generated
	 */
	void setSecurityContact(String value);

	/**
	 * Returns the value of the '<em><b>Secure Design Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence that the supplier designs securely (IoTSF 2.4.3.28): certifications, assessments, contracts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secure Design Evidence</em>' attribute.
	 * @see #setSecureDesignEvidence(String)
	 * @see org.threatwright.model.TwPackage#getSupplier_SecureDesignEvidence()
	 * @model
	 * @generated
	 */
	String getSecureDesignEvidence();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Supplier#getSecureDesignEvidence <em>Secure Design Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secure Design Evidence</em>' attribute.
	 * @see #getSecureDesignEvidence()
	 * @generated
	 */
	void setSecureDesignEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Website</em>' attribute.
	 * @see #setWebsite(String)
	 * @see org.threatwright.model.TwPackage#getSupplier_Website()
	 * @model
	 * @generated
	 */
	String getWebsite();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Supplier#getWebsite <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Website</em>' attribute.
	 * @see #getWebsite()
	 * @generated
	 */
	void setWebsite(String value);

} // Supplier
