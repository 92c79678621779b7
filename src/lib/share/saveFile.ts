/**
 * Browser only. Saves a Blob or text as a file through a temporary blob: link (allowed by the
 * site's CSP), revoking the object URL once the download has started.
 */

export function saveFile(content: Blob | string, fileName: string, type = 'text/plain;charset=utf-8'): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
