import type { z } from 'astro/zod';
import type { LocalizedCollection } from '../../model/contentTree';
import { collectionSchemas } from '../../model/sharedFields';
import { siteSchema } from '../../schemas/site';
import { localeCodes, sourceLocale } from '../../i18n/locales';

/**
 * The Decap CMS configuration, generated from the zod schemas in src/schemas/
 * so the web editor's forms can never drift from what the check and the build
 * accept: every field of every schema becomes a form field with the matching
 * widget, and required fields are required in the form.
 * facts.yaml (a map of ids) is not offered: Decap cannot edit maps with free
 * keys; staff edit it in the repository (see CONTRIBUTING.md).
 */

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  options?: string[];
  fields?: DecapField[];
  field?: DecapField;
  [option: string]: unknown;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
}

const longTextFields = new Set(['description', 'explanation', 'audience', 'whereNote', 'note']);

/** The form field for one schema field. */
export function decapField(name: string, schema: z.ZodType): DecapField {
  let def = schema.def as Def;
  let required = true;
  let defaultValue: unknown;
  while (def.type === 'optional' || def.type === 'default') {
    required = false;
    if (def.type === 'default') defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    def = def.innerType!.def as Def;
  }
  const base = { name, label: name, required, ...(defaultValue === undefined ? {} : { default: defaultValue }) };
  switch (def.type) {
    case 'string':
      return { ...base, widget: longTextFields.has(name) ? 'text' : 'string' };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int' };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'array': {
      const item = decapField(name.replace(/s$/, ''), def.element!);
      return item.widget === 'object'
        ? { ...base, widget: 'list', fields: item.fields ?? [] }
        : { ...base, widget: 'list', field: { ...item, required: true } };
    }
    case 'object':
      return { ...base, widget: 'object', fields: Object.entries(def.shape ?? {}).map(([key, value]) => decapField(key, value)) };
    case 'record':
      // Text in several languages: one box per language, the source language required.
      return {
        ...base,
        widget: 'object',
        fields: localeCodes.map((code) => ({ name: code, label: code, widget: 'string', required: code === sourceLocale })),
      };
    default:
      return { ...base, widget: 'string' };
  }
}

/** The form fields for every field of an object schema. */
export function decapFields(schema: z.ZodObject): DecapField[] {
  return Object.entries(schema.shape).map(([name, field]) => decapField(name, field as z.ZodType));
}

const markdownBody: DecapField = { name: 'body', label: 'body', widget: 'markdown', required: false, buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'], editor_components: [] };

/** A collection's form: its schema's fields, and the Markdown text for Markdown collections. */
function formFields(collection: LocalizedCollection, schema: z.ZodObject): DecapField[] {
  return collection === 'glossary' ? decapFields(schema) : [...decapFields(schema), markdownBody];
}

export function decapConfig(options: { localBackend: boolean }) {
  // A translation's form has no shared fields: they come from the Vietnamese file (src/model/sharedFields.ts).
  const perLocale = (collection: LocalizedCollection, label: string) =>
    localeCodes.map((locale) => ({
      name: `${collection}-${locale}`,
      label: `${label} (${locale})`,
      folder: `content/${collection}/${locale}`,
      // New files start in Vietnamese; translations keep their source's file name.
      create: locale === sourceLocale,
      slug: '{{slug}}',
      identifier_field: collection === 'glossary' ? 'term' : 'title',
      summary: collection === 'glossary' ? '{{term}}' : '{{title}}',
      ...(collection === 'glossary' ? { extension: 'yaml', format: 'yaml' } : { extension: 'md', format: 'frontmatter' }),
      fields: formFields(collection, collectionSchemas[collection][locale === sourceLocale ? 'source' : 'translation']),
    }));
  return {
    backend: { name: 'git-gateway', branch: 'main' },
    local_backend: options.localBackend,
    publish_mode: 'simple',
    media_folder: 'public/images',
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...perLocale('pages', 'Trang / Pages'),
      ...perLocale('procedures', 'Thủ tục / Procedures'),
      ...perLocale('glossary', 'Thuật ngữ / Glossary'),
      {
        name: 'settings',
        label: 'Cài đặt / Settings',
        files: [{ name: 'site', label: 'site.yaml', file: 'content/site.yaml', fields: decapFields(siteSchema) }],
      },
    ],
  };
}
