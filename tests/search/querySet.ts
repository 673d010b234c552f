/**
 * A realistic query and the page a reader expects among the first three
 * results. `expect` is the page's slug, the same in every language:
 * `hotlines`, or `handbook/<procedure>` for a procedure.
 */
export interface ExpectedQuery {
  query: string;
  expect: string;
  /** What the query exercises, for the failure message. */
  why?: string;
}
