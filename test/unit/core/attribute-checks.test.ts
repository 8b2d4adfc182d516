import { describe, expect, it } from 'vitest';
import type { UserAttributeSchema } from '../../../src/client/types.js';
import { typedField, type FieldSpec } from '../../../src/hooks/fields.js';
import { checkFields } from '../../../src/hooks/validation.js';

const SCHEMA: UserAttributeSchema[] = [
  { name: 'custom:renewal', dataType: 'DateTime', required: false, mutable: true },
  { name: 'custom:age', dataType: 'Number', required: false, mutable: true, minValue: 18, maxValue: 120 },
  { name: 'custom:plan', dataType: 'String', required: false, mutable: true, maxLength: 4 },
  { name: 'custom:newsletter', dataType: 'Boolean', required: false, mutable: true },
];

function field(name: string, required = false): FieldSpec {
  return typedField({ name, kind: 'text', label: name, required, autoComplete: 'off' }, SCHEMA);
}

describe('sign-up checks of a typed attribute', () => {
  it('a DateTime must be a date and a time', () => {
    expect(checkFields([field('custom:renewal')], { 'custom:renewal': 'next tuesday' })).toEqual([{ field: 'custom:renewal', message: 'validation.dateTime' }]);
    expect(checkFields([field('custom:renewal')], { 'custom:renewal': '2027-01-15T09:30' })).toEqual([]);
  });

  it('a Number must be one, within its bounds, named in the message', () => {
    expect(checkFields([field('custom:age')], { 'custom:age': 'twelve' })).toEqual([{ field: 'custom:age', message: 'validation.number' }]);
    expect(checkFields([field('custom:age')], { 'custom:age': '121' })).toEqual([{ field: 'custom:age', message: 'validation.tooLarge', values: { max: 120 } }]);
  });

  it('a String within its length, counted in characters', () => {
    expect(checkFields([field('custom:plan')], { 'custom:plan': 'plans' })).toEqual([{ field: 'custom:plan', message: 'validation.tooLong', values: { max: 4 } }]);
    expect(checkFields([field('custom:plan')], { 'custom:plan': '🚀🚀🚀🚀' })).toEqual([]);
  });

  it('a required Boolean must be ticked; an optional one may be left', () => {
    // react-hook-form holds a checkbox as a boolean.
    const unticked = { 'custom:newsletter': false as unknown as string };
    expect(checkFields([field('custom:newsletter', true)], unticked)).toEqual([{ field: 'custom:newsletter', message: 'validation.required' }]);
    expect(checkFields([field('custom:newsletter')], unticked)).toEqual([]);
    expect(field('custom:newsletter').kind).toBe('checkbox');
  });

  it('the app’s own type wins over the schema’s', () => {
    expect(typedField({ name: 'custom:age', kind: 'url', label: 'Age', required: false, autoComplete: 'off' }, SCHEMA).kind).toBe('url');
  });
});
