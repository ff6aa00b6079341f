// kg/pipeline: worker_threads bootstrap: registers the TypeScript loader (tsx) in this thread, then loads
// the extraction worker. Plain JavaScript because it must run before any .ts file can be imported.
import { register } from 'tsx/esm/api';
register();
await import('./extract-worker-main.ts');
