/**
 * The hostile half of the fuzz test: strings, dates, numbers and values an attacker would
 * send, and the mutations that put them into a method's valid input (replacing one value,
 * adding a key, or replacing the whole input). Deep values travel as text (serialize).
 */
import fc from 'fast-check';

interface Deep {
  deep: 'rule' | 'array';
  levels: number;
}

/** Deep values are sent as text: JSON.stringify itself overflows the stack on them. */
function expandDeep(v: unknown): unknown {
  if (v !== null && typeof v === 'object' && 'deep' in v && 'levels' in v && Object.keys(v).length === 2) {
    const d = v as Deep;
    return `@@deep:${d.deep}:${d.levels}@@`;
  }
  return v;
}

function deepText(kind: string, levels: number): string {
  if (kind === 'array') return '['.repeat(levels) + ']'.repeat(levels);
  let open = '';
  let close = '';
  for (let i = levels - 1; i >= 0; i--) {
    if (i % 3 === 0) {
      open += '{"not":';
      close = '}' + close;
    } else {
      open += '{"all":[';
      close = ']}' + close;
    }
  }
  return `${open}{"always":true}${close}`;
}

export function serialize(input: unknown): string {
  return (JSON.stringify(input) ?? 'null').replace(/"@@deep:(rule|array):(\d+)@@"/g, (_m, kind: string, n: string) => deepText(kind, Number(n)));
}

const hostileString = fc.oneof(
  fc.constantFrom(
    '\uD800',
    'sign\uDC00off',
    'a\uD83D',
    '\u0000',
    'x\u0007y',
    'line\u001bnext',
    '\u202Eevil.exe',
    'name\u2066isolated\u2069',
    'Cafe\u0301',
    '',
    '   ',
    '9999-12-31',
    '0000-01-01',
    '1900-01-01',
    '1899-12-31',
    '2199-12-31',
    '2200-01-01',
    '2026-02-30',
    '+275760-09-13',
    '2027-3-1',
    '__proto__',
    'constructor',
    '../../../etc/passwd',
    'C:\\Windows\\system32',
    "'; DROP TABLE entries; --",
    '%s%n%x',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-4fff-bfff-ffffffffffff',
    'Bearer x',
    'x'.repeat(70_000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.uuid(),
);

/** Calendar dates from year 0 to 9999 and the edges of the accepted 1900–2199 range. */
const hostileDate = fc.oneof(
  { arbitrary: fc.constantFrom('9999-12-31', '0001-01-01', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01', '2026-02-29', '2028-02-29'), weight: 3 },
  fc.integer({ min: 0, max: 9999 }).chain((y) =>
    fc.tuple(fc.constant(y), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([yy, m, d]) => `${String(yy).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  ),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, -0, 0.5, 1e308, -1e308, 2 ** 53, 2 ** 31, -(2 ** 31), 730, 731, 366, 1e-300, 99_999_999),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 5 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}, { __proto__: { polluted: true } }, [null]), weight: 2 },
  // Deep structures are generated as a small tag and expanded when sent (fast-check prints what it generates).
  { arbitrary: fc.constantFrom<Deep>({ deep: 'rule', levels: 5000 }, { deep: 'rule', levels: 17 }, { deep: 'rule', levels: 15 }, { deep: 'array', levels: 3000 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
  { arbitrary: fc.array(hostileString, { maxLength: 5 }), weight: 1 },
);

/** Every path to a value inside a request, objects and arrays included. */
function pathsOf(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, k], out);
  return out;
}

function replaceAt(v: unknown, p: (string | number)[], value: unknown): unknown {
  if (p.length === 0) return value;
  const [head, ...rest] = p;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? replaceAt(x, rest, value) : x));
  const obj = v as Record<string, unknown>;
  return { ...obj, [head!]: replaceAt(obj[head!], rest, value) };
}

export type Mutation = { kind: 'replace'; pick: number; typed: boolean; str: string; date: string; num: number; value: unknown } | { kind: 'extra'; key: string; value: unknown } | { kind: 'whole'; value: unknown } | { kind: 'valid' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    // Mostly a value of the same type as the one it replaces, so that it gets past the type check.
    arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), typed: fc.boolean(), str: hostileString, date: hostileDate, num: hostileNumber, value: hostileValue }),
    weight: 12,
  },
  { arbitrary: fc.record({ kind: fc.constant('extra' as const), key: fc.constantFrom('__proto__', 'constructor', 'extra', 'toString'), value: hostileValue }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('whole' as const), value: hostileValue }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'valid' as const }), weight: 1 },
);

export function apply(base: unknown, m: Mutation): unknown {
  switch (m.kind) {
    case 'valid':
      return base;
    case 'whole':
      return expandDeep(m.value);
    case 'extra':
      return base !== null && typeof base === 'object' ? { ...(base as object), [m.key]: expandDeep(m.value) } : base;
    case 'replace': {
      const paths = pathsOf(base);
      const at = paths[m.pick % paths.length]!;
      const old = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], base);
      const isDate = typeof old === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(old);
      const value = m.typed && isDate ? m.date : m.typed && typeof old === 'string' ? m.str : m.typed && typeof old === 'number' ? m.num : expandDeep(m.value);
      return replaceAt(base, at, value);
    }
  }
}
