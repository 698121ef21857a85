/**
 */
package org.threatwright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.threatwright.model.Authentication;
import org.threatwright.model.CredentialProvisioning;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceKind;
import org.threatwright.model.InterfaceTechnology;
import org.threatwright.model.PairingMethod;
import org.threatwright.model.Protocol;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#getTechnology <em>Technology</em>}</li>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#getExposure <em>Exposure</em>}</li>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#getCredentials <em>Credentials</em>}</li>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#getPairing <em>Pairing</em>}</li>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#isEnabledInProduction <em>Enabled In Production</em>}</li>
 *   <li>{@link org.threatwright.model.impl.InterfaceImpl#getPort <em>Port</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceImpl extends ModelElementImplCustom implements Interface
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceKind KIND_EDEFAULT = InterfaceKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InterfaceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTechnology() <em>Technology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnology()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceTechnology TECHNOLOGY_EDEFAULT = InterfaceTechnology.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getTechnology() <em>Technology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnology()
	 * @generated
	 * @ordered
	 */
	protected InterfaceTechnology technology = TECHNOLOGY_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final Protocol PROTOCOL_EDEFAULT = Protocol.UNKNOWN;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getExposure() <em>Exposure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExposure()
	 * @generated
	 * @ordered
	 */
	protected static final Exposure EXPOSURE_EDEFAULT = Exposure.UNKNOWN;

	/**
	 * The cached value of the '{@link #getExposure() <em>Exposure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExposure()
	 * @generated
	 * @ordered
	 */
	protected Exposure exposure = EXPOSURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthentication() <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthentication()
	 * @generated
	 * @ordered
	 */
	protected static final Authentication AUTHENTICATION_EDEFAULT = Authentication.UNKNOWN;

	/**
	 * The cached value of the '{@link #getAuthentication() <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthentication()
	 * @generated
	 * @ordered
	 */
	protected Authentication authentication = AUTHENTICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredentials() <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentials()
	 * @generated
	 * @ordered
	 */
	protected static final CredentialProvisioning CREDENTIALS_EDEFAULT = CredentialProvisioning.UNKNOWN;

	/**
	 * The cached value of the '{@link #getCredentials() <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentials()
	 * @generated
	 * @ordered
	 */
	protected CredentialProvisioning credentials = CREDENTIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPairing() <em>Pairing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairing()
	 * @generated
	 * @ordered
	 */
	protected static final PairingMethod PAIRING_EDEFAULT = PairingMethod.UNKNOWN;

	/**
	 * The cached value of the '{@link #getPairing() <em>Pairing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairing()
	 * @generated
	 * @ordered
	 */
	protected PairingMethod pairing = PAIRING_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabledInProduction() <em>Enabled In Production</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabledInProduction()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_IN_PRODUCTION_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabledInProduction() <em>Enabled In Production</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabledInProduction()
	 * @generated
	 * @ordered
	 */
	protected boolean enabledInProduction = ENABLED_IN_PRODUCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final String PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected String port = PORT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterfaceImpl()
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
		return TwPackage.Literals.INTERFACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InterfaceKind newKind)
	{
		InterfaceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceTechnology getTechnology()
	{
		return technology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnology(InterfaceTechnology newTechnology)
	{
		InterfaceTechnology oldTechnology = technology;
		technology = newTechnology == null ? TECHNOLOGY_EDEFAULT : newTechnology;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__TECHNOLOGY, oldTechnology, technology));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol()
	{
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Protocol newProtocol)
	{
		Protocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Exposure getExposure()
	{
		return exposure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExposure(Exposure newExposure)
	{
		Exposure oldExposure = exposure;
		exposure = newExposure == null ? EXPOSURE_EDEFAULT : newExposure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__EXPOSURE, oldExposure, exposure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authentication getAuthentication()
	{
		return authentication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthentication(Authentication newAuthentication)
	{
		Authentication oldAuthentication = authentication;
		authentication = newAuthentication == null ? AUTHENTICATION_EDEFAULT : newAuthentication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__AUTHENTICATION, oldAuthentication, authentication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CredentialProvisioning getCredentials()
	{
		return credentials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentials(CredentialProvisioning newCredentials)
	{
		CredentialProvisioning oldCredentials = credentials;
		credentials = newCredentials == null ? CREDENTIALS_EDEFAULT : newCredentials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__CREDENTIALS, oldCredentials, credentials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PairingMethod getPairing()
	{
		return pairing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPairing(PairingMethod newPairing)
	{
		PairingMethod oldPairing = pairing;
		pairing = newPairing == null ? PAIRING_EDEFAULT : newPairing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__PAIRING, oldPairing, pairing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabledInProduction()
	{
		return enabledInProduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabledInProduction(boolean newEnabledInProduction)
	{
		boolean oldEnabledInProduction = enabledInProduction;
		enabledInProduction = newEnabledInProduction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__ENABLED_IN_PRODUCTION, oldEnabledInProduction, enabledInProduction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPort()
	{
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(String newPort)
	{
		String oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.INTERFACE__PORT, oldPort, port));
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
			case TwPackage.INTERFACE__KIND:
				return getKind();
			case TwPackage.INTERFACE__TECHNOLOGY:
				return getTechnology();
			case TwPackage.INTERFACE__PROTOCOL:
				return getProtocol();
			case TwPackage.INTERFACE__EXPOSURE:
				return getExposure();
			case TwPackage.INTERFACE__AUTHENTICATION:
				return getAuthentication();
			case TwPackage.INTERFACE__CREDENTIALS:
				return getCredentials();
			case TwPackage.INTERFACE__PAIRING:
				return getPairing();
			case TwPackage.INTERFACE__ENABLED_IN_PRODUCTION:
				return isEnabledInProduction();
			case TwPackage.INTERFACE__PORT:
				return getPort();
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
			case TwPackage.INTERFACE__KIND:
				setKind((InterfaceKind)newValue);
				return;
			case TwPackage.INTERFACE__TECHNOLOGY:
				setTechnology((InterfaceTechnology)newValue);
				return;
			case TwPackage.INTERFACE__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case TwPackage.INTERFACE__EXPOSURE:
				setExposure((Exposure)newValue);
				return;
			case TwPackage.INTERFACE__AUTHENTICATION:
				setAuthentication((Authentication)newValue);
				return;
			case TwPackage.INTERFACE__CREDENTIALS:
				setCredentials((CredentialProvisioning)newValue);
				return;
			case TwPackage.INTERFACE__PAIRING:
				setPairing((PairingMethod)newValue);
				return;
			case TwPackage.INTERFACE__ENABLED_IN_PRODUCTION:
				setEnabledInProduction((Boolean)newValue);
				return;
			case TwPackage.INTERFACE__PORT:
				setPort((String)newValue);
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
			case TwPackage.INTERFACE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TwPackage.INTERFACE__TECHNOLOGY:
				setTechnology(TECHNOLOGY_EDEFAULT);
				return;
			case TwPackage.INTERFACE__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case TwPackage.INTERFACE__EXPOSURE:
				setExposure(EXPOSURE_EDEFAULT);
				return;
			case TwPackage.INTERFACE__AUTHENTICATION:
				setAuthentication(AUTHENTICATION_EDEFAULT);
				return;
			case TwPackage.INTERFACE__CREDENTIALS:
				setCredentials(CREDENTIALS_EDEFAULT);
				return;
			case TwPackage.INTERFACE__PAIRING:
				setPairing(PAIRING_EDEFAULT);
				return;
			case TwPackage.INTERFACE__ENABLED_IN_PRODUCTION:
				setEnabledInProduction(ENABLED_IN_PRODUCTION_EDEFAULT);
				return;
			case TwPackage.INTERFACE__PORT:
				setPort(PORT_EDEFAULT);
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
			case TwPackage.INTERFACE__KIND:
				return kind != KIND_EDEFAULT;
			case TwPackage.INTERFACE__TECHNOLOGY:
				return technology != TECHNOLOGY_EDEFAULT;
			case TwPackage.INTERFACE__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case TwPackage.INTERFACE__EXPOSURE:
				return exposure != EXPOSURE_EDEFAULT;
			case TwPackage.INTERFACE__AUTHENTICATION:
				return authentication != AUTHENTICATION_EDEFAULT;
			case TwPackage.INTERFACE__CREDENTIALS:
				return credentials != CREDENTIALS_EDEFAULT;
			case TwPackage.INTERFACE__PAIRING:
				return pairing != PAIRING_EDEFAULT;
			case TwPackage.INTERFACE__ENABLED_IN_PRODUCTION:
				return enabledInProduction != ENABLED_IN_PRODUCTION_EDEFAULT;
			case TwPackage.INTERFACE__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", technology: ");
		result.append(technology);
		result.append(", protocol: ");
		result.append(protocol);
		result.append(", exposure: ");
		result.append(exposure);
		result.append(", authentication: ");
		result.append(authentication);
		result.append(", credentials: ");
		result.append(credentials);
		result.append(", pairing: ");
		result.append(pairing);
		result.append(", enabledInProduction: ");
		result.append(enabledInProduction);
		result.append(", port: ");
		result.append(port);
		result.append(')');
		return result.toString();
	}

} //InterfaceImpl
