/**
 * The cold-parse worker (see server/src/node/cold-parse.ts): started by the server on a worker
 * thread, it parses the section texts it is sent, and collects its garbage after each request.
 * Bundled on its own (`dist/cold-parse-worker.cjs`: remark and the model, without the LSP), so that
 * it loads quickly.
 */
import { serveColdParseIfWorker } from '../node/cold-parse.js';
import { garbageCollector } from './collector.js';

serveColdParseIfWorker(garbageCollector());
