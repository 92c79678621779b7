/**
 * Splits a figure's note into the note itself and the audit remark that the data team appended
 * in parentheses ("(audit: …)" or "(corrected in audit: …)"), so pages can show the remark
 * visibly beside the figure instead of burying it at the end of a long note.
 */
export interface SplitNote {
	note: string | null;
	audit: string | null;
}

const AUDIT = /\((?:corrected in )?audit:\s*/i;

export function splitAuditNote(note: string | null | undefined): SplitNote {
	if (!note) return { note: null, audit: null };
	const match = AUDIT.exec(note);
	if (!match) return { note, audit: null };
	const before = note.slice(0, match.index).trim();
	let rest = note.slice(match.index + match[0].length).trim();
	if (rest.endsWith(')')) rest = rest.slice(0, -1).trim();
	return { note: before || null, audit: rest || null };
}
