/**
 * Browser only. Draws a standalone SVG onto a canvas at `scale`× (2 for sharp images on
 * high-density screens and in print) and returns a PNG. The SVG is loaded as a data: URL, which
 * the site's Content-Security-Policy allows (img-src data: blob:), so nothing leaves the page.
 */

export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
	const image = new Image();
	image.width = width;
	image.height = height;
	const loaded = new Promise<void>((resolve, reject) => {
		image.onload = () => resolve();
		image.onerror = () => reject(new Error('the chart image could not be drawn'));
	});
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
	await loaded;

	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('this browser cannot draw images (no canvas)');
	context.scale(scale, scale);
	context.drawImage(image, 0, 0, width, height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png')
	);
}
