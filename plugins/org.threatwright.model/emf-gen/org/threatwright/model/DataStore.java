/**
 */
package org.threatwright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Store</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where data rests: a database, a file system, a log store, flash memory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.threatwright.model.DataStore#isHoldsLogs <em>Holds Logs</em>}</li>
 *   <li>{@link org.threatwright.model.DataStore#isEncryptedAtRest <em>Encrypted At Rest</em>}</li>
 *   <li>{@link org.threatwright.model.DataStore#getTechnology <em>Technology</em>}</li>
 * </ul>
 *
 * @see org.threatwright.model.TwPackage#getDataStore()
 * @model
 * @generated
 */
public interface DataStore extends Element
{
	/**
	 * Returns the value of the '<em><b>Holds Logs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holds log or audit data (STRIDE adds repudiation for such stores).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holds Logs</em>' attribute.
	 * @see #setHoldsLogs(boolean)
	 * @see org.threatwright.model.TwPackage#getDataStore_HoldsLogs()
	 * @model
	 * @generated
	 */
	boolean isHoldsLogs();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataStore#isHoldsLogs <em>Holds Logs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holds Logs</em>' attribute.
	 * @see #isHoldsLogs()
	 * @generated
	 */
	void setHoldsLogs(boolean value);

	/**
	 * Returns the value of the '<em><b>Encrypted At Rest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encrypted At Rest</em>' attribute.
	 * @see #setEncryptedAtRest(boolean)
	 * @see org.threatwright.model.TwPackage#getDataStore_EncryptedAtRest()
	 * @model
	 * @generated
	 */
	boolean isEncryptedAtRest();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataStore#isEncryptedAtRest <em>Encrypted At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted At Rest</em>' attribute.
	 * @see #isEncryptedAtRest()
	 * @generated
	 */
	void setEncryptedAtRest(boolean value);

	/**
	 * Returns the value of the '<em><b>Technology</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E.g. 'PostgreSQL 16', 'SPI flash', 'S3 bucket'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Technology</em>' attribute.
	 * @see #setTechnology(String)
	 * @see org.threatwright.model.TwPackage#getDataStore_Technology()
	 * @model
	 * @generated
	 */
	String getTechnology();

	/**
	 * Sets the value of the '{@link org.threatwright.model.DataStore#getTechnology <em>Technology</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technology</em>' attribute.
	 * @see #getTechnology()
	 * @generated
	 */
	void setTechnology(String value);

} // DataStore
