import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const shippedPath = join(root, 'data/dataset.json');

function runAudit(dataPath: string): { code: number; output: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/audit-data.ts', '--data', dataPath], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output: out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

function tampered(mutate: (d: any) => void): string {
  const d = JSON.parse(readFileSync(shippedPath, 'utf8'));
  mutate(d);
  const path = join(mkdtempSync(join(tmpdir(), 'audit-')), 'dataset.json');
  writeFileSync(path, JSON.stringify(d));
  return path;
}

describe('npm run audit:data', () => {
  it('passes on the shipped dataset', () => {
    const r = runAudit(shippedPath);
    expect(r.output).toMatch(/Dataset audit passed/);
    expect(r.code).toBe(0);
  }, 60_000);

  it('fails on a quote altered by one figure, naming file, record and field', () => {
    let id = '';
    const path = tampered((d) => {
      const rec = d.tariffMeasures[0];
      id = rec.id;
      rec.evidence[0].quote = rec.evidence[0].quote.replace(/\d+/, (n: string) => String(Number(n) + 1));
    });
    const r = runAudit(path);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`tariffMeasures[0] (${id}) › evidence[0].quote: quote is not verbatim`);
  }, 60_000);

  it('fails on a reference that does not resolve', () => {
    const r = runAudit(tampered((d) => d.events[0].partyIds.push('atlantis')));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/events\[0\] \(.+\) › partyIds: refers to "atlantis", which is not an actor/);
  }, 60_000);

  it('fails on an impossible date', () => {
    const r = runAudit(tampered((d) => (d.metrics[0].period.start = '2025-02-29')));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/metrics\[0\] \(.+\) › period\.start: not a real calendar date/);
  }, 60_000);
});
