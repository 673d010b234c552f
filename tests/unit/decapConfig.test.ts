import { describe, expect, test } from 'vitest';
import { decapConfig, type DecapField } from '../../src/integrations/decap/decapConfig';
import { pageSchema } from '../../src/schemas/page';
import { procedureSchema, lifeEvents } from '../../src/schemas/procedure';
import { sharedFieldNames } from '../../src/schemas/sharedFieldNames';

const config = decapConfig({ localBackend: true });

function collection(name: string) {
  const found = config.collections.find((c) => c.name === name);
  if (!found || !('fields' in found)) throw new Error(`no collection ${name}`);
  return found.fields as DecapField[];
}

describe('the web editor configuration follows the schemas', () => {
  test.each([
    ['procedures-vi', procedureSchema],
    ['pages-vi', pageSchema],
  ] as const)('%s has a form field for every schema field, required exactly when the schema requires it', (name, schema) => {
    const fields = collection(name);
    for (const [key, field] of Object.entries(schema.shape)) {
      const form = fields.find((f) => f.name === key);
      expect(form, key).toBeDefined();
      expect(form?.required, key).toBe(!field.safeParse(undefined).success);
    }
    expect(fields.map((f) => f.name)).toContain('body');
  });

  test.each(['procedures', 'pages'] as const)("a translation form of %s has no field every language shares: the Vietnamese file holds them", (kind) => {
    const names = collection(`${kind}-en`).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['title', 'description', 'body']));
    for (const shared of sharedFieldNames[kind]) expect(names, shared).not.toContain(shared);
    expect(collection(`${kind}-vi`).map((f) => f.name)).toEqual(expect.arrayContaining([...sharedFieldNames[kind]]));
  });

  test('a choice offers exactly the values the schema accepts', () => {
    const lifeEvent = collection('procedures-vi').find((f) => f.name === 'lifeEvent');
    expect(lifeEvent?.widget).toBe('select');
    expect(lifeEvent?.options).toEqual([...lifeEvents]);
  });

  test('dates are saved as YYYY-MM-DD, the form the check accepts', () => {
    const reviewed = collection('procedures-vi').find((f) => f.name === 'reviewed');
    expect(reviewed).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
  });

  test('each language has its own folder, and only Vietnamese files are created from the editor', () => {
    const procedures = config.collections.filter((c) => c.name.startsWith('procedures-'));
    expect(procedures.map((c) => 'folder' in c && c.folder)).toContain('content/procedures/en');
    expect(procedures.filter((c) => 'create' in c && c.create).map((c) => c.name)).toEqual(['procedures-vi']);
  });
});
