package org.threatwright.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.synthetic.SyntheticModels;

/**
 * Prints how long the PDF report of each model takes (without a knowledge base: analysis, layout, HTML and PDF), the
 * best of a few runs after a warm-up. Arguments: model files, then optionally {@code --synthetic N} for a generated
 * model of N elements. Run with the command line's class path:
 * {@code java -cp ... org.threatwright.report.ReportBench models/examples/*.tw --synthetic 1000}.
 */
public final class ReportBench {

	private ReportBench() {
	}

	public static void main(String[] args) throws Exception {
		LocalDate day = LocalDate.of(2026, 1, 15);
		for (int i = 0; i < args.length; i++) {
			SystemModel model;
			String label;
			if (args[i].equals("--synthetic")) {
				int elements = Integer.parseInt(args[++i]);
				model = SyntheticModels.generate(elements, 2, 42);
				label = "synthetic " + elements + " elements";
			} else {
				model = ModelFiles.load(Path.of(args[i]));
				label = Path.of(args[i]).getFileName().toString();
			}
			int runs = model.getElements().size() > 200 ? 2 : 4;
			long best = Long.MAX_VALUE;
			int bytes = 0;
			int findings = 0;
			for (int run = 0; run <= runs; run++) {
				long start = System.nanoTime();
				ReportData data = new ReportInputs(model, null, day, Map.of()).collect();
				byte[] pdf = ReportFormat.PDF.render(data, "model.tw", id -> 0);
				long took = System.nanoTime() - start;
				if (run > 0) { // the first run warms up
					best = Math.min(best, took);
				}
				bytes = pdf.length;
				findings = data.threats().findings().size();
			}
			System.out.printf("%-32s %5d elements %5d flows %6d findings  PDF %8d bytes  best of %d: %7.2f s%n", label,
					model.getElements().size(), model.getFlows().size(), findings, bytes, runs, best / 1e9);
		}
	}
}
