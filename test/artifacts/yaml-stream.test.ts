// readYamlStreamArtifact (artifact_present reads a YAML stream): the bounds one document has hold for the whole stream.
import { expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readYamlStreamArtifact, MAX_YAML_DOCUMENTS } from '../../src/artifacts/yaml.js';
it('a stream is bounded as a whole: alias fan-out summed over its documents, and how many documents it holds; a line of dashes inside a value is no document', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ge-yaml-stream-'));
  const bomb = [`a: &a [${Array.from({ length: 1000 }, () => '1').join(',')}]`, `b: [${Array.from({ length: 99 }, () => '*a').join(',')}]`].join('\n');
  writeFileSync(join(dir, 'bomb.yaml'), Array.from({ length: 20 }, () => bomb).join('\n---\n') + '\n');
  await expect(readYamlStreamArtifact(dir, 'bomb.yaml', new Date())).rejects.toThrow(/more than 1000000 values/);
  writeFileSync(join(dir, 'many.yaml'), 'a: 1\n' + '---\nb: 2\n'.repeat(MAX_YAML_DOCUMENTS + 1));
  await expect(readYamlStreamArtifact(dir, 'many.yaml', new Date())).rejects.toThrow(/more than 10000 YAML documents/);
  writeFileSync(join(dir, 'ok.yaml'), 'a: 1\n---\nb: "-----BEGIN-----"\n');
  expect((await readYamlStreamArtifact(dir, 'ok.yaml', new Date())).documents).toEqual([{ a: 1 }, { b: '-----BEGIN-----' }]);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);
