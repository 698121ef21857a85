package org.threatwright.ui.explorer;

import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;

/**
 * An element listed inside a trust boundary. The element itself already appears under "Elements";
 * wrapping it keeps each tree item distinct, which the JFace tree relies on to map objects to items.
 */
public record BoundaryMember(TrustBoundary boundary, Element element) {
}
