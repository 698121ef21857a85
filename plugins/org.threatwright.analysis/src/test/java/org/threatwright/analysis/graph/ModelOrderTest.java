package org.threatwright.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TwPackage;
import org.threatwright.model.synthetic.SyntheticEdits;
import org.threatwright.model.synthetic.SyntheticModels;

/** The model order stays the containment tree's depth-first order while objects are added, removed and moved. */
class ModelOrderTest {

	@Test
	void positionsFollowTheTreeThroughRandomEdits() {
		SystemModel model = SyntheticModels.generate(150, 3, 21);
		ModelOrder order = ModelOrder.of(model);
		model.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				// what the incremental analysis's change log does
				if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
					if (notification.getEventType() == Notification.MOVE) {
						order.removed((EObject) notification.getNewValue());
						order.inserted((EObject) notification.getNewValue());
					} else {
						values(notification.getOldValue()).forEach(order::removed);
						values(notification.getNewValue()).forEach(order::inserted);
					}
				} else if (notification.getFeature() == TwPackage.Literals.MODEL_ELEMENT__ID) {
					order.idChanged((ModelElement) notification.getNotifier(), notification.getOldStringValue());
				}
			}
		});
		SyntheticEdits edits = new SyntheticEdits(model, 22);
		for (int i = 0; i < 400; i++) {
			String edit = edits.next(true).description();
			List<EObject> tree = new ArrayList<>();
			tree.add(model);
			model.eAllContents().forEachRemaining(tree::add);
			for (int t = 1; t < tree.size(); t++) {
				assertTrue(order.position(tree.get(t - 1)) < order.position(tree.get(t)),
						"after " + edit + ": " + tree.get(t - 1) + " should come before " + tree.get(t));
			}
			for (EObject object : tree) {
				if (object instanceof ModelElement element) {
					assertEquals(order.position(element), order.position(element.getId()), "by id, after " + edit);
				}
			}
		}
	}

	private static List<EObject> values(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		}
		return value instanceof EObject object ? List.of(object) : List.of();
	}
}
