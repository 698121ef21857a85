/**
 */
package org.threatwright.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.ComponentType;
import org.threatwright.model.Person;
import org.threatwright.model.Supplier;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getPurl <em>Purl</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getCpe <em>Cpe</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getLicence <em>Licence</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getEndOfSupport <em>End Of Support</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link org.threatwright.model.impl.ComponentImpl#getComponents <em>Components</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentImpl extends ModelElementImplCustom implements Component
{
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentType TYPE_EDEFAULT = ComponentType.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ComponentType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentOrigin ORIGIN_EDEFAULT = ComponentOrigin.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected ComponentOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupplier() <em>Supplier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplier()
	 * @generated
	 * @ordered
	 */
	protected Supplier supplier;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurl() <em>Purl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurl()
	 * @generated
	 * @ordered
	 */
	protected static final String PURL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurl() <em>Purl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurl()
	 * @generated
	 * @ordered
	 */
	protected String purl = PURL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpe() <em>Cpe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpe()
	 * @generated
	 * @ordered
	 */
	protected static final String CPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpe() <em>Cpe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpe()
	 * @generated
	 * @ordered
	 */
	protected String cpe = CPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected String licence = LICENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndOfSupport() <em>End Of Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfSupport()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_OF_SUPPORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndOfSupport() <em>End Of Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfSupport()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endOfSupport = END_OF_SUPPORT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssessor() <em>Assessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected Person assessor;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentImpl()
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
		return TwPackage.Literals.COMPONENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentType getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ComponentType newType)
	{
		ComponentType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentOrigin getOrigin()
	{
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(ComponentOrigin newOrigin)
	{
		ComponentOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Supplier getSupplier()
	{
		if (supplier != null && supplier.eIsProxy())
		{
			InternalEObject oldSupplier = (InternalEObject)supplier;
			supplier = (Supplier)eResolveProxy(oldSupplier);
			if (supplier != oldSupplier)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.COMPONENT__SUPPLIER, oldSupplier, supplier));
			}
		}
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Supplier basicGetSupplier()
	{
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplier(Supplier newSupplier)
	{
		Supplier oldSupplier = supplier;
		supplier = newSupplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__SUPPLIER, oldSupplier, supplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion()
	{
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion)
	{
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurl()
	{
		return purl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurl(String newPurl)
	{
		String oldPurl = purl;
		purl = newPurl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__PURL, oldPurl, purl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpe()
	{
		return cpe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpe(String newCpe)
	{
		String oldCpe = cpe;
		cpe = newCpe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__CPE, oldCpe, cpe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicence()
	{
		return licence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicence(String newLicence)
	{
		String oldLicence = licence;
		licence = newLicence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__LICENCE, oldLicence, licence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndOfSupport()
	{
		return endOfSupport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndOfSupport(LocalDate newEndOfSupport)
	{
		LocalDate oldEndOfSupport = endOfSupport;
		endOfSupport = newEndOfSupport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__END_OF_SUPPORT, oldEndOfSupport, endOfSupport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAssessor()
	{
		if (assessor != null && assessor.eIsProxy())
		{
			InternalEObject oldAssessor = (InternalEObject)assessor;
			assessor = (Person)eResolveProxy(oldAssessor);
			if (assessor != oldAssessor)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwPackage.COMPONENT__ASSESSOR, oldAssessor, assessor));
			}
		}
		return assessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAssessor()
	{
		return assessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessor(Person newAssessor)
	{
		Person oldAssessor = assessor;
		assessor = newAssessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.COMPONENT__ASSESSOR, oldAssessor, assessor));
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
			components = new EObjectContainmentEList<Component>(Component.class, this, TwPackage.COMPONENT__COMPONENTS);
		}
		return components;
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
			case TwPackage.COMPONENT__COMPONENTS:
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
			case TwPackage.COMPONENT__TYPE:
				return getType();
			case TwPackage.COMPONENT__ORIGIN:
				return getOrigin();
			case TwPackage.COMPONENT__SUPPLIER:
				if (resolve) return getSupplier();
				return basicGetSupplier();
			case TwPackage.COMPONENT__VERSION:
				return getVersion();
			case TwPackage.COMPONENT__PURL:
				return getPurl();
			case TwPackage.COMPONENT__CPE:
				return getCpe();
			case TwPackage.COMPONENT__LICENCE:
				return getLicence();
			case TwPackage.COMPONENT__END_OF_SUPPORT:
				return getEndOfSupport();
			case TwPackage.COMPONENT__ASSESSOR:
				if (resolve) return getAssessor();
				return basicGetAssessor();
			case TwPackage.COMPONENT__COMPONENTS:
				return getComponents();
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
			case TwPackage.COMPONENT__TYPE:
				setType((ComponentType)newValue);
				return;
			case TwPackage.COMPONENT__ORIGIN:
				setOrigin((ComponentOrigin)newValue);
				return;
			case TwPackage.COMPONENT__SUPPLIER:
				setSupplier((Supplier)newValue);
				return;
			case TwPackage.COMPONENT__VERSION:
				setVersion((String)newValue);
				return;
			case TwPackage.COMPONENT__PURL:
				setPurl((String)newValue);
				return;
			case TwPackage.COMPONENT__CPE:
				setCpe((String)newValue);
				return;
			case TwPackage.COMPONENT__LICENCE:
				setLicence((String)newValue);
				return;
			case TwPackage.COMPONENT__END_OF_SUPPORT:
				setEndOfSupport((LocalDate)newValue);
				return;
			case TwPackage.COMPONENT__ASSESSOR:
				setAssessor((Person)newValue);
				return;
			case TwPackage.COMPONENT__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends Component>)newValue);
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
			case TwPackage.COMPONENT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case TwPackage.COMPONENT__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case TwPackage.COMPONENT__SUPPLIER:
				setSupplier((Supplier)null);
				return;
			case TwPackage.COMPONENT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case TwPackage.COMPONENT__PURL:
				setPurl(PURL_EDEFAULT);
				return;
			case TwPackage.COMPONENT__CPE:
				setCpe(CPE_EDEFAULT);
				return;
			case TwPackage.COMPONENT__LICENCE:
				setLicence(LICENCE_EDEFAULT);
				return;
			case TwPackage.COMPONENT__END_OF_SUPPORT:
				setEndOfSupport(END_OF_SUPPORT_EDEFAULT);
				return;
			case TwPackage.COMPONENT__ASSESSOR:
				setAssessor((Person)null);
				return;
			case TwPackage.COMPONENT__COMPONENTS:
				getComponents().clear();
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
			case TwPackage.COMPONENT__TYPE:
				return type != TYPE_EDEFAULT;
			case TwPackage.COMPONENT__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case TwPackage.COMPONENT__SUPPLIER:
				return supplier != null;
			case TwPackage.COMPONENT__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case TwPackage.COMPONENT__PURL:
				return PURL_EDEFAULT == null ? purl != null : !PURL_EDEFAULT.equals(purl);
			case TwPackage.COMPONENT__CPE:
				return CPE_EDEFAULT == null ? cpe != null : !CPE_EDEFAULT.equals(cpe);
			case TwPackage.COMPONENT__LICENCE:
				return LICENCE_EDEFAULT == null ? licence != null : !LICENCE_EDEFAULT.equals(licence);
			case TwPackage.COMPONENT__END_OF_SUPPORT:
				return END_OF_SUPPORT_EDEFAULT == null ? endOfSupport != null : !END_OF_SUPPORT_EDEFAULT.equals(endOfSupport);
			case TwPackage.COMPONENT__ASSESSOR:
				return assessor != null;
			case TwPackage.COMPONENT__COMPONENTS:
				return components != null && !components.isEmpty();
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
		result.append(" (type: ");
		result.append(type);
		result.append(", origin: ");
		result.append(origin);
		result.append(", version: ");
		result.append(version);
		result.append(", purl: ");
		result.append(purl);
		result.append(", cpe: ");
		result.append(cpe);
		result.append(", licence: ");
		result.append(licence);
		result.append(", endOfSupport: ");
		result.append(endOfSupport);
		result.append(')');
		return result.toString();
	}

} //ComponentImpl
