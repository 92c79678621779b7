/**
 * `npm start`: works on a fresh clone with nothing but Node. Installs node_modules when missing
 * or stale, validates the data and builds the site, then serves it on http://localhost:4173/.
 */
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './bootstrap/dependencies.mjs';

if (!ensureDependencies()) process.exit(1);
if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
process.exit(spawnSync('npm', ['run', 'preview'], { stdio: 'inherit' }).status ?? 1);
