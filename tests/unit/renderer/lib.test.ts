/** The renderer's small helpers: dates, counts, sizes, error sentences, filters and padding. */
import { describe, expect, it } from 'vitest';
import { ApiClientError } from '../../../renderer/src/api/client';
import { base64ToBytes, isWebUrl } from '../../../renderer/src/lib/browser-files';
import { errorMessage } from '../../../renderer/src/lib/error-message';
import { filterBinding } from '../../../renderer/src/lib/filter-binding';
import { labelledOptions } from '../../../renderer/src/lib/filter-options';
import { formatBytes, formatMegabytes } from '../../../renderer/src/lib/format-bytes';
import { formatCount, formatDate, plural } from '../../../renderer/src/lib/format-date';
import { joinWords } from '../../../renderer/src/lib/labels';
import { STATUS_LABELS } from '../../../shared/vocabulary/entry';
import { virtualPadding } from '../../../renderer/src/lib/virtual-padding';

describe('formatting', () => {
  it('shows calendar dates as 12 Mar 2027 and counts with separators', () => {
    expect(formatDate('2027-03-12')).toBe('12 Mar 2027');
    expect(formatDate('2027-12-01')).toBe('1 Dec 2027');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect([plural(1, 'day'), plural(3, 'day'), plural(2, 'entry', 'entries'), plural(0, 'item')]).toEqual(['1 day', '3 days', '2 entries', '0 items']);
  });

  it('shows file sizes in bytes, KB and MB (1 KB = 1,024 bytes)', () => {
    expect([formatBytes(1), formatBytes(812), formatBytes(1024), formatBytes(14_540), formatBytes(31_666_586)]).toEqual([
      '1 byte',
      '812 bytes',
      '1.0 KB',
      '14.2 KB',
      '30.2 MB',
    ]);
    expect(formatMegabytes(25 * 1024 * 1024)).toBe('25.0 MB');
  });

  it('joins words as a sentence does', () => {
    expect([joinWords([]), joinWords(['Friday']), joinWords(['Friday', 'Saturday']), joinWords(['a', 'b', 'c'])]).toEqual([
      '',
      'Friday',
      'Friday and Saturday',
      'a, b and c',
    ]);
  });
});

describe('errorMessage', () => {
  it("passes the API's sentence on and never shows anything else that was thrown", () => {
    expect(errorMessage(new ApiClientError({ code: 'conflict', message: 'Changed since you opened it.' }))).toBe('Changed since you opened it.');
    expect(errorMessage(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('Something went wrong; please try again.');
    expect(errorMessage('boom')).toBe('Something went wrong; please try again.');
  });

  it('keeps the code and field of an API error', () => {
    const err = new ApiClientError({ code: 'invalid_input', message: 'Name is required', field: 'name' });
    expect([err.code, err.field, err.name]).toEqual(['invalid_input', 'name', 'ApiClientError']);
  });
});

describe('filters', () => {
  it('binds one text filter to its value and setter', () => {
    const calls: Array<[string, string]> = [];
    const bind = filterBinding({ status: 'active', search: '' }, (key, value) => calls.push([key, value]));
    const status = bind('status');
    expect(status.value).toBe('active');
    status.onChange('on_hold');
    expect(calls).toEqual([['status', 'on_hold']]);
  });

  it('labels each filter choice', () => {
    expect(labelledOptions(['planning', 'on_hold'] as const, STATUS_LABELS)).toEqual([
      { value: 'planning', label: 'Planning' },
      { value: 'on_hold', label: 'On hold' },
    ]);
  });
});

describe('virtualPadding', () => {
  const virtualizer = (rows: Array<{ start: number; end: number }>, total: number) =>
    ({ getVirtualItems: () => rows, getTotalSize: () => total, options: { scrollMargin: 0 } });

  it('pads above the first rendered row and below the last', () => {
    expect(virtualPadding(virtualizer([{ start: 320, end: 352 }, { start: 352, end: 384 }], 6400))).toEqual({ top: 320, bottom: 6016 });
    expect(virtualPadding(virtualizer([], 0))).toEqual({ top: 0, bottom: 0 });
  });
});

describe('browser files', () => {
  it('turns base64 back into bytes and recognises web links only', () => {
    expect([...base64ToBytes(Buffer.from('Landfall ✓').toString('base64'))]).toEqual([...Buffer.from('Landfall ✓')]);
    expect([isWebUrl('https://example.org/a'), isWebUrl('http://x.test'), isWebUrl('file:///etc/passwd'), isWebUrl('javascript:alert(1)'), isWebUrl('not a url')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
