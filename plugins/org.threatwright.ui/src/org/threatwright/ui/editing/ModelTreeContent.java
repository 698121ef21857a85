package org.threatwright.ui.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.threatwright.model.SystemModel;

/**
 * The model's containment tree as the EMF item providers describe it (what {@code emf.edit.ui}'s
 * AdapterFactoryContentProvider does, which is not obtainable here). The viewer's input is the model's
 * resource, whose one root is the {@link SystemModel}. Beneath the product, the children are grouped by the
 * feature that holds them ("Elements (1000)", "Flows (2000)"): a flat list of thousands of mixed objects
 * would be slow to show and hard to read.
 */
final class ModelTreeContent implements ITreeContentProvider {

	/** A heading beneath the product for one containment feature; equal when owner and feature are. */
	record FeatureGroup(SystemModel owner, EStructuralFeature feature) {
		@Override
		public boolean equals(Object other) {
			return other instanceof FeatureGroup group && group.owner == owner && group.feature == feature;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(owner) * 31 + feature.hashCode();
		}

		String label() {
			Object value = owner.eGet(feature);
			int count = value instanceof List<?> list ? list.size() : value == null ? 0 : 1;
			return ModelCommands.title(feature.getName()) + " (" + count + ")";
		}
	}

	private final AdapterFactory adapterFactory;

	ModelTreeContent(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Resource resource ? resource.getContents().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof FeatureGroup group) {
			Object value = group.owner().eGet(group.feature());
			return value instanceof List<?> list ? list.toArray() : value == null ? new Object[0] : new Object[] { value };
		}
		if (parent instanceof SystemModel model) {
			return groups(model).toArray();
		}
		ITreeItemContentProvider provider = provider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof FeatureGroup group) {
			return group.owner();
		}
		if (element instanceof EObject object && object.eContainer() instanceof SystemModel model) {
			return new FeatureGroup(model, object.eContainingFeature());
		}
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof FeatureGroup) {
			return true;
		}
		if (element instanceof SystemModel model) {
			return !groups(model).isEmpty();
		}
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	/** One group per containment feature that holds something, in metamodel order. */
	private static List<FeatureGroup> groups(SystemModel model) {
		Map<EStructuralFeature, FeatureGroup> groups = new LinkedHashMap<>();
		for (EStructuralFeature feature : model.eClass().getEAllContainments()) {
			Object value = model.eGet(feature);
			if (value instanceof List<?> list ? !list.isEmpty() : value != null) {
				groups.put(feature, new FeatureGroup(model, feature));
			}
		}
		return new ArrayList<>(groups.values());
	}

	private ITreeItemContentProvider provider(Object object) {
		return (ITreeItemContentProvider) adapterFactory.adapt(object, ITreeItemContentProvider.class);
	}
}
