/**
 * How a result column is shown and exported, from its Arrow type id. The ids are Arrow's `Type`
 * enum (stable across Arrow versions); we do not import apache-arrow to read them (see arrowLike.ts).
 */
export type CellKind = 'number' | 'boolean' | 'text' | 'date' | 'timestamp' | 'other';

const ARROW = { Int: 2, Float: 3, Binary: 4, Utf8: 5, Bool: 6, Decimal: 7, Date: 8, Timestamp: 10, LargeUtf8: 20 } as const;

export function cellKind(typeId: number): CellKind {
	switch (typeId) {
		case ARROW.Int:
		case ARROW.Float:
		case ARROW.Decimal:
			return 'number';
		case ARROW.Bool:
			return 'boolean';
		case ARROW.Utf8:
		case ARROW.LargeUtf8:
			return 'text';
		case ARROW.Date:
			return 'date';
		case ARROW.Timestamp:
			return 'timestamp';
		default:
			return 'other';
	}
}
