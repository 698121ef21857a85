/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cloud Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service running in a cloud or data centre.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.CloudService#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.threatwright.model.CloudService#getRegion <em>Region</em>}</li>
 *   <li>{@link org.threatwright.model.CloudService#getServiceModel <em>Service Model</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getCloudService()
 * @model
 * @generated
 */
public interface CloudService extends Element
{
	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cloud provider or hosting organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see org.threatwright.model.TwPackage#getCloudService_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link org.threatwright.model.CloudService#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it runs (jurisdiction matters for personal data).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.threatwright.model.TwPackage#getCloudService_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.threatwright.model.CloudService#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Service Model</b></em>' attribute.
	 * The literals are from the enumeration {@link org.threatwright.model.CloudServiceModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Model</em>' attribute.
	 * @see org.threatwright.model.CloudServiceModel
	 * @see #setServiceModel(CloudServiceModel)
	 * @see org.threatwright.model.TwPackage#getCloudService_ServiceModel()
	 * @model
	 * @generated
	 */
	CloudServiceModel getServiceModel();

	/**
	 * Sets the value of the '{@link org.threatwright.model.CloudService#getServiceModel <em>Service Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Model</em>' attribute.
	 * @see org.threatwright.model.CloudServiceModel
	 * @see #getServiceModel()
	 * @generated
	 */
	void setServiceModel(CloudServiceModel value);

} // CloudService
