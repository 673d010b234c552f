import { getCollection } from 'astro:content';
import { addDays } from './provinceTime';

/** A content date (YAML gives a Date at UTC midnight) as YYYY-MM-DD. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Every day listed as closed in `content/holidays.yaml`, YYYY-MM-DD, in order. */
export async function getClosedDays(): Promise<string[]> {
  const days = new Set<string>();
  for (const { data } of await getCollection('holidays')) {
    const last = isoDay(data.until ?? data.date);
    for (let day = isoDay(data.date); day <= last; day = addDays(day, 1)) days.add(day);
  }
  return [...days].sort();
}
