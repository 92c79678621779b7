/**
 * Moves labels apart vertically so none overlap, keeping each as close to its wanted y as
 * possible and all inside [top, bottom]. Used for direct labels at the end of lines.
 */
export interface DodgeItem {
	key: string;
	y: number;
}

export function dodge(items: readonly DodgeItem[], gap: number, top: number, bottom: number): Map<string, number> {
	const sorted = [...items].sort((a, b) => a.y - b.y).map((d) => ({ key: d.key, y: d.y }));
	// Push down from the top, then up from the bottom: two passes settle a column of labels.
	for (let i = 0; i < sorted.length; i++) {
		const min = i === 0 ? top : sorted[i - 1].y + gap;
		sorted[i].y = Math.max(sorted[i].y, min);
	}
	for (let i = sorted.length - 1; i >= 0; i--) {
		const max = i === sorted.length - 1 ? bottom : sorted[i + 1].y - gap;
		sorted[i].y = Math.min(sorted[i].y, max);
	}
	return new Map(sorted.map((d) => [d.key, d.y]));
}
