package org.threatwright.diagram.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.gmodel.DiagramTypes;
import org.threatwright.diagram.gmodel.ModelIndex;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.ModelElement;
import org.threatwright.model.TwFactory;
import org.threatwright.model.TwPackage;

import com.google.inject.Inject;

/**
 * Creates a data flow between two elements. An end dropped on an interface port connects the interface's
 * element and records the interface as the flow's source or target interface.
 */
public class CreateFlowHandler extends SessionOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	@Inject
	public CreateFlowHandler(DiagramSession session) {
		super(session);
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.FLOW);
	}

	@Override
	public String getLabel() {
		return "Data flow";
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		End source = End.resolve(model(), operation.getSourceElementId());
		End target = End.resolve(model(), operation.getTargetElementId());
		DataFlow flow = TwFactory.eINSTANCE.createDataFlow();
		flow.setName(source.element().getName() + " → " + target.element().getName());
		flow.setSource(source.element());
		flow.setTarget(target.element());
		flow.setSourceInterface(source.iface());
		flow.setTargetInterface(target.iface());
		return Optional.of(new AddCommand(session.domain(), model(), TwPackage.Literals.SYSTEM_MODEL__FLOWS, flow));
	}

	/** A flow end: an element, and the interface port it was attached to if any. */
	record End(Element element, Interface iface) {

		static End resolve(org.threatwright.model.SystemModel model, String id) {
			ModelElement found = ModelIndex.find(model, id)
					.orElseThrow(() -> new IllegalArgumentException("no element with id " + id + " in the model"));
			if (found instanceof Element element) {
				return new End(element, null);
			}
			if (found instanceof Interface iface && iface.eContainer() instanceof Element owner) {
				return new End(owner, iface);
			}
			throw new IllegalArgumentException("a data flow cannot connect " + found.eClass().getName() + " " + id);
		}
	}
}
