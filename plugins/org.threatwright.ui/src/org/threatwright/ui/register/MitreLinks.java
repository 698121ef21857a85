package org.threatwright.ui.register;

import java.util.ArrayList;
import java.util.List;

import org.threatwright.analysis.api.RuleDescriptor;

/**
 * The MITRE pages of a rule's CWE and CAPEC entries. Addresses are built from the numeric ids alone, never from
 * text in a model or a rule file, so a link cannot point anywhere else.
 */
public final class MitreLinks {

	/** A link's text and address. */
	public record Link(String text, String url) {
	}

	private MitreLinks() {
	}

	public static List<Link> of(RuleDescriptor rule) {
		List<Link> links = new ArrayList<>();
		for (int id : rule.cwe()) {
			links.add(new Link("CWE-" + id, "https://cwe.mitre.org/data/definitions/" + id + ".html"));
		}
		for (int id : rule.capec()) {
			links.add(new Link("CAPEC-" + id, "https://capec.mitre.org/data/definitions/" + id + ".html"));
		}
		return links;
	}

	/** The links as text for an SWT Link widget: {@code <a href="...">CWE-287</a>, ...}. */
	public static String markup(List<Link> links) {
		StringBuilder text = new StringBuilder();
		for (Link link : links) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append("<a href=\"").append(link.url()).append("\">").append(link.text()).append("</a>");
		}
		return text.toString();
	}
}
