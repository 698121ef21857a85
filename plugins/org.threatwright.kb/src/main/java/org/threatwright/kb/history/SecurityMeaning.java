package org.threatwright.kb.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.ontology.Iris;

/**
 * What a change means for security, in one line each: encryption or authentication removed from a flow, a
 * component's version or supplier changed, a security feature turned off, a trust boundary's members changed, a
 * finding appeared, a risk value rose. The rules are deliberately simple and readable; they name what to look at,
 * they do not score.
 */
final class SecurityMeaning {

    /** Boolean attributes that protect when true. */
    private static final Set<String> PROTECTIVE = Set.of("secureBoot", "hardwareRootOfTrust", "secureStorage", "tamperResistant",
            "certificatePinning", "encryptedAtRest", "signed", "encrypted", "rollbackProtection", "safetyRelevant");
    /** Boolean attributes that expose when true. */
    private static final Set<String> EXPOSING = Set.of("secretsInFirmware", "enabledInProduction", "privileged", "userCanDisable");
    /** Values that mean "no protection". */
    private static final Set<String> NONE = Set.of("none", "unknown");

    private SecurityMeaning() {
    }

    static String ofSection(String section) {
        return switch (section) {
            case "product" -> "the product's release, support period or people changed: check the support commitments still hold";
            case "elements" -> "the attack surface changed: new, removed or reconfigured parts of the system";
            case "interfaces" -> "entry points changed: exposure, authentication or protocols of interfaces";
            case "components" -> "third-party and in-house software changed: known vulnerabilities and support periods must be checked again";
            case "update mechanisms" -> "how the product is updated changed: update integrity and availability of security updates";
            case "flows" -> "data paths changed: what crosses the network, and how it is protected";
            case "boundaries" -> "trust zones changed: which flows cross a trust boundary";
            case "data assets" -> "what data is handled, and how sensitive it is, changed";
            case "suppliers" -> "suppliers changed: the third-party inventory and security contacts must be updated";
            case "people and roles" -> "responsibilities changed: who owns security tasks";
            case "assumptions" -> "assumptions changed: threats ruled out by an assumption may apply again";
            case "findings" -> "derived threats changed: new findings need triage, vanished ones no longer need treatment";
            case "triage" -> "decisions about findings changed";
            case "risks" -> "risk values or treatments moved";
            case "risk decisions" -> "the risk method, overrides or treatments people decided changed";
            case "requirements" -> "security requirements changed: what the product must meet";
            case "controls" -> "controls changed: how requirements are implemented";
            case "verification evidence" -> "verification changed: what is proven about the product";
            case "design decisions" -> "design rationale changed";
            default -> "changed";
        };
    }

    /**
     * The meaning of one change.
     *
     * @param current the resource's current (or, if removed, last) attribute values by name, rendered
     */
    static List<String> of(String section, ResourceChange change, Map<String, List<String>> current) {
        List<String> out = new ArrayList<>();
        String what = describe(section, change);
        if (change.change().equals(ResourceChange.ADDED)) {
            out.add(added(section, what, current));
            return out;
        }
        if (change.change().equals(ResourceChange.REMOVED)) {
            out.add(removed(section, what));
            return out;
        }
        for (AttributeChange a : change.attributes()) {
            String line = changed(section, what, a);
            if (line != null) {
                out.add(line);
            }
        }
        return out;
    }

    private static String describe(String section, ResourceChange change) {
        return switch (section) {
            case "elements" -> change.type() + " " + change.name();
            case "flows" -> "flow " + change.name();
            case "boundaries" -> "boundary " + change.name();
            case "interfaces" -> "interface " + change.name();
            case "components" -> "component " + change.name();
            case "findings" -> "finding " + change.id();
            case "risks" -> "risk " + change.name();
            default -> change.type() + " " + change.name();
        };
    }

    private static String added(String section, String what, Map<String, List<String>> current) {
        return switch (section) {
            case "flows" -> "new " + what + " (" + first(current, "protocol") + ", encryption " + first(current, "encryption")
                    + ", authentication " + first(current, "authentication")
                    + "): a new path for data and attacks; check its authentication and encryption";
            case "elements" -> "new " + what + ": new attack surface to analyse";
            case "interfaces" -> "new " + what + " (exposure " + first(current, "exposure") + "): a new entry point";
            case "components" -> "new " + what + " " + first(current, "version")
                    + ": add it to the component inventory and to vulnerability monitoring";
            // a finding's title is its rule's (the analysis graph keeps it on the rule, named here by its title)
            case "findings" -> "new " + first(current, "severity") + " " + what + ": "
                    + (current.containsKey("title") ? first(current, "title") : ruleTitle(first(current, "derivedByRule")))
                    + " — triage it";
            case "risks" -> "new " + what + " (value " + first(current, "riskValue") + ")";
            case "verification evidence" -> "new evidence " + what;
            default -> what + " added";
        };
    }

    private static String removed(String section, String what) {
        return switch (section) {
            case "flows" -> what + " removed: its findings and verifications no longer apply";
            case "elements", "interfaces" -> what + " removed: its findings, risks and verifications no longer apply";
            case "components" -> what + " removed: take it out of the component inventory";
            case "findings" -> what + " is no longer derived: its treatment is no longer needed";
            case "verification evidence" -> "evidence " + what + " removed: what it proved is no longer proven";
            default -> what + " removed";
        };
    }

    private static String changed(String section, String what, AttributeChange a) {
        String old = String.join(", ", a.before());
        String now = String.join(", ", a.after());
        String move = (old.isEmpty() ? "(none)" : old) + " → " + (now.isEmpty() ? "(none)" : now);
        switch (a.attribute()) {
            case "encryption":
                if (NONE.contains(now) && !NONE.contains(old)) {
                    return "encryption removed from " + what + ": confidentiality of the data it carries is no longer protected";
                }
                return NONE.contains(old) && !NONE.contains(now) ? "encryption added to " + what + " (" + now + ")"
                        : "encryption of " + what + " changed " + move;
            case "authentication":
                if (NONE.contains(now) && !NONE.contains(old)) {
                    return "authentication removed from " + what + ": anyone who reaches it can pretend to be a legitimate party";
                }
                return "authentication of " + what + " changed " + move;
            case "authorization":
                return "authorization of " + what + " changed " + move;
            case "protocol":
                return "protocol of " + what + " changed " + move + ": check the new protocol's known weaknesses";
            case "flowSource", "flowTarget", "sourceInterface", "targetInterface":
                return what + " reconnected (" + a.attribute() + " " + move + "): attack paths through it changed";
            case "version":
                return what + " version " + move + ": check its known vulnerabilities again; verifications that covered the old version are stale";
            case "suppliedBy":
                return "supplier of " + what + " changed " + move + ": update the component inventory and its security contact";
            case "endOfSupport", "securityUpdatesUntil", "supportedUntil":
                return "support period of " + what + " changed " + move + ": check it still covers the product's support period";
            case "hasMember":
                return "members of " + what + " changed (left: " + (old.isEmpty() ? "none" : old) + "; joined: "
                        + (now.isEmpty() ? "none" : now) + "): trust zones and the flows crossing them changed";
            case "exposure":
                return "exposure of " + what + " changed " + move + ": who can reach it changed";
            case "severity":
                return "severity of " + what + " changed " + move;
            case "riskValue":
                return "risk value of " + what + " " + (rose(a) ? "rose " : "fell ") + move;
            case "residualRiskValue":
                return "residual risk of " + what + " " + (rose(a) ? "rose " : "fell ") + move;
            case "treatment":
                return "treatment of " + what + " changed " + move;
            case "confidentiality", "integrity", "availability":
                return a.attribute() + " need of " + what + " changed " + move + ": the protection it needs changed";
            default:
                if (PROTECTIVE.contains(a.attribute()) && now.equals("false")) {
                    return a.attribute() + " turned off on " + what + ": a protection is gone";
                }
                if (EXPOSING.contains(a.attribute()) && now.equals("true")) {
                    return a.attribute() + " turned on for " + what + ": more exposed";
                }
                return null;
        }
    }

    /** Whether a numeric attribute went up. */
    static boolean rose(AttributeChange a) {
        try {
            return !a.before().isEmpty() && !a.after().isEmpty()
                    && Long.parseLong(a.after().get(0)) > Long.parseLong(a.before().get(0));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The title of a built-in rule named by its IRI, else the IRI as it is (a rule of someone else's). */
    private static String ruleTitle(String ruleIri) {
        return BUILT_IN_RULE_TITLES.getOrDefault(ruleIri, ruleIri);
    }

    private static final Map<String, String> BUILT_IN_RULE_TITLES = BuiltInRules.all().stream().map(RuleDescriptors::of)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(rule -> Iris.rule(rule.id()), RuleDescriptor::title));

    private static String first(Map<String, List<String>> current, String attribute) {
        List<String> values = current.getOrDefault(attribute, List.of());
        return values.isEmpty() ? "?" : values.get(0);
    }
}
