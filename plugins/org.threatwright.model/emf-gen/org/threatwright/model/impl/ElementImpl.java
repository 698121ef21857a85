/**
 */
package org.threatwright.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.threatwright.model.Component;
import org.threatwright.model.DataAsset;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.Person;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.ElementImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ElementImpl#isSafetyRelevant <em>Safety Relevant</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ElementImpl#getHostedOn <em>Hosted On</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ElementImpl#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ElementImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ElementImpl#getDataAssets <em>Data Assets</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ElementImpl extends ModelElementImplCustom implements Element
{
	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Person owner;

	/**
	 * The default value of the '{@link #isSafetyRelevant() <em>Safety Relevant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSafetyRelevant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAFETY_RELEVANT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSafetyRelevant() <em>Safety Relevant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSafetyRelevant()
	 * @generated
	 * @ordered
	 */
	protected boolean safetyRelevant = SAFETY_RELEVANT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHostedOn() <em>Hosted On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostedOn()
	 * @generated
	 * @ordered
	 */
	protected Element hostedOn;

	/**
	 * The cached value of the '{@link #getInterfaces() <em>Interfaces</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<Interface> interfaces;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> components;

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
	protected ElementImpl()
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
		return TwPackage.Literals.ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOwner()
	{
		if (owner != null && owner.eIsProxy())
		{
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Person)eResolveProxy(oldOwner);
			if (owner != oldOwner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.ELEMENT__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Person newOwner)
	{
		Person oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.ELEMENT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSafetyRelevant()
	{
		return safetyRelevant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafetyRelevant(boolean newSafetyRelevant)
	{
		boolean oldSafetyRelevant = safetyRelevant;
		safetyRelevant = newSafetyRelevant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.ELEMENT__SAFETY_RELEVANT, oldSafetyRelevant, safetyRelevant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getHostedOn()
	{
		if (hostedOn != null && hostedOn.eIsProxy())
		{
			InternalEObject oldHostedOn = (InternalEObject)hostedOn;
			hostedOn = (Element)eResolveProxy(oldHostedOn);
			if (hostedOn != oldHostedOn)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.ELEMENT__HOSTED_ON, oldHostedOn, hostedOn));
			}
		}
		return hostedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetHostedOn()
	{
		return hostedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostedOn(Element newHostedOn)
	{
		Element oldHostedOn = hostedOn;
		hostedOn = newHostedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.ELEMENT__HOSTED_ON, oldHostedOn, hostedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interface> getInterfaces()
	{
		if (interfaces == null)
		{
			interfaces = new EObjectContainmentEList<Interface>(Interface.class, this, TwPackage.ELEMENT__INTERFACES);
		}
		return interfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getComponents()
	{
		if (components == null)
		{
			components = new EObjectContainmentEList<Component>(Component.class, this, TwPackage.ELEMENT__COMPONENTS);
		}
		return components;
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
			dataAssets = new EObjectResolvingEList<DataAsset>(DataAsset.class, this, TwPackage.ELEMENT__DATA_ASSETS);
		}
		return dataAssets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case TwPackage.ELEMENT__INTERFACES:
				return ((InternalEList<?>)getInterfaces()).basicRemove(otherEnd, msgs);
			case TwPackage.ELEMENT__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case TwPackage.ELEMENT__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TwPackage.ELEMENT__SAFETY_RELEVANT:
				return isSafetyRelevant();
			case TwPackage.ELEMENT__HOSTED_ON:
				if (resolve) return getHostedOn();
				return basicGetHostedOn();
			case TwPackage.ELEMENT__INTERFACES:
				return getInterfaces();
			case TwPackage.ELEMENT__COMPONENTS:
				return getComponents();
			case TwPackage.ELEMENT__DATA_ASSETS:
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
			case TwPackage.ELEMENT__OWNER:
				setOwner((Person)newValue);
				return;
			case TwPackage.ELEMENT__SAFETY_RELEVANT:
				setSafetyRelevant((Boolean)newValue);
				return;
			case TwPackage.ELEMENT__HOSTED_ON:
				setHostedOn((Element)newValue);
				return;
			case TwPackage.ELEMENT__INTERFACES:
				getInterfaces().clear();
				getInterfaces().addAll((Collection<? extends Interface>)newValue);
				return;
			case TwPackage.ELEMENT__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends Component>)newValue);
				return;
			case TwPackage.ELEMENT__DATA_ASSETS:
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
			case TwPackage.ELEMENT__OWNER:
				setOwner((Person)null);
				return;
			case TwPackage.ELEMENT__SAFETY_RELEVANT:
				setSafetyRelevant(SAFETY_RELEVANT_EDEFAULT);
				return;
			case TwPackage.ELEMENT__HOSTED_ON:
				setHostedOn((Element)null);
				return;
			case TwPackage.ELEMENT__INTERFACES:
				getInterfaces().clear();
				return;
			case TwPackage.ELEMENT__COMPONENTS:
				getComponents().clear();
				return;
			case TwPackage.ELEMENT__DATA_ASSETS:
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
			case TwPackage.ELEMENT__OWNER:
				return owner != null;
			case TwPackage.ELEMENT__SAFETY_RELEVANT:
				return safetyRelevant != SAFETY_RELEVANT_EDEFAULT;
			case TwPackage.ELEMENT__HOSTED_ON:
				return hostedOn != null;
			case TwPackage.ELEMENT__INTERFACES:
				return interfaces != null && !interfaces.isEmpty();
			case TwPackage.ELEMENT__COMPONENTS:
				return components != null && !components.isEmpty();
			case TwPackage.ELEMENT__DATA_ASSETS:
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
		result.append(" (safetyRelevant: ");
		result.append(safetyRelevant);
		result.append(')');
		return result.toString();
	}

} //ElementImpl
