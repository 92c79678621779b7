/**
 * Browser only. Copies text to the clipboard. The async Clipboard API needs a secure context
 * (https or localhost); on plain http it falls back to selecting a hidden textarea and
 * `execCommand('copy')`, which still works from a click. Returns false when both fail, so the
 * caller can tell the reader to copy by hand from the visible text box.
 */

export async function copyText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// permission denied or not focused: try the fallback
	}
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	const active = document.activeElement as HTMLElement | null;
	area.select();
	let ok = false;
	try {
		ok = document.execCommand('copy');
	} catch {
		ok = false;
	}
	area.remove();
	active?.focus();
	return ok;
}
