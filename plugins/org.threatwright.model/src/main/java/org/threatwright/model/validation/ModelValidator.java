package org.threatwright.model.validation;

import java.util.List;
import java.util.Objects;

import org.threatwright.model.SystemModel;
import org.threatwright.model.validation.internal.BoundaryMembershipCheck;
import org.threatwright.model.validation.internal.EncryptionConsistencyCheck;
import org.threatwright.model.validation.internal.FlowEndsCheck;
import org.threatwright.model.validation.internal.HostingCycleCheck;
import org.threatwright.model.validation.internal.IdentityCheck;
import org.threatwright.model.validation.internal.NamingCheck;
import org.threatwright.model.validation.internal.ReferenceIntegrityCheck;
import org.threatwright.model.validation.internal.RolesCheck;
import org.threatwright.model.validation.internal.SupplyChainCheck;

/**
 * Validates a system model: runs every check and reports its problems in a deterministic order (checks in
 * registry order, elements in model order). Construction is cheap; {@link #problems()} does the work, in
 * time linear in the size of the model (plus the depth of boundary nesting per membership).
 */
public final class ModelValidator {

	/** The built-in checks, in the order they run. */
	public static final List<ModelCheck> BUILT_IN_CHECKS = List.of(
			new IdentityCheck(),
			new ReferenceIntegrityCheck(),
			new FlowEndsCheck(),
			new HostingCycleCheck(),
			new BoundaryMembershipCheck(),
			new SupplyChainCheck(),
			new RolesCheck(),
			new NamingCheck(),
			new EncryptionConsistencyCheck());

	private final SystemModel model;
	private final List<ModelCheck> checks;
	private List<ModelProblem> problems;

	public ModelValidator(SystemModel model) {
		this(model, BUILT_IN_CHECKS);
	}

	public ModelValidator(SystemModel model, List<ModelCheck> checks) {
		this.model = Objects.requireNonNull(model, "model");
		this.checks = List.copyOf(checks);
	}

	/** All problems, errors and warnings interleaved in check order. */
	public List<ModelProblem> problems() {
		if (problems == null) {
			ProblemCollector collector = new ProblemCollector();
			for (ModelCheck check : checks) {
				check.check(model, collector);
			}
			problems = collector.problems();
		}
		return problems;
	}

	public List<ModelProblem> errors() {
		return problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
	}

	public List<ModelProblem> warnings() {
		return problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
	}

	public boolean isValid() {
		return errors().isEmpty();
	}
}
