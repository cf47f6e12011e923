/**
 * A `pageInfo` field as SQL, as the general path's keyset pagination answers it: in the paging
 * direction, whether a row beyond the page was read (`more`); against it, whether the request
 * came from a cursor; the first or last cursor of the page (`edgeCursor(last)`). Undefined for a
 * field it does not know.
 */
export function pageInfoSql(field: string, page: { backward: boolean; after: boolean; before: boolean; more: string; edgeCursor: (last: boolean) => string }): string | undefined {
  switch (field) {
    case 'hasNextPage':
      return page.backward ? String(page.before) : page.more;
    case 'hasPreviousPage':
      return page.backward ? page.more : String(page.after);
    case 'startCursor':
      return page.edgeCursor(page.backward);
    case 'endCursor':
      return page.edgeCursor(!page.backward);
    default:
      return undefined;
  }
}
