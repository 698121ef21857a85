/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device that bridges networks, e.g. a local radio network or an OT network to the internet.
 * <!-- end-model-doc -->
 *
 *
 * @see org.threatwright.model.TwPackage#getGateway()
 * @model
 * @generated
 */
public interface Gateway extends Device
{
} // Gateway
