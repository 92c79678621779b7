// placeholder until the data pipeline lands
import { mkdirSync } from 'node:fs';
mkdirSync('static/data', { recursive: true });
console.log('data: placeholder');
