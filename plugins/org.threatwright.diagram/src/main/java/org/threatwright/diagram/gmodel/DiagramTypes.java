package org.threatwright.diagram.gmodel;

/** The GLSP diagram and element types shared by the server and the web client ({@code web/src}). */
public final class DiagramTypes {

	/** The system diagram: elements, trust boundaries, data flows, interfaces. */
	public static final String SYSTEM_DIAGRAM = "tw-system";
	/** The supply-chain diagram: elements, their components, the components' suppliers. */
	public static final String SUPPLY_CHAIN_DIAGRAM = "tw-supply-chain";

	public static final String NODE_PREFIX = "node:";
	public static final String BOUNDARY = "node:TrustBoundary";
	public static final String FLOW = "edge:DataFlow";
	public static final String INTERFACE = "port:Interface";
	/** The editable name label inside a node (rename in place). */
	public static final String NAME_LABEL = "label:name";
	/** Id suffix of a node's name label: {@code <elementId>_name}. */
	public static final String NAME_LABEL_SUFFIX = "_name";

	public static final String SUPPLY_ELEMENT = "node:scElement";
	public static final String SUPPLY_COMPONENT = "node:Component";
	public static final String SUPPLY_SUPPLIER = "node:Supplier";
	public static final String SUPPLY_CONTAINS = "edge:contains";
	public static final String SUPPLY_SUPPLIES = "edge:supplies";

	private DiagramTypes() {
	}

	/** The element id a name label belongs to, or the id itself for any other id. */
	public static String ownerOfLabel(String id) {
		return id.endsWith(NAME_LABEL_SUFFIX) ? id.substring(0, id.length() - NAME_LABEL_SUFFIX.length()) : id;
	}
}
