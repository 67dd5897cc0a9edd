// Child process: stream a JSONL file and report rows, time and peak RSS (isolated from the parent's heap).
import { readJsonlRows } from '../dist/src/artifacts/jsonl.js';

const [root, path] = process.argv.slice(2);
const t0 = performance.now();
let rows = 0;
let record;
for await (const _row of readJsonlRows(root, path, {}, (r) => (record = r))) rows++;
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ rows, ms, bytes: record?.bytes, maxRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024 }));
