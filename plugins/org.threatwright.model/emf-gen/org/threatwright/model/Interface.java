/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A way an element can be reached: a network port, a radio, a physical or debug port, an API.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.Interface#getKind <em>Kind</em>}</li>
 *   <li>{@link org.threatwright.model.Interface#getTechnology <em>Technology</em>}</li>
 *   <li>{@link org.threatwright.model.Interface#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.threatwright.model.Interface#getExposure <em>Exposure</em>}</li>
 *   <li>{@link org.threatwright.model.Interface#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link org.threatwright.model.Interface#getCredentials <em>Credentials</em>}</li>
 *   <li>{@link org.threatwright.model.Interface#getPairing <em>Pairing</em>}</li>
 *   <li>{@link org.threatwright.model.Interface#isEnabledInProduction <em>Enabled In Production</em>}</li>
 *   <li>{@link org.threatwright.model.Interface#getPort <em>Port</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getInterface()
 * @model
 * @generated
 */
public interface Interface extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.InterfaceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.threatwright.model.InterfaceKind
	 * @see #setKind(InterfaceKind)
	 * @see org.threatwright.model.TwPackage#getInterface_Kind()
	 * @model
	 * @generated
	 */
	InterfaceKind getKind();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.threatwright.model.InterfaceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InterfaceKind value);

	/**
	 * Returns the value of the '<em><b>Technology</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.InterfaceTechnology}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technology</em>' attribute.
	 * @see org.threatwright.model.InterfaceTechnology
	 * @see #setTechnology(InterfaceTechnology)
	 * @see org.threatwright.model.TwPackage#getInterface_Technology()
	 * @model
	 * @generated
	 */
	InterfaceTechnology getTechnology();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#getTechnology <em>Technology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technology</em>' attribute.
	 * @see org.threatwright.model.InterfaceTechnology
	 * @see #getTechnology()
	 * @generated
	 */
	void setTechnology(InterfaceTechnology value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The protocol served on this interface.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see org.threatwright.model.Protocol
	 * @see #setProtocol(Protocol)
	 * @see org.threatwright.model.TwPackage#getInterface_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see org.threatwright.model.Protocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Exposure</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.Exposure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who can reach the interface: from inside the element only up to the whole internet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exposure</em>' attribute.
	 * @see org.threatwright.model.Exposure
	 * @see #setExposure(Exposure)
	 * @see org.threatwright.model.TwPackage#getInterface_Exposure()
	 * @model
	 * @generated
	 */
	Exposure getExposure();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#getExposure <em>Exposure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exposure</em>' attribute.
	 * @see org.threatwright.model.Exposure
	 * @see #getExposure()
	 * @generated
	 */
	void setExposure(Exposure value);

	/**
	 * Returns the value of the '<em><b>Authentication</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.Authentication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How callers of this interface authenticate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authentication</em>' attribute.
	 * @see org.threatwright.model.Authentication
	 * @see #setAuthentication(Authentication)
	 * @see org.threatwright.model.TwPackage#getInterface_Authentication()
	 * @model
	 * @generated
	 */
	Authentication getAuthentication();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#getAuthentication <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authentication</em>' attribute.
	 * @see org.threatwright.model.Authentication
	 * @see #getAuthentication()
	 * @generated
	 */
	void setAuthentication(Authentication value);

	/**
	 * Returns the value of the '<em><b>Credentials</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.CredentialProvisioning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the credentials that protect this interface are set (IoTSF: no universal default passwords).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credentials</em>' attribute.
	 * @see org.threatwright.model.CredentialProvisioning
	 * @see #setCredentials(CredentialProvisioning)
	 * @see org.threatwright.model.TwPackage#getInterface_Credentials()
	 * @model
	 * @generated
	 */
	CredentialProvisioning getCredentials();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#getCredentials <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credentials</em>' attribute.
	 * @see org.threatwright.model.CredentialProvisioning
	 * @see #getCredentials()
	 * @generated
	 */
	void setCredentials(CredentialProvisioning value);

	/**
	 * Returns the value of the '<em><b>Pairing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.PairingMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For radio interfaces: how peers are paired.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pairing</em>' attribute.
	 * @see org.threatwright.model.PairingMethod
	 * @see #setPairing(PairingMethod)
	 * @see org.threatwright.model.TwPackage#getInterface_Pairing()
	 * @model
	 * @generated
	 */
	PairingMethod getPairing();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#getPairing <em>Pairing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pairing</em>' attribute.
	 * @see org.threatwright.model.PairingMethod
	 * @see #getPairing()
	 * @generated
	 */
	void setPairing(PairingMethod value);

	/**
	 * Returns the value of the '<em><b>Enabled In Production</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interface is present and usable on production units (false: removed, fused or locked).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled In Production</em>' attribute.
	 * @see #setEnabledInProduction(boolean)
	 * @see org.threatwright.model.TwPackage#getInterface_EnabledInProduction()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabledInProduction();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#isEnabledInProduction <em>Enabled In Production</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled In Production</em>' attribute.
	 * @see #isEnabledInProduction()
	 * @generated
	 */
	void setEnabledInProduction(boolean value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Port number, connector or endpoint, e.g. '443/tcp', 'J3 header'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(String)
	 * @see org.threatwright.model.TwPackage#getInterface_Port()
	 * @model
	 * @generated
	 */
	String getPort();

	/**
	 * Sets the value of the '{@link org.threatwright.model.Interface#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(String value);

} // Interface
