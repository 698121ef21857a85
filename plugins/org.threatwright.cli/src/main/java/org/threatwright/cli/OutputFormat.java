package org.threatwright.cli;

/** Output formats of the reporting commands: text for people, JSON for pipelines. */
enum OutputFormat {
	TEXT, JSON
}
