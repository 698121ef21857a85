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

import org.threatwright.model.BoundaryKind;
import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trust Boundary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.impl.TrustBoundaryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.threatwright.model.impl.TrustBoundaryImpl#getTrustLevel <em>Trust Level</em>}</li>
 *   <li>{@link org.threatwright.model.impl.TrustBoundaryImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.threatwright.model.impl.TrustBoundaryImpl#getBoundaries <em>Boundaries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrustBoundaryImpl extends ModelElementImplCustom implements TrustBoundary
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final BoundaryKind KIND_EDEFAULT = BoundaryKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BoundaryKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrustLevel() <em>Trust Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrustLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int TRUST_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrustLevel() <em>Trust Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrustLevel()
	 * @generated
	 * @ordered
	 */
	protected int trustLevel = TRUST_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> members;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrustBoundaryImpl()
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
		return TwPackage.Literals.TRUST_BOUNDARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BoundaryKind newKind)
	{
		BoundaryKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.TRUST_BOUNDARY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrustLevel()
	{
		return trustLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrustLevel(int newTrustLevel)
	{
		int oldTrustLevel = trustLevel;
		trustLevel = newTrustLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwPackage.TRUST_BOUNDARY__TRUST_LEVEL, oldTrustLevel, trustLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getMembers()
	{
		if (members == null)
		{
			members = new EObjectResolvingEList<Element>(Element.class, this, TwPackage.TRUST_BOUNDARY__MEMBERS);
		}
		return members;
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
			boundaries = new EObjectContainmentEList<TrustBoundary>(TrustBoundary.class, this, TwPackage.TRUST_BOUNDARY__BOUNDARIES);
		}
		return boundaries;
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
			case TwPackage.TRUST_BOUNDARY__BOUNDARIES:
				return ((InternalEList<?>)getBoundaries()).basicRemove(otherEnd, msgs);
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
			case TwPackage.TRUST_BOUNDARY__KIND:
				return getKind();
			case TwPackage.TRUST_BOUNDARY__TRUST_LEVEL:
				return getTrustLevel();
			case TwPackage.TRUST_BOUNDARY__MEMBERS:
				return getMembers();
			case TwPackage.TRUST_BOUNDARY__BOUNDARIES:
				return getBoundaries();
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
			case TwPackage.TRUST_BOUNDARY__KIND:
				setKind((BoundaryKind)newValue);
				return;
			case TwPackage.TRUST_BOUNDARY__TRUST_LEVEL:
				setTrustLevel((Integer)newValue);
				return;
			case TwPackage.TRUST_BOUNDARY__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Element>)newValue);
				return;
			case TwPackage.TRUST_BOUNDARY__BOUNDARIES:
				getBoundaries().clear();
				getBoundaries().addAll((Collection<? extends TrustBoundary>)newValue);
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
			case TwPackage.TRUST_BOUNDARY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TwPackage.TRUST_BOUNDARY__TRUST_LEVEL:
				setTrustLevel(TRUST_LEVEL_EDEFAULT);
				return;
			case TwPackage.TRUST_BOUNDARY__MEMBERS:
				getMembers().clear();
				return;
			case TwPackage.TRUST_BOUNDARY__BOUNDARIES:
				getBoundaries().clear();
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
			case TwPackage.TRUST_BOUNDARY__KIND:
				return kind != KIND_EDEFAULT;
			case TwPackage.TRUST_BOUNDARY__TRUST_LEVEL:
				return trustLevel != TRUST_LEVEL_EDEFAULT;
			case TwPackage.TRUST_BOUNDARY__MEMBERS:
				return members != null && !members.isEmpty();
			case TwPackage.TRUST_BOUNDARY__BOUNDARIES:
				return boundaries != null && !boundaries.isEmpty();
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
		result.append(", trustLevel: ");
		result.append(trustLevel);
		result.append(')');
		return result.toString();
	}

} //TrustBoundaryImpl
