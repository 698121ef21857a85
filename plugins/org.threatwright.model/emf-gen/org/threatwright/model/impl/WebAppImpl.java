/**
 */
package org.threatwright.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.threatwright.model.TwPackage;
import org.threatwright.model.WebApp;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Web App</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class WebAppImpl extends ElementImpl implements WebApp
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WebAppImpl()
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
		return TwPackage.Literals.WEB_APP;
	}

} //WebAppImpl
