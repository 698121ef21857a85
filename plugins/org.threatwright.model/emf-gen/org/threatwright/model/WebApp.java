/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Web App</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A web application used in a browser.
 * <!-- end-model-doc -->
 *
 *
 * @see org.threatwright.model.TwPackage#getWebApp()
 * @model
 * @generated
 */
public interface WebApp extends Element
{
} // WebApp
