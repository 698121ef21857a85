package org.threatwright.diagram.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.ModelIndex;
import org.threatwright.model.DataFlow;
import org.threatwright.model.TwPackage;

import com.google.inject.Inject;

/** Moves a data flow's source and/or target to other elements (or interface ports). */
public class ReconnectFlowHandler extends SessionOperationHandler<ReconnectEdgeOperation> {

	@Inject
	public ReconnectFlowHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
		DataFlow flow = ModelIndex.find(model(), operation.getEdgeElementId(), DataFlow.class)
				.orElseThrow(() -> new IllegalArgumentException("no data flow with id " + operation.getEdgeElementId()));
		CreateFlowHandler.End source = CreateFlowHandler.End.resolve(model(), operation.getSourceElementId());
		CreateFlowHandler.End target = CreateFlowHandler.End.resolve(model(), operation.getTargetElementId());
		CompoundCommand reconnect = new CompoundCommand("Reconnect " + flow.getName());
		TwPackage tw = TwPackage.eINSTANCE;
		if (flow.getSource() != source.element() || flow.getSourceInterface() != source.iface()) {
			reconnect.append(ModelCommands.set(session.domain(), flow, tw.getDataFlow_Source(), source.element()));
			reconnect.append(ModelCommands.set(session.domain(), flow, tw.getDataFlow_SourceInterface(), source.iface()));
		}
		if (flow.getTarget() != target.element() || flow.getTargetInterface() != target.iface()) {
			reconnect.append(ModelCommands.set(session.domain(), flow, tw.getDataFlow_Target(), target.element()));
			reconnect.append(ModelCommands.set(session.domain(), flow, tw.getDataFlow_TargetInterface(), target.iface()));
		}
		return nonEmpty(reconnect);
	}
}
