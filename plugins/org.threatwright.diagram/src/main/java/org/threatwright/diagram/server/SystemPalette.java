package org.threatwright.diagram.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.threatwright.diagram.gmodel.DiagramTypes;
import org.threatwright.diagram.gmodel.ElementKind;

/** The palette: every element kind, then trust boundary and data flow. */
public class SystemPalette implements ToolPaletteItemProvider {

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> elements = new ArrayList<>();
		for (ElementKind kind : ElementKind.values()) {
			PaletteItem item = new PaletteItem("create-" + kind.eClass().getName(), kind.label(),
					new TriggerNodeCreationAction(kind.nodeType()));
			item.setSortString(String.format("%02d", kind.ordinal()));
			elements.add(item);
		}
		PaletteItem boundary = new PaletteItem("create-TrustBoundary", "Trust boundary",
				new TriggerNodeCreationAction(DiagramTypes.BOUNDARY));
		boundary.setSortString("A");
		PaletteItem flow = new PaletteItem("create-DataFlow", "Data flow", new TriggerEdgeCreationAction(DiagramTypes.FLOW));
		flow.setSortString("B");
		return List.of(
				PaletteItem.createPaletteGroup("elements", "Elements", elements, "symbol-class", "A"),
				PaletteItem.createPaletteGroup("structure", "Boundaries and flows", List.of(boundary, flow), "symbol-namespace", "B"));
	}
}
