/** Saves bytes or text as a file through a temporary object URL (nothing leaves the browser). */
export function downloadFile(data: BlobPart, type: string, filename: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
