// Paging through the motivations list (GET .../motivations?limit=&offset=).

export const pageSize = 50;

export interface Page {
  /** Position (from 1) of the first item shown; 0 when nothing is shown. */
  first: number;
  last: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function pageOf(offset: number, shown: number, total: number): Page {
  return {
    first: shown > 0 ? offset + 1 : 0,
    last: offset + shown,
    hasPrevious: offset > 0,
    hasNext: offset + shown < total,
  };
}
