/**
 */
package org.threatwright.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.threatwright.model.Authentication;
import org.threatwright.model.Authorization;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.Interface;
import org.threatwright.model.Protocol;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getSourceInterface <em>Source Interface</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getTargetInterface <em>Target Interface</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getAuthorization <em>Authorization</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getEncryption <em>Encryption</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.threatwright.model.impl.DataFlowImpl#getDataAssets <em>Data Assets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataFlowImpl extends ModelElementImplCustom implements DataFlow
{
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Element source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Element target;

	/**
	 * The cached value of the '{@link #getSourceInterface() <em>Source Interface</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceInterface()
	 * @generated
	 * @ordered
	 */
	protected Interface sourceInterface;

	/**
	 * The cached value of the '{@link #getTargetInterface() <em>Target Interface</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetInterface()
	 * @generated
	 * @ordered
	 */
	protected Interface targetInterface;

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
	 * The default value of the '{@link #getAuthorization() <em>Authorization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorization()
	 * @generated
	 * @ordered
	 */
	protected static final Authorization AUTHORIZATION_EDEFAULT = Authorization.UNKNOWN;

	/**
	 * The cached value of the '{@link #getAuthorization() <em>Authorization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorization()
	 * @generated
	 * @ordered
	 */
	protected Authorization authorization = AUTHORIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncryption() <em>Encryption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncryption()
	 * @generated
	 * @ordered
	 */
	protected static final Encryption ENCRYPTION_EDEFAULT = Encryption.UNKNOWN;

	/**
	 * The cached value of the '{@link #getEncryption() <em>Encryption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncryption()
	 * @generated
	 * @ordered
	 */
	protected Encryption encryption = ENCRYPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final FlowDirection DIRECTION_EDEFAULT = FlowDirection.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected FlowDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataAssets() <em>Data Assets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<DataAsset> dataAssets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataFlowImpl()
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
		return TwPackage.Literals.DATA_FLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getSource()
	{
		if (source != null && source.eIsProxy())
		{
			InternalEObject oldSource = (InternalEObject)source;
			source = (Element)eResolveProxy(oldSource);
			if (source != oldSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.DATA_FLOW__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Element newSource)
	{
		Element oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getTarget()
	{
		if (target != null && target.eIsProxy())
		{
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Element)eResolveProxy(oldTarget);
			if (target != oldTarget)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.DATA_FLOW__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Element newTarget)
	{
		Element oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface getSourceInterface()
	{
		if (sourceInterface != null && sourceInterface.eIsProxy())
		{
			InternalEObject oldSourceInterface = (InternalEObject)sourceInterface;
			sourceInterface = (Interface)eResolveProxy(oldSourceInterface);
			if (sourceInterface != oldSourceInterface)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.DATA_FLOW__SOURCE_INTERFACE, oldSourceInterface, sourceInterface));
			}
		}
		return sourceInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Interface basicGetSourceInterface()
	{
		return sourceInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceInterface(Interface newSourceInterface)
	{
		Interface oldSourceInterface = sourceInterface;
		sourceInterface = newSourceInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__SOURCE_INTERFACE, oldSourceInterface, sourceInterface));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface getTargetInterface()
	{
		if (targetInterface != null && targetInterface.eIsProxy())
		{
			InternalEObject oldTargetInterface = (InternalEObject)targetInterface;
			targetInterface = (Interface)eResolveProxy(oldTargetInterface);
			if (targetInterface != oldTargetInterface)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.DATA_FLOW__TARGET_INTERFACE, oldTargetInterface, targetInterface));
			}
		}
		return targetInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Interface basicGetTargetInterface()
	{
		return targetInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetInterface(Interface newTargetInterface)
	{
		Interface oldTargetInterface = targetInterface;
		targetInterface = newTargetInterface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__TARGET_INTERFACE, oldTargetInterface, targetInterface));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__PROTOCOL, oldProtocol, protocol));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__AUTHENTICATION, oldAuthentication, authentication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authorization getAuthorization()
	{
		return authorization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorization(Authorization newAuthorization)
	{
		Authorization oldAuthorization = authorization;
		authorization = newAuthorization == null ? AUTHORIZATION_EDEFAULT : newAuthorization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__AUTHORIZATION, oldAuthorization, authorization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Encryption getEncryption()
	{
		return encryption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryption(Encryption newEncryption)
	{
		Encryption oldEncryption = encryption;
		encryption = newEncryption == null ? ENCRYPTION_EDEFAULT : newEncryption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__ENCRYPTION, oldEncryption, encryption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(FlowDirection newDirection)
	{
		FlowDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.DATA_FLOW__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataAsset> getDataAssets()
	{
		if (dataAssets == null)
		{
			dataAssets = new EObjectResolvingEList<DataAsset>(DataAsset.class, this, TwPackage.DATA_FLOW__DATA_ASSETS);
		}
		return dataAssets;
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
			case TwPackage.DATA_FLOW__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case TwPackage.DATA_FLOW__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case TwPackage.DATA_FLOW__SOURCE_INTERFACE:
				if (resolve) return getSourceInterface();
				return basicGetSourceInterface();
			case TwPackage.DATA_FLOW__TARGET_INTERFACE:
				if (resolve) return getTargetInterface();
				return basicGetTargetInterface();
			case TwPackage.DATA_FLOW__PROTOCOL:
				return getProtocol();
			case TwPackage.DATA_FLOW__AUTHENTICATION:
				return getAuthentication();
			case TwPackage.DATA_FLOW__AUTHORIZATION:
				return getAuthorization();
			case TwPackage.DATA_FLOW__ENCRYPTION:
				return getEncryption();
			case TwPackage.DATA_FLOW__DIRECTION:
				return getDirection();
			case TwPackage.DATA_FLOW__DATA_ASSETS:
				return getDataAssets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case TwPackage.DATA_FLOW__SOURCE:
				setSource((Element)newValue);
				return;
			case TwPackage.DATA_FLOW__TARGET:
				setTarget((Element)newValue);
				return;
			case TwPackage.DATA_FLOW__SOURCE_INTERFACE:
				setSourceInterface((Interface)newValue);
				return;
			case TwPackage.DATA_FLOW__TARGET_INTERFACE:
				setTargetInterface((Interface)newValue);
				return;
			case TwPackage.DATA_FLOW__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case TwPackage.DATA_FLOW__AUTHENTICATION:
				setAuthentication((Authentication)newValue);
				return;
			case TwPackage.DATA_FLOW__AUTHORIZATION:
				setAuthorization((Authorization)newValue);
				return;
			case TwPackage.DATA_FLOW__ENCRYPTION:
				setEncryption((Encryption)newValue);
				return;
			case TwPackage.DATA_FLOW__DIRECTION:
				setDirection((FlowDirection)newValue);
				return;
			case TwPackage.DATA_FLOW__DATA_ASSETS:
				getDataAssets().clear();
				getDataAssets().addAll((Collection<? extends DataAsset>)newValue);
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
			case TwPackage.DATA_FLOW__SOURCE:
				setSource((Element)null);
				return;
			case TwPackage.DATA_FLOW__TARGET:
				setTarget((Element)null);
				return;
			case TwPackage.DATA_FLOW__SOURCE_INTERFACE:
				setSourceInterface((Interface)null);
				return;
			case TwPackage.DATA_FLOW__TARGET_INTERFACE:
				setTargetInterface((Interface)null);
				return;
			case TwPackage.DATA_FLOW__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case TwPackage.DATA_FLOW__AUTHENTICATION:
				setAuthentication(AUTHENTICATION_EDEFAULT);
				return;
			case TwPackage.DATA_FLOW__AUTHORIZATION:
				setAuthorization(AUTHORIZATION_EDEFAULT);
				return;
			case TwPackage.DATA_FLOW__ENCRYPTION:
				setEncryption(ENCRYPTION_EDEFAULT);
				return;
			case TwPackage.DATA_FLOW__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case TwPackage.DATA_FLOW__DATA_ASSETS:
				getDataAssets().clear();
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
			case TwPackage.DATA_FLOW__SOURCE:
				return source != null;
			case TwPackage.DATA_FLOW__TARGET:
				return target != null;
			case TwPackage.DATA_FLOW__SOURCE_INTERFACE:
				return sourceInterface != null;
			case TwPackage.DATA_FLOW__TARGET_INTERFACE:
				return targetInterface != null;
			case TwPackage.DATA_FLOW__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case TwPackage.DATA_FLOW__AUTHENTICATION:
				return authentication != AUTHENTICATION_EDEFAULT;
			case TwPackage.DATA_FLOW__AUTHORIZATION:
				return authorization != AUTHORIZATION_EDEFAULT;
			case TwPackage.DATA_FLOW__ENCRYPTION:
				return encryption != ENCRYPTION_EDEFAULT;
			case TwPackage.DATA_FLOW__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case TwPackage.DATA_FLOW__DATA_ASSETS:
				return dataAssets != null && !dataAssets.isEmpty();
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
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", authentication: ");
		result.append(authentication);
		result.append(", authorization: ");
		result.append(authorization);
		result.append(", encryption: ");
		result.append(encryption);
		result.append(", direction: ");
		result.append(direction);
		result.append(')');
		return result.toString();
	}

} //DataFlowImpl
