package org.threatwright.ui.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.kb.catalogue.CatalogueConcept;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementBook;

/**
 * A traceability matrix: rows, columns and which cells are linked, with the gaps: a row or a column without any link.
 * Built for elements × requirements and requirements × catalogue clauses from the requirement book. Query methods
 * are O(1) per cell; building is O(links).
 */
public final class TraceMatrix {

	/** A row or a column: a stable id and what is shown. */
	public record Axis(String id, String label) {
	}

	private final List<Axis> rows;
	private final List<Axis> columns;
	private final BitSet[] links;
	private final int[] columnLinks;

	/**
	 * @param links for each row id, the ids of the columns it is linked to (ids not among the columns are ignored)
	 */
	public TraceMatrix(List<Axis> rows, List<Axis> columns, Map<String, ? extends Set<String>> links) {
		this.rows = List.copyOf(rows);
		this.columns = List.copyOf(columns);
		this.links = new BitSet[rows.size()];
		this.columnLinks = new int[columns.size()];
		Map<String, Integer> columnIndex = new HashMap<>();
		for (int j = 0; j < columns.size(); j++) {
			columnIndex.put(columns.get(j).id(), j);
		}
		for (int i = 0; i < rows.size(); i++) {
			this.links[i] = new BitSet(columns.size());
			Set<String> linked = links.get(rows.get(i).id());
			for (String column : linked == null ? Set.<String>of() : linked) {
				Integer j = columnIndex.get(column);
				if (j != null && !this.links[i].get(j)) {
					this.links[i].set(j);
					columnLinks[j]++;
				}
			}
		}
	}

	/**
	 * Model elements that findings are about × active requirements (not withdrawn): an element is linked to a
	 * requirement that names it or one of whose findings is about it. A gap row is an element with findings and no
	 * requirement; a gap column a requirement traced to no element.
	 */
	public static TraceMatrix elementsByRequirements(List<Finding> findings, RequirementBook book) {
		Map<String, Axis> elements = new LinkedHashMap<>();
		Map<String, List<String>> subjectsOfFinding = new HashMap<>();
		for (Finding finding : findings) {
			List<String> ids = new ArrayList<>();
			for (ElementRef subject : finding.subjects()) {
				elements.putIfAbsent(subject.id(), new Axis(subject.id(), subject.name() + " (" + subject.kind() + ")"));
				ids.add(subject.id());
			}
			subjectsOfFinding.put(finding.id(), ids);
		}
		List<Axis> rows = new ArrayList<>(elements.values());
		rows.sort(Comparator.comparing(Axis::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Axis::id));
		List<Requirement> active = book.requirements().stream().filter(Requirement::active).toList();
		Map<String, Set<String>> links = new HashMap<>();
		for (Requirement requirement : active) {
			for (String element : requirement.elements()) {
				links.computeIfAbsent(element, e -> new java.util.HashSet<>()).add(requirement.id());
			}
			for (String finding : requirement.findings()) {
				for (String element : subjectsOfFinding.getOrDefault(finding, List.of())) {
					links.computeIfAbsent(element, e -> new java.util.HashSet<>()).add(requirement.id());
				}
			}
		}
		return new TraceMatrix(rows, active.stream().map(r -> new Axis(r.id(), r.id())).toList(), links);
	}

	/**
	 * Active requirements × the clauses of one catalogue: linked when the requirement serves the clause. A gap row is a
	 * requirement that serves no clause of the catalogue; a gap column a clause no requirement serves.
	 *
	 * @param clauses the catalogue's requirement clauses, in notation order
	 */
	public static TraceMatrix requirementsByClauses(RequirementBook book, List<CatalogueConcept> clauses) {
		List<Requirement> active = book.requirements().stream().filter(Requirement::active).toList();
		Map<String, Set<String>> links = new HashMap<>();
		active.forEach(r -> links.put(r.id(), r.clauses()));
		return new TraceMatrix(active.stream().map(r -> new Axis(r.id(), r.id() + "  " + r.title())).toList(),
				clauses.stream().map(c -> new Axis(c.iri(), c.notation())).toList(), links);
	}

	public List<Axis> rows() {
		return rows;
	}

	public List<Axis> columns() {
		return columns;
	}

	public boolean linked(int row, int column) {
		return links[row].get(column);
	}

	/** How many columns row {@code row} is linked to. */
	public int rowLinks(int row) {
		return links[row].cardinality();
	}

	/** How many rows column {@code column} is linked to. */
	public int columnLinks(int column) {
		return columnLinks[column];
	}

	public boolean isRowGap(int row) {
		return links[row].isEmpty();
	}

	public boolean isColumnGap(int column) {
		return columnLinks[column] == 0;
	}

	/** The rows without any link, in row order. */
	public List<Axis> rowGaps() {
		List<Axis> gaps = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (isRowGap(i)) {
				gaps.add(rows.get(i));
			}
		}
		return gaps;
	}

	/** The columns without any link, in column order. */
	public List<Axis> columnGaps() {
		List<Axis> gaps = new ArrayList<>();
		for (int j = 0; j < columns.size(); j++) {
			if (isColumnGap(j)) {
				gaps.add(columns.get(j));
			}
		}
		return gaps;
	}

	/** Rows plus columns without any link. */
	public int gapCount() {
		return rowGaps().size() + columnGaps().size();
	}
}
