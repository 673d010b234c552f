import { Fragment, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type SearchEngine, type SearchHit, createSearchEngine, limitQuery } from '../../search/searchEngine';
import type { SearchIndexFile } from '../../search/searchIndexFormat';
import { highlightSegments } from './highlightSegments';
import { type SearchIslandProps, fill } from './searchIslandProps';

/**
 * The search island: results for what the reader types in the page's own
 * search form (which keeps working without JavaScript). Everything is
 * rendered as React text and <mark> elements, never as HTML.
 */
interface Props extends SearchIslandProps {
  input: HTMLInputElement;
  form: HTMLFormElement;
}

function Highlighted(props: { text: string; marks: SearchHit['titleMarks']; markVietnamese: boolean; vietnameseLang: string }) {
  return (
    <>
      {highlightSegments(props.text, props.marks, props.markVietnamese).map((segment, i) => {
        const inner = segment.mark ? <mark className="app-search-results__mark">{segment.text}</mark> : segment.text;
        return segment.vietnamese ? (
          <span key={i} lang={props.vietnameseLang}>
            {inner}
          </span>
        ) : (
          <Fragment key={i}>{inner}</Fragment>
        );
      })}
    </>
  );
}

function useSearchEngine(indexUrl: string): { engine: SearchEngine | undefined; failed: boolean } {
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${indexUrl}: ${response.status}`);
        return response.json() as Promise<SearchIndexFile>;
      })
      .then((index) => {
        if (!cancelled) setEngine(createSearchEngine(index));
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [indexUrl]);
  return { engine, failed };
}

/** Keeps ?q= in the address, so a search can be shared and reloaded. */
function rememberQuery(query: string) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  window.history.replaceState(window.history.state, '', url);
}

export default function SearchResults(props: Props) {
  const { input, form, strings } = props;
  const [query, setQuery] = useState(input.value.trim());
  const { engine, failed } = useSearchEngine(props.indexUrl);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let timer: number | undefined;
    const onInput = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setQuery(input.value.trim()), 120);
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      window.clearTimeout(timer);
      setQuery(input.value.trim());
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'ArrowDown') return;
      const first = listRef.current?.querySelector('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    };
    input.addEventListener('input', onInput);
    input.addEventListener('keydown', onKeyDown);
    form.addEventListener('submit', onSubmit);
    // What the reader typed while the island was loading, after its first render: a
    // slow phone must not search for "TR" when the field says "TRC".
    setQuery(input.value.trim());
    return () => {
      window.clearTimeout(timer);
      input.removeEventListener('input', onInput);
      input.removeEventListener('keydown', onKeyDown);
      form.removeEventListener('submit', onSubmit);
    };
  }, [input, form]);

  // A query longer than the engine searches is cut once, here: the reader is
  // told, and the status and the address repeat what was searched, not a pasted page.
  const searched = useMemo(() => limitQuery(query), [query]);
  useEffect(() => rememberQuery(searched.text), [searched]);

  const hits = useMemo(() => (engine && searched.text ? engine.search(searched.text, 20) : []), [engine, searched]);

  /** Arrow keys move between results; Escape goes back to the search field. */
  const onListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const links = [...(listRef.current?.querySelectorAll('a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  };

  const plural = new Intl.PluralRules(props.lang).select(hits.length);
  const status = failed
    ? strings.loadFailed
    : !engine || !searched.text
      ? ''
      : hits.length === 0
        ? fill(strings.noResults, { query: searched.text })
        : fill(strings.results[plural] ?? strings.results['other'] ?? '', { count: hits.length, query: searched.text });

  return (
    <div className="app-search-results">
      <p className="app-search-results__status" role="status" aria-live="polite" aria-atomic="true">
        {status && searched.cut && <span className="app-search-results__cut">{strings.queryCut} </span>}
        {status}
      </p>
      {hits.length > 0 && (
        <ol className="app-search-results__list" ref={listRef} onKeyDown={onListKeyDown}>
          {hits.map((hit) => {
            const textLang = hit.doc.l;
            const snippetLang = hit.snippet.field === 'o' ? props.vietnameseLang : textLang;
            const label =
              hit.snippet.field === 'o' ? strings.officialName : hit.snippet.field === 'k' || hit.snippet.field === 'a' ? strings.alsoKnownAs : '';
            return (
              <li className="app-search-results__item" key={hit.doc.u}>
                <a className="app-search-results__link" href={hit.doc.u} lang={textLang}>
                  <Highlighted
                    text={hit.doc.t}
                    marks={hit.titleMarks}
                    markVietnamese={props.markVietnamese && !textLang}
                    vietnameseLang={props.vietnameseLang}
                  />
                </a>
                <p className="app-search-results__section">{props.sectionLabels[hit.doc.s] ?? ''}</p>
                <p className="app-search-results__snippet">
                  {label && <span className="app-search-results__label">{label} </span>}
                  <span lang={snippetLang}>
                    <Highlighted text={hit.snippet.text} marks={hit.snippet.marks} markVietnamese={false} vietnameseLang={props.vietnameseLang} />
                  </span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {engine && searched.text && hits.length === 0 && (
        <div className="app-search-results__empty">
          <p>{strings.tryAgain}</p>
          {props.hotline && (
            <p>
              {strings.callHotline}{' '}
              <a className="app-search-results__phone" href={props.hotline.href}>
                {props.hotline.text}
              </a>{' '}
              (<span lang={props.hotline.labelLang}>{props.hotline.label}</span>)
            </p>
          )}
          <p>
            <a href={props.handbook.href}>{strings.browseHandbook}</a>
          </p>
        </div>
      )}
    </div>
  );
}
