package org.threatwright.diagram.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.threatwright.diagram.gmodel.DiagramTypes;
import org.threatwright.diagram.gmodel.ElementKind;

/**
 * What the client may do with which element type: elements and boundaries move, resize, delete and reparent;
 * boundaries contain elements and boundaries; flows connect elements and interface ports. The server sends
 * finished positions (the notation's), so the client does no layout of its own.
 */
public class SystemDiagramConfiguration extends BaseDiagramConfiguration {

	static List<String> elementTypes() {
		return Arrays.stream(ElementKind.values()).map(ElementKind::nodeType).toList();
	}

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> types = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
		elementTypes().forEach(type -> types.put(type, GraphPackage.Literals.GNODE));
		types.put(DiagramTypes.BOUNDARY, GraphPackage.Literals.GNODE);
		types.put(DiagramTypes.FLOW, GraphPackage.Literals.GEDGE);
		types.put(DiagramTypes.INTERFACE, GraphPackage.Literals.GPORT);
		types.put(DiagramTypes.NAME_LABEL, GraphPackage.Literals.GLABEL);
		return types;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<ShapeTypeHint> hints = new ArrayList<>();
		elementTypes().forEach(type -> hints.add(new ShapeTypeHint(type, true, true, true, true)));
		List<String> containable = new ArrayList<>(elementTypes());
		containable.add(DiagramTypes.BOUNDARY);
		hints.add(new ShapeTypeHint(DiagramTypes.BOUNDARY, true, true, true, true, containable));
		hints.add(new ShapeTypeHint(DiagramTypes.INTERFACE, false, true, false, false));
		return hints;
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<String> ends = new ArrayList<>(elementTypes());
		ends.add(DiagramTypes.INTERFACE);
		return List.of(new EdgeTypeHint(DiagramTypes.FLOW, true, true, true, ends, ends));
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}
}
