/**
 */
package org.threatwright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data moving from one element to another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.DataFlow#getSource <em>Source</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getTarget <em>Target</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getSourceInterface <em>Source Interface</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getTargetInterface <em>Target Interface</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getAuthorization <em>Authorization</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getEncryption <em>Encryption</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.threatwright.model.DataFlow#getDataAssets <em>Data Assets</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getDataFlow()
 * @model
 * @generated
 */
public interface DataFlow extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Element)
	 * @see org.threatwright.model.TwPackage#getDataFlow_Source()
	 * @model required="true"
	 * @generated
	 */
	Element getSource();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Element value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data goes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Element)
	 * @see org.threatwright.model.TwPackage#getDataFlow_Target()
	 * @model required="true"
	 * @generated
	 */
	Element getTarget();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Element value);

	/**
	 * Returns the value of the '<em><b>Source Interface</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source's interface the flow leaves by, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Interface</em>' reference.
	 * @see #setSourceInterface(Interface)
	 * @see org.threatwright.model.TwPackage#getDataFlow_SourceInterface()
	 * @model
	 * @generated
	 */
	Interface getSourceInterface();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getSourceInterface <em>Source Interface</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Interface</em>' reference.
	 * @see #getSourceInterface()
	 * @generated
	 */
	void setSourceInterface(Interface value);

	/**
	 * Returns the value of the '<em><b>Target Interface</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target's interface the flow arrives at, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Interface</em>' reference.
	 * @see #setTargetInterface(Interface)
	 * @see org.threatwright.model.TwPackage#getDataFlow_TargetInterface()
	 * @model
	 * @generated
	 */
	Interface getTargetInterface();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getTargetInterface <em>Target Interface</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Interface</em>' reference.
	 * @see #getTargetInterface()
	 * @generated
	 */
	void setTargetInterface(Interface value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see org.threatwright.model.Protocol
	 * @see #setProtocol(Protocol)
	 * @see org.threatwright.model.TwPackage#getDataFlow_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see org.threatwright.model.Protocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Authentication</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.Authentication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the receiving end authenticates the sender.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authentication</em>' attribute.
	 * @see org.threatwright.model.Authentication
	 * @see #setAuthentication(Authentication)
	 * @see org.threatwright.model.TwPackage#getDataFlow_Authentication()
	 * @model
	 * @generated
	 */
	Authentication getAuthentication();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getAuthentication <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authentication</em>' attribute.
	 * @see org.threatwright.model.Authentication
	 * @see #getAuthentication()
	 * @generated
	 */
	void setAuthentication(Authentication value);

	/**
	 * Returns the value of the '<em><b>Authorization</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.Authorization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the receiving end decides whether the sender may do what it asks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authorization</em>' attribute.
	 * @see org.threatwright.model.Authorization
	 * @see #setAuthorization(Authorization)
	 * @see org.threatwright.model.TwPackage#getDataFlow_Authorization()
	 * @model
	 * @generated
	 */
	Authorization getAuthorization();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getAuthorization <em>Authorization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authorization</em>' attribute.
	 * @see org.threatwright.model.Authorization
	 * @see #getAuthorization()
	 * @generated
	 */
	void setAuthorization(Authorization value);

	/**
	 * Returns the value of the '<em><b>Encryption</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.Encryption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encryption</em>' attribute.
	 * @see org.threatwright.model.Encryption
	 * @see #setEncryption(Encryption)
	 * @see org.threatwright.model.TwPackage#getDataFlow_Encryption()
	 * @model
	 * @generated
	 */
	Encryption getEncryption();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getEncryption <em>Encryption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encryption</em>' attribute.
	 * @see org.threatwright.model.Encryption
	 * @see #getEncryption()
	 * @generated
	 */
	void setEncryption(Encryption value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.FlowDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.threatwright.model.FlowDirection
	 * @see #setDirection(FlowDirection)
	 * @see org.threatwright.model.TwPackage#getDataFlow_Direction()
	 * @model
	 * @generated
	 */
	FlowDirection getDirection();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataFlow#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.threatwright.model.FlowDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(FlowDirection value);

	/**
	 * Returns the value of the '<em><b>Data Assets</b></em>' reference list.
	 * The list contents are of type {@link org.threatwright.model.DataAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data assets this flow carries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Assets</em>' reference list.
	 * @see org.threatwright.model.TwPackage#getDataFlow_DataAssets()
	 * @model
	 * @generated
	 */
	EList<DataAsset> getDataAssets();

} // DataFlow
