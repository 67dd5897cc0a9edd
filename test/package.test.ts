/**
 * The package as users get it: `npm pack`, installed from the tarball into a fresh project (no
 * install-script warning), then the first ten minutes — `npx gate-engine init && npx gate-engine
 * verify` — and the library through both `import` and `require`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fs.js';

afterAll(removeTempDirs);

const CLEAN = { ...process.env, GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

describe('npm package', () => {
  it('packs docs and LICENSE, installs from the tarball without an install-script warning, and init && verify run', () => {
    const dir = tempDir('ge-pack-');
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO_ROOT, env: CLEAN, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'CHANGELOG.md', 'docs/gates/threshold.md', 'schemas/config.schema.json', 'dist/src/index.js', 'dist/src/cli/main.js', 'dist/src/cli/gate-engine.cjs', 'dist/src/cli/load-engine.cjs', 'dist/src/cli/engine.cjs', 'dist/src/cli/engine.cjs.cache', 'dist/src/reporters/sarif.js']));
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('fixtures/') || f.startsWith('src/'))).toEqual([]);
    // Every docs link in the README that points into the package resolves inside the tarball.
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const [, link] of readme.matchAll(/\]\(((?:docs|schemas)\/[^)#\s]+)\)/g)) expect(files, link).toContain(link);

    const project = join(dir, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'project', version: '1.0.0', private: true }));
    writeFileSync(join(project, 'tsconfig.json'), '{}');
    // Offline first: the registry is used only for what the npm cache does not hold.
    const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, packed[0]!.filename)], { cwd: project, env: CLEAN, encoding: 'utf8', timeout: 120_000 });
    expect(install.status, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/install-scripts|install script|npm warn/i);

    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'gate-engine', ...args], { cwd: project, env: CLEAN, encoding: 'utf8', timeout: 60_000 });
    const init = npx(['init']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(readFileSync(join(project, 'gate-engine.config.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/gate-engine/schemas/config.schema.json');
    // The schema line points at a file that exists in the installed package.
    expect(readFileSync(join(project, 'node_modules/gate-engine/schemas/config.schema.json'), 'utf8')).toContain('"$schema"');
    const verify = npx(['verify']);
    expect(verify.stderr).toBe('');
    expect(verify.stdout).toContain('PASS   package_manifest');
    expect(verify.status).toBe(0);

    const esm = spawnSync(process.execPath, ['--input-type=module', '-e', "import { verify, renderVerdict } from 'gate-engine'; console.log(typeof verify, typeof renderVerdict)"], { cwd: project, env: CLEAN, encoding: 'utf8' });
    expect(esm.stdout.trim()).toBe('function function');
    const cjs = spawnSync(process.execPath, ['-e', "const g = require('gate-engine'); console.log(typeof g.verify)"], { cwd: project, env: CLEAN, encoding: 'utf8' });
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe('function');
  }, 180_000);
});
