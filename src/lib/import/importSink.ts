/**
 * Where parsed rows go after the header: shape check (ragged, blank, footer), the layout's mapping,
 * gaps set aside (an empty cell is no figure, never a zero), places resolved, then batches checked
 * by the build's validator and collected into columns. Rows with an error are left out and listed;
 * nothing is decided about importing here: the user sees the list first.
 */
import type { DataResource } from '$lib/data/tableSchema';
import { isMissing } from './layouts/columns';
import type { PlaceMatcher } from './matchPlace';
import { duplicateKey } from './duplicateKey';
import { RowShape, unclosedQuote } from './rowShape';
import { TableBuilder } from './tableBuilder';
import type { ImportIssue, RowMapper } from './types';
import { validateImportBatch, type MappedRecord } from './validateImportBatch';

export interface SinkOptions {
	header: string[];
	map: RowMapper;
	matchPlace: PlaceMatcher;
	resource: DataResource;
	currentYear: number;
	/** Issues kept in full; beyond this they are only counted. */
	maxIssues?: number;
	batchSize?: number;
}

export interface SinkResult {
	builder: TableBuilder;
	issues: ImportIssue[];
	issueCount: number;
	/** Figures (or rows, for a ragged row) left out because of an error. */
	skipped: number;
	/** Empty or missing-marker cells (`..`, `NA`): gaps, not figures. */
	gaps: number;
	footerLines: number;
}

export class ImportSink {
	readonly builder = new TableBuilder();
	private shape: RowShape;
	private pending: MappedRecord[] = [];
	private seen = duplicateKey(this.builder);
	private issues: ImportIssue[] = [];
	private issueCount = 0;
	private skipped = 0;
	private gaps = 0;

	constructor(private readonly opts: SinkOptions) {
		this.shape = new RowShape(opts.header);
	}

	private report(issue: ImportIssue) {
		this.issueCount++;
		if (this.issues.length < (this.opts.maxIssues ?? 1000)) this.issues.push(issue);
	}

	onRow(row: string[], line: number, quoteNeverCloses = false): void {
		if (quoteNeverCloses) {
			this.report(unclosedQuote(line));
			this.skipped++;
			return;
		}
		if (!this.shape.accept(row, line)) return;
		for (const record of this.opts.map(row)) {
			if (isMissing(record.value)) {
				this.gaps++;
				continue;
			}
			this.pending.push({ record, place: this.opts.matchPlace(record.place_code, record.place_name), line });
		}
		if (this.pending.length >= (this.opts.batchSize ?? 2000)) this.flush();
	}

	private flush() {
		if (!this.pending.length) return;
		const { rows, issues } = validateImportBatch(this.pending, this.opts.resource, this.opts.currentYear);
		this.skipped += this.pending.length - rows.length;
		this.pending = [];
		for (const issue of issues) this.report(issue);
		for (const row of rows) {
			const duplicate = this.seen(row);
			if (duplicate) {
				this.report(duplicate);
				this.skipped++;
			} else this.builder.add(row);
		}
	}

	finish(endsWithoutNewline: boolean): SinkResult {
		this.flush();
		const footerLines = this.shape.finish(endsWithoutNewline);
		for (const issue of this.shape.issues) this.report(issue);
		this.skipped += this.shape.issues.length;
		this.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		return {
			builder: this.builder,
			issues: this.issues,
			issueCount: this.issueCount,
			skipped: this.skipped,
			gaps: this.gaps,
			footerLines
		};
	}
}
