import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../src/check/rules/schemaRule';
import { procedureSchema } from '../../src/schemas/procedure';
import { pageSchema } from '../../src/schemas/page';

/** The first issue zod finds at `field` when `data` is checked against `schema`, described for staff. */
function described(schema: typeof procedureSchema | typeof pageSchema, data: Record<string, unknown>, field: string) {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('the data passed the schema: the test would not test what it says');
  const issue = result.error.issues.find((i) => i.path.join('.') === field);
  if (!issue) throw new Error(`no issue at ${field}: ${result.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return describeIssue(issue, data[field]);
}

describe('the check speaks Vietnamese on its Vietnamese line', () => {
  test('a description that is too short says what is expected in both languages', () => {
    const { en, vi } = described(procedureSchema, { description: 'Ngắn' }, 'description');
    expect(en).toEqual({ wrong: 'too short', expected: 'a sentence of at least 10 characters' });
    expect(vi).toEqual({ wrong: 'quá ngắn', expected: 'một câu dài ít nhất 10 ký tự' });
  });

  test('a missing text field names its kind in Vietnamese', () => {
    const { vi } = described(pageSchema, {}, 'title');
    expect(vi).toEqual({ wrong: 'thiếu trường này', expected: 'văn bản (trường bắt buộc)' });
  });
});
