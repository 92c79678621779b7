/**
 * Resolves the place codes and names found in imported files to the observatory's geo_ids:
 * ISO 3166-1 alpha-3 and alpha-2 and UN M49 codes for the four countries, ISO 3166-2 KH-n and the
 * OCHA p-codes KH01…KH25 for provinces (same numbering), and English names with common spellings.
 * Anything else is kept with the code as given and flagged unknown, never dropped or guessed.
 */

export interface PlaceRef {
	geo_id: string;
	name: string;
}

export interface PlaceMatch {
	geo_id: string;
	known: boolean;
}

export type PlaceMatcher = (code: string, name?: string) => PlaceMatch;

const CODE_ALIASES: Record<string, string> = {
	KH: 'KHM',
	TH: 'THA',
	LA: 'LAO',
	VN: 'VNM',
	'116': 'KHM',
	'764': 'THA',
	'418': 'LAO',
	'704': 'VNM'
};

const NAME_ALIASES: Record<string, string> = {
	kingdomofcambodia: 'KHM',
	cambodge: 'KHM',
	laopdr: 'LAO',
	laopeoplesdemocraticrepublic: 'LAO',
	laopeoplesdemrep: 'LAO',
	vietnam: 'VNM',
	socialistrepublicofvietnam: 'VNM',
	ratanakkiri: 'KH-16',
	otdarmeanchey: 'KH-22',
	sihanoukville: 'KH-18',
	tbongkhmum: 'KH-25',
	krongkep: 'KH-23',
	krongpailin: 'KH-24',
	krongpreahsihanouk: 'KH-18',
	siemreab: 'KH-17',
	kracheh: 'KH-10',
	kampongsaom: 'KH-18'
};

/** Letters and digits only, lower case, accents removed: "Lao People's Dem. Rep." → "laopeoplesdemrep". */
export function nameKey(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

export function createPlaceMatcher(places: PlaceRef[]): PlaceMatcher {
	const byId = new Map(places.map((p) => [p.geo_id.toUpperCase(), p.geo_id]));
	const byName = new Map<string, string>();
	for (const [k, id] of Object.entries(NAME_ALIASES)) if (byId.has(id.toUpperCase())) byName.set(k, id);
	for (const p of places) {
		// "Poipet (Paoy Paet)" answers to the whole name, the part before the bracket and the part inside.
		const parts = [p.name, p.name.replace(/\s*\(.*\)\s*/, ''), /\(([^)]+)\)/.exec(p.name)?.[1] ?? ''];
		for (const part of parts) if (nameKey(part)) byName.set(nameKey(part), p.geo_id);
	}
	const fromCode = (raw: string): string | undefined => {
		const code = raw.trim().toUpperCase();
		if (!code) return undefined;
		const direct = byId.get(code) ?? byId.get(CODE_ALIASES[code] ?? '');
		if (direct) return direct;
		const province = /^KH-?0*(\d{1,2})$/.exec(code);
		return province ? byId.get(`KH-${Number(province[1])}`) : undefined;
	};
	const fromName = (raw: string | undefined) => (raw ? byName.get(nameKey(raw)) : undefined);

	return (code, name) => {
		const id = fromCode(code) ?? fromName(code) ?? fromName(name);
		return id ? { geo_id: id, known: true } : { geo_id: code.trim() || (name ?? '').trim(), known: false };
	};
}
