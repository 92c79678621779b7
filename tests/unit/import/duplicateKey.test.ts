import { describe, expect, it } from 'vitest';
import { read, readOk, textBlob } from './fixtures';

const HEADER = 'indicator_id,geo_id,year,value,source_id\n';

describe('duplicate keys across the whole file', () => {
	it('are found however far apart, naming the first line', async () => {
		const rows = Array.from({ length: 5000 }, (_, i) => `x,KHM,${1950 + (i % 70)},${i},src_${Math.floor(i / 70)}`);
		rows.push('x,KHM,1950,1,src_0');
		const r = readOk(await read(textBlob(HEADER + rows.join('\n') + '\n')));
		expect(r.data.issues.map((i) => i.message)).toEqual([
			'duplicate key (indicator_id, geo_id, year, population_group, sex, source) = ("x", "KHM", 1950, "all", "total", "src_0"): also on line 2'
		]);
		expect(r.data.builder.size).toBe(5000);
	});

	it('are found when there are too many codes to pack into one number', async () => {
		const rows = Array.from({ length: 2100 }, (_, i) => `x,KHM,2000,${i},src_${i}`);
		rows.push('x,KHM,2000,1,src_2099', 'x,KHM,2000,1,src_5');
		const r = readOk(await read(textBlob(HEADER + rows.join('\n') + '\n')));
		expect(r.data.issues.map((i) => i.message.replace(/.*also on/, 'also on'))).toEqual(['also on line 2101', 'also on line 7']);
	});

	it('are not confused by different sexes, groups or sources', async () => {
		const text = HEADER.replace('\n', ',sex\n') + 'x,KHM,2000,1,a,total\nx,KHM,2000,1,a,female\nx,KHM,2000,1,b,total\n';
		expect(readOk(await read(textBlob(text))).data.issueCount).toBe(0);
	});
});
