/** Every text value in parsed YAML, with the path to it, for rules that look inside any field. */
export interface TextValue {
  path: PropertyKey[];
  text: string;
}

export function textValuesIn(data: unknown, path: PropertyKey[] = []): TextValue[] {
  if (typeof data === 'string') return [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => textValuesIn(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => textValuesIn(value, [...path, key]));
  }
  return [];
}
