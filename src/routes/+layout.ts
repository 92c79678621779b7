// Every page is prerendered at build time; adapter-static runs with strict: true.
export const prerender = true;
export const trailingSlash = 'always';
