package org.threatwright.ui.editing;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.threatwright.model.SystemModel;

/**
 * The model's containment tree as the EMF item providers describe it (what {@code emf.edit.ui}'s
 * AdapterFactoryContentProvider does, which is not obtainable here). The viewer's input is the
 * {@link SystemModel}; it is the only root.
 */
final class ModelTreeContent implements ITreeContentProvider {

	private final AdapterFactory adapterFactory;

	ModelTreeContent(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof SystemModel ? new Object[] { input } : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object object) {
		return (ITreeItemContentProvider) adapterFactory.adapt(object, ITreeItemContentProvider.class);
	}
}
