import { type ContentTree } from '../../model/contentTree';
import type { Problem } from '../../model/problem';
import { addressCollisions } from '../../model/routeTable';

/**
 * Two files must never publish the same address: `pages/vi/en.md` would be
 * /en/, the English home page; `pages/vi/handbook/work-permit.md` would be
 * the work-permit procedure's page. One of them would silently disappear
 * (and search would link its title to the other), so both files are named.
 */
export function routeRule(tree: ContentTree): Problem[] {
  const isContent = (file: string) => tree.entries.some((e) => e.file === file);
  return addressCollisions(tree).flatMap(({ url, first, second }) =>
    [
      [first, second],
      [second, first],
    ]
      .filter(([mine]) => isContent(mine!))
      .map(([mine, other]): Problem => ({
        severity: 'error',
        file: mine!,
        line: 1,
        field: 'file name',
        en: { wrong: `publishes ${url}, which ${other} publishes too`, expected: 'a file name no other page, procedure or language uses for its address' },
        vi: { wrong: `có địa chỉ ${url}, trùng với ${other}`, expected: 'một tên tệp không trùng địa chỉ của trang, thủ tục hay ngôn ngữ khác' },
      })),
  );
}
