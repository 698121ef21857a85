package org.threatwright.ui.editing;

import java.util.Collection;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.threatwright.model.ModelElement;
import org.threatwright.ui.explorer.ModelLabels;

/**
 * The EMF edit item providers of the system model: children, new-child descriptors and commands come from
 * EMF's reflective item provider (generated item providers are not built yet); labels are the Model
 * Explorer's. A new child is given a readable name ("New Device") so that it can be found in the tree; its
 * id is already a fresh UUID (every model element gets one when created).
 */
public final class ModelItemProviders {

	private ModelItemProviders() {
	}

	/** A new adapter factory; dispose it with the document that uses it. */
	public static ComposedAdapterFactory newAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new ModelAdapterFactory());
		return factory;
	}

	/** The reflective factory with our item provider subclass. */
	private static final class ModelAdapterFactory extends ReflectiveItemProviderAdapterFactory {
		ModelAdapterFactory() {
			// the superclass creates its shared item provider in its constructor: replace it with ours
			reflectiveItemProviderAdapter = new ModelItemProvider(this);
		}

		@Override
		public Adapter createAdapter(Notifier target) {
			return reflectiveItemProviderAdapter;
		}
	}

	private static final class ModelItemProvider extends ReflectiveItemProvider {
		ModelItemProvider(AdapterFactory factory) {
			super(factory);
		}

		@Override
		public String getText(Object object) {
			return ModelLabels.text(object);
		}

		@Override
		protected void collectNewChildDescriptors(Collection<Object> descriptors, Object object) {
			super.collectNewChildDescriptors(descriptors, object);
			for (Object descriptor : descriptors) {
				if (descriptor instanceof CommandParameter parameter
						&& parameter.getValue() instanceof ModelElement element && element.getName() == null) {
					element.setName("New " + ModelCommands.title(element.eClass().getName()));
				}
			}
		}
	}
}
