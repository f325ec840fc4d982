import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldForPath, fieldPaths, registeredPaths, withoutFieldPrefix } from '../../../renderer/src/lib/field-errors';
import { schemaResolver } from '../../../renderer/src/lib/form-resolver';

const values = {
  name: '',
  profile: { entryMode: '', regulatedSectors: ['finance'], expectedMarketRevenue: { amount: '', currency: 'EUR' } },
  durations: [{ taskId: '', durationDays: '3' }],
};

describe('the one field-error mapper', () => {
  it('lists a form’s fields: leaves, lists of values as one field, rows cell by cell', () => {
    expect(fieldPaths(values)).toEqual([
      'name',
      'profile.entryMode',
      'profile.regulatedSectors',
      'profile.expectedMarketRevenue.amount',
      'profile.expectedMarketRevenue.currency',
      'durations',
      'durations.0.taskId',
      'durations.0.durationDays',
    ]);
  });

  it('puts a problem on its field, the nearest enclosing one, or an alias; API wrappers are looked through', () => {
    const fields = fieldPaths(values);
    expect(fieldForPath('name', fields)).toBe('name');
    expect(fieldForPath('fields.profile.entryMode', fields)).toBe('profile.entryMode');
    expect(fieldForPath('patch.name', fields)).toBe('name');
    expect(fieldForPath('profile.regulatedSectors.3', fields)).toBe('profile.regulatedSectors');
    expect(fieldForPath('durations.0.taskId', fields)).toBe('durations.0.taskId');
    expect(fieldForPath('profile.expectedMarketRevenue', fields, { 'profile.expectedMarketRevenue': 'profile.expectedMarketRevenue.amount' })).toBe(
      'profile.expectedMarketRevenue.amount',
    );
    expect(fieldForPath('itemId', fields)).toBeNull();
    expect(fieldForPath('', fields)).toBeNull();
  });

  it('counts as fields only the values a control is registered for', () => {
    const registered = { name: { _f: {} }, profile: { entryMode: { _f: {} } }, durations: [{ taskId: { _f: {} } }] };
    expect(registeredPaths(values, registered)).toEqual(['name', 'profile.entryMode', 'durations.0.taskId']);
  });

  it('drops the field name the backend puts before a field’s message', () => {
    expect(withoutFieldPrefix('Comment: write the reason for the rejection.')).toBe('Write the reason for the rejection.');
    expect(withoutFieldPrefix('Readiness target (days): Use a whole number of days.')).toBe('Use a whole number of days.');
    expect(withoutFieldPrefix('That date does not exist')).toBe('That date does not exist');
  });

  it('the resolver places each zod issue on its control, and what no control shows on the form', async () => {
    const schema = z.object({
      itemId: z.string().min(1, 'No item'),
      name: z.string().min(1, 'Enter a name'),
      profile: z.object({ regulatedSectors: z.array(z.enum(['finance'], { error: 'Unknown sector' })) }),
    });
    const resolver = schemaResolver(schema);
    const result = await resolver(
      { itemId: '', name: '', profile: { regulatedSectors: ['nope'] } } as never,
      undefined,
      { fields: { name: { name: 'name', ref: {} }, profile: { regulatedSectors: { name: 'profile.regulatedSectors', ref: {} } } } as never, names: [], shouldUseNativeValidation: false, criteriaMode: 'firstError' },
    );
    expect(result.errors).toMatchObject({
      name: { message: 'Enter a name' },
      profile: { regulatedSectors: { message: 'Unknown sector' } },
      root: { message: 'No item' },
    });
  });
});
