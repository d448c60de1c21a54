// The workspace's debtor table reads each debtor's stored summary, which holds for one calendar
// day: the first list of a day would work every summary out again while the user waits (seconds
// with thousands of debtors). The background does it instead, the first time its alarm rings on a
// new day, and remembers the day in storage (the service worker's memory does not last).

export const SUMMARIES_DAY_KEY = 'cobro:summariesRefreshedOn';

export interface DailySummariesDeps {
  /** The browser's local calendar day, 'YYYY-MM-DD'. */
  today: () => string;
  readDay: () => Promise<string | undefined>;
  writeDay: (day: string) => Promise<void>;
  refresh: () => Promise<void>;
}

/** Refreshes the summaries unless that was done already today; true when it ran. */
export async function refreshSummariesOncePerDay(deps: DailySummariesDeps): Promise<boolean> {
  const today = deps.today();
  if ((await deps.readDay()) === today) return false;
  await deps.refresh();
  await deps.writeDay(today);
  return true;
}
