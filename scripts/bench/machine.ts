/** A one-line description of the machine and browser the numbers were measured on. */
import { cpus, totalmem, release } from 'node:os';
import { readFileSync } from 'node:fs';

export function describeMachine(browserVersion: string): string {
	let os = `Linux ${release()}`;
	try {
		os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
	} catch {
		// not Linux: keep the kernel release
	}
	const cpu = cpus();
	return `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os}, Node ${process.version}, Chromium ${browserVersion} (headless)`;
}
