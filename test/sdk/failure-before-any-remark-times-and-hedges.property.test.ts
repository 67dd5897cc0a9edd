// A summary beside a pass (helper zj, session 45): a failure clause before ANY remark after a mark that parts clauses
// fails unless the remark tells a pass, a none or a tolerance (failureBeforeARemark); a count of failures in a pointer
// is never hedged (pointerNamesAFailure); a failure told a number of times fails however the count is written
// (failureToldTimes); a failure word spelled across MathML tokens is read as drawn (formulaTellsAFailure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusContradiction } from '../../src/sdk/status-claims.js';
import '../helpers/fc-seed.js';

const beside = (text: string) => statusContradiction({ status: 'passed', summary: text }, '/status', 'passed');

describe('a failure before any remark', () => {
  const failure = fc.constantFrom('Build failed', 'Deploy failed', 'Build selhalo', 'Збірка провалена', 'Derleme başarısız', 'Build mislukt', 'Build fallita', '빌드 실패');
  const pass = fc.constantFrom('All tests passed', 'Build succeeded', 'Deploy passed');
  const mark = fc.constantFrom('. ', ', ', '; ', ' | ', ' / ', ' » ', ' ➜ ', ' → ', ' – ');
  const remark = fc.constantFrom('Viz logy', 'Див. логи', 'bkz. loglar', 'Bekijk de logs', 'More in the logs', 'logs', 'Consulta los registros', 'details upstream');
  const takesBack = fc.constantFrom('retried and passed', 'none of them required', 'all flaky', 'then succeeded');
  it('fails the failure whatever remark follows it', () => {
    fc.assert(fc.property(failure, mark, remark, (f, m, r) => {
      expect(beside(`${f}${m}${r}`)?.code, `${f}${m}${r}`).toBe('contradiction');
    }));
  });
  it('passes a pass before the same remark', () => {
    fc.assert(fc.property(pass, mark, remark, (p, m, r) => {
      expect(beside(`${p}${m}${r}`), `${p}${m}${r}`).toBeUndefined();
    }));
  });
  it('passes a failure whose remark takes it back', () => {
    fc.assert(fc.property(fc.constantFrom('Build failed', 'Deploy failed'), fc.constantFrom(', ', '; ', ' ➜ '), takesBack, (f, m, r) => {
      expect(beside(`${f}${m}${r}`), `${f}${m}${r}`).toBeUndefined();
    }));
  });
});

describe('a count of failures in a pointer beside a hedge or a condition', () => {
  const count = fc.constantFrom('3', '12', 'three', 'the 3');
  const noun = fc.constantFrom('failures', 'failed jobs', 'errors');
  const hedge = fc.constantFrom(', if any', ' if needed', ' (if needed)', ', if you want', ', if present', ', in case of questions', ', ggf. erneut ausführen', ', where applicable');
  it('fails whatever hedge stands beside the count', () => {
    fc.assert(fc.property(count, noun, hedge, (c, n, h) => {
      const text = `All tests passed. See logs for ${c} ${n}${h}`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('passes uncounted failures under a hedge', () => {
    fc.assert(fc.property(fc.constantFrom('any failures', 'possible failures', 'potential errors', 'failures, if any', 'failures, where applicable'), (n) => {
      expect(beside(`All tests passed. See logs for ${n}`), n).toBeUndefined();
    }));
  });
});

describe('a failure told a number of times', () => {
  const failure = fc.constantFrom('Build failed', 'Tests failed', 'Deploy failed');
  const times = fc.constantFrom('three times', 'thrice', 'x3', '\u00d73', '\uff13 times', '3 \u03c4imes', '(3 times)', '3 time(s)', '3 of 3 times', 'twice');
  const after = fc.constantFrom('', ' in a row', ' today', ' :(');
  it('fails however the count is written', () => {
    fc.assert(fc.property(failure, times, after, (f, t, a) => {
      expect(beside(`${f} ${t}${a}`)?.code, `${f} ${t}${a}`).toBe('contradiction');
    }));
  });
  it('passes a pass told the same number of times', () => {
    fc.assert(fc.property(fc.constantFrom('All tests passed', 'Build succeeded'), times, after, (p, t, a) => {
      expect(beside(`${p} ${t}${a}`), `${p} ${t}${a}`).toBeUndefined();
    }));
  });
});

describe('a MathML failure spelled across tokens or with a prefix', () => {
  const split = fc.constantFrom(['f', 'a', 'i', 'l', 'e', 'd'], ['fail', 'ed'], ['fa', 'iled'], ['failure', 's']);
  const tag = fc.constantFrom('mi', 'mtext');
  const prefix = fc.constantFrom('', 'mml:', 'm:');
  it('fails a failure word whose letters stand in adjacent tokens', () => {
    fc.assert(fc.property(split, tag, prefix, (parts, t, p) => {
      const text = `<${p}math><${p}mn>3</${p}mn>${parts.map((x) => `<${p}${t}>${x}</${p}${t}>`).join('')}</${p}math> All tests passed`;
      expect(beside(text)?.code, text).toBe('contradiction');
    }));
  });
  it('passes a formula counting none', () => {
    fc.assert(fc.property(split, tag, prefix, (parts, t, p) => {
      const text = `<${p}math><${p}mn>0</${p}mn>${parts.map((x) => `<${p}${t}>${x}</${p}${t}>`).join('')}</${p}math> All tests passed`;
      expect(beside(text), text).toBeUndefined();
    }));
  });
});
