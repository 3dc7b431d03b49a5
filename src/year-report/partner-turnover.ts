/** Of this year's partners: how many also took part the year before, and how many are new. */
export interface PartnerTurnover {
  total: number;
  /** Null when the year before has no data to compare with. */
  returned: number | null;
  new: number | null;
}

/** Distinct organisation ids; an organisation that took part several times counts once. */
export function partnerTurnover(current: Iterable<string>, previous: Iterable<string> | null): PartnerTurnover {
  const thisYear = new Set(current);
  if (previous === null) return { total: thisYear.size, returned: null, new: null };
  const lastYear = new Set(previous);
  const returned = [...thisYear].filter((id) => lastYear.has(id)).length;
  return { total: thisYear.size, returned, new: thisYear.size - returned };
}
