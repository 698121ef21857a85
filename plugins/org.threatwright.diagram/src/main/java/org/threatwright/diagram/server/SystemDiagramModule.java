package org.threatwright.diagram.server;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.DiagramTypes;
import org.threatwright.diagram.operations.ChangeBoundsHandler;
import org.threatwright.diagram.operations.ChangeContainerHandler;
import org.threatwright.diagram.operations.ChangeRoutingPointsHandler;
import org.threatwright.diagram.operations.ClipboardHandler;
import org.threatwright.diagram.operations.CreateBoundaryHandler;
import org.threatwright.diagram.operations.CreateElementHandler;
import org.threatwright.diagram.operations.CreateFlowHandler;
import org.threatwright.diagram.operations.DeleteHandler;
import org.threatwright.diagram.operations.LayoutHandler;
import org.threatwright.diagram.operations.PasteHandler;
import org.threatwright.diagram.operations.ReconnectFlowHandler;
import org.threatwright.diagram.operations.RenameHandler;

/**
 * The system diagram language for the GLSP server: the EMF system model of one {@link DiagramSession} is the
 * source model, every operation an EMF command on the session's command stack.
 */
public class SystemDiagramModule extends DiagramModule {

	private final DiagramSession session;

	public SystemDiagramModule(DiagramSession session) {
		this.session = session;
	}

	@Override
	public String getDiagramType() {
		return DiagramTypes.SYSTEM_DIAGRAM;
	}

	@Override
	protected void configureAdditionals() {
		bind(DiagramSession.class).toInstance(session);
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return SystemDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return SessionModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return SessionStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return SessionGModelFactory.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return SystemPalette.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(ClipboardHandler.class);
		binding.add(RefreshDiagramHandler.class);
		binding.add(SelectionHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.remove(org.eclipse.glsp.server.operations.LayoutOperationHandler.class);
		binding.add(CreateElementHandler.class);
		binding.add(CreateBoundaryHandler.class);
		binding.add(CreateFlowHandler.class);
		binding.add(ChangeBoundsHandler.class);
		binding.add(ChangeContainerHandler.class);
		binding.add(ChangeRoutingPointsHandler.class);
		binding.add(ReconnectFlowHandler.class);
		binding.add(DeleteHandler.class);
		binding.add(RenameHandler.class);
		binding.add(PasteHandler.class);
		binding.add(LayoutHandler.class);
	}
}
