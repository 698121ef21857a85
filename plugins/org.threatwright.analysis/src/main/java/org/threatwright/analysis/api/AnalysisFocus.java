package org.threatwright.analysis.api;

import java.util.List;

import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Supplier;

/**
 * The part of a model an incremental analysis re-evaluates: the elements, flows and suppliers whose findings
 * may have changed, each list in model order and holding only objects that are in the model. Components,
 * interfaces and update mechanisms belong to their element's focus.
 */
public record AnalysisFocus(List<Element> elements, List<DataFlow> flows, List<Supplier> suppliers) {

	public AnalysisFocus {
		elements = List.copyOf(elements);
		flows = List.copyOf(flows);
		suppliers = List.copyOf(suppliers);
	}

	public int size() {
		return elements.size() + flows.size() + suppliers.size();
	}
}
