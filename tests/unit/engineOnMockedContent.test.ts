import { beforeEach, describe, expect, test, vi } from 'vitest';
import { type MockEntry, mockedAstroContent, page, procedure } from './support/mockedContent';

/**
 * The engine's routes, store and procedure lists on content written here,
 * with `astro:content` mocked: what each function promises, whatever a
 * province's content holds.
 */
const content: Record<string, MockEntry[]> = {};
vi.mock('astro:content', () => mockedAstroContent(content));

const { getTranslatedEntries } = await import('../../src/content/store');
const { getSiteRoutes } = await import('../../src/routing/routes');
const { getProcedureLinks, groupByLifeEvent } = await import('../../src/content/procedures');

function setContent(collections: Record<string, MockEntry[]>) {
  for (const key of Object.keys(content)) delete content[key];
  Object.assign(content, collections);
}

beforeEach(() =>
  setContent({
    pages: [page('vi', 'Trang chủ', { view: 'home' }), page('en', 'Home', { view: 'home' }), page('vi/so-tay', 'Sổ tay', { view: 'handbook' }), page('vi/lien-he', 'Liên hệ')],
    procedures: [
      procedure('vi/the-tam-tru', 'Thẻ tạm trú', 'arriving-and-staying'),
      procedure('en/the-tam-tru', 'Temporary residence card', 'arriving-and-staying'),
      procedure('vi/giay-phep-lao-dong', 'Giấy phép lao động', 'working'),
      procedure('vi/dang-ky-ket-hon', 'Đăng ký kết hôn', 'family'),
    ],
  }),
);

describe('the store', () => {
  test('groups entries by slug under their Vietnamese source, with each translation by locale', async () => {
    const groups = await getTranslatedEntries('procedures');
    expect(groups.map((g) => g.slug)).toEqual(['dang-ky-ket-hon', 'giay-phep-lao-dong', 'the-tam-tru']);
    const card = groups.find((g) => g.slug === 'the-tam-tru')!;
    expect(card.source.id).toBe('vi/the-tam-tru');
    expect(Object.keys(card.translations).sort()).toEqual(['en', 'vi']);
  });

  test('refuses a translation without a source, naming the file and what was expected', async () => {
    setContent({ procedures: [procedure('en/orphan', 'Orphan', 'working')] });
    await expect(getTranslatedEntries('procedures')).rejects.toThrow(
      'content/procedures/en/orphan.md — slug — "orphan" has no vi source — expected content/procedures/vi/orphan to exist',
    );
  });
});

describe('the routes', () => {
  test('every page and procedure is published in every language, a missing translation as a fallback', async () => {
    const routes = await getSiteRoutes();
    const contact = routes.filter((r) => r.kind === 'page' && r.slug === 'lien-he');
    expect(contact.map((r) => r.locale)).toEqual(['vi', 'en', 'ru', 'zh', 'ko']);
    expect(contact.map((r) => r.kind === 'page' && r.isFallback)).toEqual([false, true, true, true, true]);
    const card = routes.filter((r) => r.kind === 'procedure' && r.slug === 'so-tay/the-tam-tru');
    expect(card.map((r) => [r.locale, r.kind === 'procedure' && r.isFallback])).toEqual([
      ['vi', false],
      ['en', false],
      ['ru', true],
      ['zh', true],
      ['ko', true],
    ]);
    expect(card[0]!.translatedLocales).toEqual(['vi', 'en']);
  });

  test('procedures live under the page whose view is handbook, and each life event with procedures gets a list', async () => {
    const routes = await getSiteRoutes();
    const lists = routes.filter((r) => r.kind === 'life-event' && r.locale === 'vi').map((r) => r.slug);
    expect(lists).toEqual(['so-tay/arriving-and-staying', 'so-tay/working', 'so-tay/family']);
    expect(routes.filter((r) => r.kind === 'not-found').map((r) => `${r.locale}/${r.slug}`)).toEqual(['en/404', 'ru/404', 'zh/404', 'ko/404']);
  });

  test('a procedure named after a life event is refused: both would want one address', async () => {
    setContent({ pages: [page('vi', 'Trang chủ', { view: 'home' })], procedures: [procedure('vi/working', 'Làm việc', 'working')] });
    await expect(getSiteRoutes()).rejects.toThrow('content/procedures/vi/working.md — file name — "working" — expected a name other than a life event\'s');
  });
});

describe('the procedure lists', () => {
  test("in the reader's language, sorted in its order, the Vietnamese shown and marked where untranslated", async () => {
    const links = await getProcedureLinks('en');
    expect(links.map((l) => [l.entry.data.title, l.lang, l.isFallback])).toEqual([
      ['Đăng ký kết hôn', 'vi', true],
      ['Giấy phép lao động', 'vi', true],
      ['Temporary residence card', 'en', false],
    ]);
    expect(links.map((l) => l.url)).toContain('/en/so-tay/the-tam-tru/');
  });

  test('grouped by life event in the schema order, empty life events left out', async () => {
    const groups = groupByLifeEvent(await getProcedureLinks('vi'));
    expect(groups.map((g) => [g.lifeEvent, g.procedures.map((p) => p.slug)])).toEqual([
      ['arriving-and-staying', ['the-tam-tru']],
      ['working', ['giay-phep-lao-dong']],
      ['family', ['dang-ky-ket-hon']],
    ]);
  });
});
