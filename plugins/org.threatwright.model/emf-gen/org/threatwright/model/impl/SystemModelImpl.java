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

import org.threatwright.model.Assumption;
import org.threatwright.model.ComplianceClass;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Person;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>System Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getRelease <em>Release</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getComplianceClass <em>Compliance Class</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getSupportedUntil <em>Supported Until</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getElements <em>Elements</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getBoundaries <em>Boundaries</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getDataAssets <em>Data Assets</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getSuppliers <em>Suppliers</em>}</li>
 *   <li>{@link org.threatwright.model.impl.SystemModelImpl#getAssumptions <em>Assumptions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SystemModelImpl extends ModelElementImplCustom implements SystemModel
{
	/**
	 * The default value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected static final String RELEASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected String release = RELEASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected static final String MANUFACTURER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected String manufacturer = MANUFACTURER_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplianceClass() <em>Compliance Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceClass()
	 * @generated
	 * @ordered
	 */
	protected static final ComplianceClass COMPLIANCE_CLASS_EDEFAULT = ComplianceClass.CLASS0;

	/**
	 * The cached value of the '{@link #getComplianceClass() <em>Compliance Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceClass()
	 * @generated
	 * @ordered
	 */
	protected ComplianceClass complianceClass = COMPLIANCE_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportedUntil() <em>Supported Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SUPPORTED_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportedUntil() <em>Supported Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate supportedUntil = SUPPORTED_UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<RoleAssignment> roles;

	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> elements;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<DataFlow> flows;

	/**
	 * The cached value of the '{@link #getBoundaries() <em>Boundaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundaries()
	 * @generated
	 * @ordered
	 */
	protected EList<TrustBoundary> boundaries;

	/**
	 * The cached value of the '{@link #getDataAssets() <em>Data Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<DataAsset> dataAssets;

	/**
	 * The cached value of the '{@link #getSuppliers() <em>Suppliers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuppliers()
	 * @generated
	 * @ordered
	 */
	protected EList<Supplier> suppliers;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Assumption> assumptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SystemModelImpl()
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
		return TwPackage.Literals.SYSTEM_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRelease()
	{
		return release;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelease(String newRelease)
	{
		String oldRelease = release;
		release = newRelease;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.SYSTEM_MODEL__RELEASE, oldRelease, release));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManufacturer()
	{
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManufacturer(String newManufacturer)
	{
		String oldManufacturer = manufacturer;
		manufacturer = newManufacturer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.SYSTEM_MODEL__MANUFACTURER, oldManufacturer, manufacturer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplianceClass getComplianceClass()
	{
		return complianceClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplianceClass(ComplianceClass newComplianceClass)
	{
		ComplianceClass oldComplianceClass = complianceClass;
		complianceClass = newComplianceClass == null ? COMPLIANCE_CLASS_EDEFAULT : newComplianceClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.SYSTEM_MODEL__COMPLIANCE_CLASS, oldComplianceClass, complianceClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSupportedUntil()
	{
		return supportedUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportedUntil(LocalDate newSupportedUntil)
	{
		LocalDate oldSupportedUntil = supportedUntil;
		supportedUntil = newSupportedUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.SYSTEM_MODEL__SUPPORTED_UNTIL, oldSupportedUntil, supportedUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople()
	{
		if (people == null)
		{
			people = new EObjectContainmentEList<Person>(Person.class, this, TwPackage.SYSTEM_MODEL__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoleAssignment> getRoles()
	{
		if (roles == null)
		{
			roles = new EObjectContainmentEList<RoleAssignment>(RoleAssignment.class, this, TwPackage.SYSTEM_MODEL__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getElements()
	{
		if (elements == null)
		{
			elements = new EObjectContainmentEList<Element>(Element.class, this, TwPackage.SYSTEM_MODEL__ELEMENTS);
		}
		return elements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataFlow> getFlows()
	{
		if (flows == null)
		{
			flows = new EObjectContainmentEList<DataFlow>(DataFlow.class, this, TwPackage.SYSTEM_MODEL__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrustBoundary> getBoundaries()
	{
		if (boundaries == null)
		{
			boundaries = new EObjectContainmentEList<TrustBoundary>(TrustBoundary.class, this, TwPackage.SYSTEM_MODEL__BOUNDARIES);
		}
		return boundaries;
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
			dataAssets = new EObjectContainmentEList<DataAsset>(DataAsset.class, this, TwPackage.SYSTEM_MODEL__DATA_ASSETS);
		}
		return dataAssets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Supplier> getSuppliers()
	{
		if (suppliers == null)
		{
			suppliers = new EObjectContainmentEList<Supplier>(Supplier.class, this, TwPackage.SYSTEM_MODEL__SUPPLIERS);
		}
		return suppliers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assumption> getAssumptions()
	{
		if (assumptions == null)
		{
			assumptions = new EObjectContainmentEList<Assumption>(Assumption.class, this, TwPackage.SYSTEM_MODEL__ASSUMPTIONS);
		}
		return assumptions;
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
			case TwPackage.SYSTEM_MODEL__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case TwPackage.SYSTEM_MODEL__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case TwPackage.SYSTEM_MODEL__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
			case TwPackage.SYSTEM_MODEL__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
			case TwPackage.SYSTEM_MODEL__BOUNDARIES:
				return ((InternalEList<?>)getBoundaries()).basicRemove(otherEnd, msgs);
			case TwPackage.SYSTEM_MODEL__DATA_ASSETS:
				return ((InternalEList<?>)getDataAssets()).basicRemove(otherEnd, msgs);
			case TwPackage.SYSTEM_MODEL__SUPPLIERS:
				return ((InternalEList<?>)getSuppliers()).basicRemove(otherEnd, msgs);
			case TwPackage.SYSTEM_MODEL__ASSUMPTIONS:
				return ((InternalEList<?>)getAssumptions()).basicRemove(otherEnd, msgs);
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
			case TwPackage.SYSTEM_MODEL__RELEASE:
				return getRelease();
			case TwPackage.SYSTEM_MODEL__MANUFACTURER:
				return getManufacturer();
			case TwPackage.SYSTEM_MODEL__COMPLIANCE_CLASS:
				return getComplianceClass();
			case TwPackage.SYSTEM_MODEL__SUPPORTED_UNTIL:
				return getSupportedUntil();
			case TwPackage.SYSTEM_MODEL__PEOPLE:
				return getPeople();
			case TwPackage.SYSTEM_MODEL__ROLES:
				return getRoles();
			case TwPackage.SYSTEM_MODEL__ELEMENTS:
				return getElements();
			case TwPackage.SYSTEM_MODEL__FLOWS:
				return getFlows();
			case TwPackage.SYSTEM_MODEL__BOUNDARIES:
				return getBoundaries();
			case TwPackage.SYSTEM_MODEL__DATA_ASSETS:
				return getDataAssets();
			case TwPackage.SYSTEM_MODEL__SUPPLIERS:
				return getSuppliers();
			case TwPackage.SYSTEM_MODEL__ASSUMPTIONS:
				return getAssumptions();
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
			case TwPackage.SYSTEM_MODEL__RELEASE:
				setRelease((String)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__MANUFACTURER:
				setManufacturer((String)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__COMPLIANCE_CLASS:
				setComplianceClass((ComplianceClass)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__SUPPORTED_UNTIL:
				setSupportedUntil((LocalDate)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends RoleAssignment>)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends Element>)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends DataFlow>)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__BOUNDARIES:
				getBoundaries().clear();
				getBoundaries().addAll((Collection<? extends TrustBoundary>)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__DATA_ASSETS:
				getDataAssets().clear();
				getDataAssets().addAll((Collection<? extends DataAsset>)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__SUPPLIERS:
				getSuppliers().clear();
				getSuppliers().addAll((Collection<? extends Supplier>)newValue);
				return;
			case TwPackage.SYSTEM_MODEL__ASSUMPTIONS:
				getAssumptions().clear();
				getAssumptions().addAll((Collection<? extends Assumption>)newValue);
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
			case TwPackage.SYSTEM_MODEL__RELEASE:
				setRelease(RELEASE_EDEFAULT);
				return;
			case TwPackage.SYSTEM_MODEL__MANUFACTURER:
				setManufacturer(MANUFACTURER_EDEFAULT);
				return;
			case TwPackage.SYSTEM_MODEL__COMPLIANCE_CLASS:
				setComplianceClass(COMPLIANCE_CLASS_EDEFAULT);
				return;
			case TwPackage.SYSTEM_MODEL__SUPPORTED_UNTIL:
				setSupportedUntil(SUPPORTED_UNTIL_EDEFAULT);
				return;
			case TwPackage.SYSTEM_MODEL__PEOPLE:
				getPeople().clear();
				return;
			case TwPackage.SYSTEM_MODEL__ROLES:
				getRoles().clear();
				return;
			case TwPackage.SYSTEM_MODEL__ELEMENTS:
				getElements().clear();
				return;
			case TwPackage.SYSTEM_MODEL__FLOWS:
				getFlows().clear();
				return;
			case TwPackage.SYSTEM_MODEL__BOUNDARIES:
				getBoundaries().clear();
				return;
			case TwPackage.SYSTEM_MODEL__DATA_ASSETS:
				getDataAssets().clear();
				return;
			case TwPackage.SYSTEM_MODEL__SUPPLIERS:
				getSuppliers().clear();
				return;
			case TwPackage.SYSTEM_MODEL__ASSUMPTIONS:
				getAssumptions().clear();
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
			case TwPackage.SYSTEM_MODEL__RELEASE:
				return RELEASE_EDEFAULT == null ? release != null : !RELEASE_EDEFAULT.equals(release);
			case TwPackage.SYSTEM_MODEL__MANUFACTURER:
				return MANUFACTURER_EDEFAULT == null ? manufacturer != null : !MANUFACTURER_EDEFAULT.equals(manufacturer);
			case TwPackage.SYSTEM_MODEL__COMPLIANCE_CLASS:
				return complianceClass != COMPLIANCE_CLASS_EDEFAULT;
			case TwPackage.SYSTEM_MODEL__SUPPORTED_UNTIL:
				return SUPPORTED_UNTIL_EDEFAULT == null ? supportedUntil != null : !SUPPORTED_UNTIL_EDEFAULT.equals(supportedUntil);
			case TwPackage.SYSTEM_MODEL__PEOPLE:
				return people != null && !people.isEmpty();
			case TwPackage.SYSTEM_MODEL__ROLES:
				return roles != null && !roles.isEmpty();
			case TwPackage.SYSTEM_MODEL__ELEMENTS:
				return elements != null && !elements.isEmpty();
			case TwPackage.SYSTEM_MODEL__FLOWS:
				return flows != null && !flows.isEmpty();
			case TwPackage.SYSTEM_MODEL__BOUNDARIES:
				return boundaries != null && !boundaries.isEmpty();
			case TwPackage.SYSTEM_MODEL__DATA_ASSETS:
				return dataAssets != null && !dataAssets.isEmpty();
			case TwPackage.SYSTEM_MODEL__SUPPLIERS:
				return suppliers != null && !suppliers.isEmpty();
			case TwPackage.SYSTEM_MODEL__ASSUMPTIONS:
				return assumptions != null && !assumptions.isEmpty();
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
		result.append(" (release: ");
		result.append(release);
		result.append(", manufacturer: ");
		result.append(manufacturer);
		result.append(", complianceClass: ");
		result.append(complianceClass);
		result.append(", supportedUntil: ");
		result.append(supportedUntil);
		result.append(')');
		return result.toString();
	}

} //SystemModelImpl
