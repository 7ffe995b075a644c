// A load worker run from the TypeScript sources (tests): the TypeScript loader first.
// The bundles never use this file: they start themselves (worker-script.ts).
import { register } from 'tsx/esm/api';

register();
const { serveLoadWorker } = await import('./worker-entry.ts');
serveLoadWorker();
