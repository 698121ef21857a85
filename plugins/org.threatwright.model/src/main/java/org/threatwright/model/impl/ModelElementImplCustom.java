package org.threatwright.model.impl;

import java.util.UUID;

/**
 * Hand-written base of every model element (generation gap: the generated classes extend this one).
 * A new element gets a random UUID at once, so no element ever exists without its stable id;
 * loading a file overwrites it with the stored one.
 */
public abstract class ModelElementImplCustom extends ModelElementImpl {

	protected ModelElementImplCustom() {
		id = UUID.randomUUID().toString();
	}

	@Override
	public String toString() {
		if (eIsProxy()) {
			return super.toString();
		}
		return eClass().getName() + " '" + getName() + "' (" + getId() + ")";
	}
}
