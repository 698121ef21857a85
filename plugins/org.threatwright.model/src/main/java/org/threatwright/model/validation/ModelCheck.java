package org.threatwright.model.validation;

import org.threatwright.model.SystemModel;

/**
 * One kind of structural check on a system model. Checks are pure: they read the model and report, never
 * change it. The built-in checks are listed in {@link ModelValidator#BUILT_IN_CHECKS}.
 */
public interface ModelCheck {

	/** Reports every problem of this check's kind in {@code model} to {@code problems}. */
	void check(SystemModel model, ProblemCollector problems);
}
