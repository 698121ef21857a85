package org.threatwright.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.ThreatRule;

/** Every built-in rule has exactly one descriptor, and every descriptor file belongs to exactly one rule. */
class BuiltInRulesTest {

	@Test
	void everyRuleHasItsDescriptorWithItsId() {
		for (ThreatRule rule : BuiltInRules.all()) {
			RuleDescriptor descriptor = RuleDescriptors.of(rule);
			assertEquals(rule.id(), descriptor.id());
			assertTrue(rule.getClass().getPackageName().endsWith(descriptor.family().label().replace("-", "")),
					rule.id() + " lives in package " + rule.getClass().getPackageName() + " but is of family "
							+ descriptor.family().label());
		}
	}

	@Test
	void ruleIdsAreUnique() {
		Set<String> ids = new HashSet<>();
		for (ThreatRule rule : BuiltInRules.all()) {
			assertTrue(ids.add(rule.id()), "two rules share the id " + rule.id());
		}
	}

	@Test
	void everyDescriptorFileBelongsToExactlyOneRule() throws IOException, URISyntaxException {
		// the rules folder of the main classes (the test classes have a folder of the same name, first on the class path)
		Path rulesRoot = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.resolve(BuiltInRules.class.getPackageName().replace('.', '/'));
		Set<Path> descriptorFiles;
		try (Stream<Path> files = Files.walk(rulesRoot)) {
			descriptorFiles = new HashSet<>(files.filter(f -> f.toString().endsWith(".json")).toList());
		}
		for (ThreatRule rule : BuiltInRules.all()) {
			Path file = Path.of(RuleDescriptors.resourceOf(rule).toURI());
			assertTrue(descriptorFiles.remove(file), rule.id() + ": its descriptor is claimed by another rule");
		}
		assertEquals(Set.of(), descriptorFiles, "descriptor files without a registered rule");
	}

	@Test
	void theStrideTableHasFifteenRules() {
		List<String> stride = BuiltInRules.all().stream().map(ThreatRule::id).filter(id -> id.startsWith("stride-")).toList();
		assertEquals(15, stride.size());
	}
}
