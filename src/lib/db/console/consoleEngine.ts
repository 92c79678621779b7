/**
 * The SQL console's own DuckDB: a second engine in a second worker, with the published database
 * attached read-only and the reader's imports loaded. Whatever the reader types — replacing the
 * published views, detaching the published database, a query that will not stop — happens in this
 * instance only; the explorer, embeds, downloads and charts read from elsewhere (connect.ts, the
 * prerendered pages). Results keep big integers and decimals exact (`exactNumbers`).
 * Browser only: import it dynamically.
 */
import { Engine } from '../engine';
import { consoleStatus } from '../status.svelte';

export const consoleEngine = new Engine(consoleStatus, { exactNumbers: true });
