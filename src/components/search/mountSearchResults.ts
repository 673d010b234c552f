import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import SearchResults from './SearchResults';
import type { SearchIslandProps } from './searchIslandProps';

/**
 * Starts the search island in `container`, attached to the page's own search
 * form. SearchPanel.astro imports this module only once the reader focuses
 * or types in the field, or when the address carries ?q=, so React, Fuse.js
 * and the index are never downloaded by readers who do not search.
 */
export function mountSearchResults(container: HTMLElement, form: HTMLFormElement, input: HTMLInputElement, props: SearchIslandProps): void {
  createRoot(container).render(createElement(SearchResults, { ...props, form, input }));
}
