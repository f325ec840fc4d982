/** What the renderer's error boundary sends to 'app.logRendererError': always within the contract's limits. */
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { MAX_MESSAGE, MAX_STACK, MAX_WHERE, rendererErrorReport } from '../../renderer/src/lib/renderer-error-report';

const schema = contract['app.logRendererError'].input;

describe('rendererErrorReport', () => {
  it('names the error, keeps its stack and puts the component stack after it', () => {
    const err = new TypeError('view.items is undefined');
    const report = rendererErrorReport(err, '\n    at ChecklistTable\n    at ChecklistTab', 'Entry · Checklist tab');
    expect(report.message).toBe('TypeError: view.items is undefined');
    expect(report.stack).toContain(err.stack!);
    expect(report.stack).toMatch(/Component stack:\n {4}at ChecklistTable\n {4}at ChecklistTab$/);
    expect(report.where).toBe('Entry · Checklist tab');
    expect(schema.safeParse(report).success).toBe(true);
  });

  it('reports a thrown non-Error, without a stack', () => {
    const report = rendererErrorReport('just a string', null, 'app');
    expect(report).toEqual({ message: 'Thrown: just a string', where: 'app' });
    expect(schema.safeParse(report).success).toBe(true);
  });

  it('cuts what is too long to the limits the contract accepts', () => {
    const err = new Error('m'.repeat(5000));
    err.stack = 's'.repeat(50_000);
    const report = rendererErrorReport(err, 'c'.repeat(10_000), 'w'.repeat(500));
    expect(report.message).toHaveLength(MAX_MESSAGE);
    expect(report.stack).toHaveLength(MAX_STACK);
    expect(report.where).toHaveLength(MAX_WHERE);
    expect(schema.safeParse(report).success).toBe(true);
    expect(schema.safeParse({ ...report, message: `${report.message}x` }).success).toBe(false);
  });

  it('never sends an empty place', () => {
    expect(rendererErrorReport(new Error('x'), undefined, '  ').where).toBe('unknown screen');
  });
});
