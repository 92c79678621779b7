/**
 * Arrow-key navigation between map units, pure: from the focused unit, the nearest unit whose
 * anchor lies in the arrow's direction (within 60° of it), so ArrowRight goes east on the map
 * rather than to the next name in the list. Tab still walks every unit in table order.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = {
	left: [-1, 0],
	right: [1, 0],
	up: [0, -1],
	down: [0, 1]
};

export const ARROWS: Record<string, Direction> = {
	ArrowLeft: 'left',
	ArrowRight: 'right',
	ArrowUp: 'up',
	ArrowDown: 'down'
};

interface Anchor {
	key: string;
	cx: number;
	cy: number;
}

/** The key of the unit to move to, or null when nothing lies that way. */
export function nextUnit(units: readonly Anchor[], from: string, direction: Direction): string | null {
	const origin = units.find((u) => u.key === from);
	if (!origin) return null;
	const [vx, vy] = VECTORS[direction];
	let best: string | null = null;
	let bestScore = Infinity;
	for (const u of units) {
		if (u.key === from) continue;
		const dx = u.cx - origin.cx;
		const dy = u.cy - origin.cy;
		const distance = Math.hypot(dx, dy);
		const along = dx * vx + dy * vy;
		if (distance === 0 || along / distance < Math.cos(Math.PI / 3)) continue;
		// Prefer units straight ahead: sideways offset costs twice as much as distance along.
		const score = along + 2 * Math.abs(dx * vy - dy * vx);
		if (score < bestScore) {
			bestScore = score;
			best = u.key;
		}
	}
	return best;
}
