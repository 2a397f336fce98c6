// Calendar days as whole numbers (days since 1 January 1970), so that periods compare, count and scale
// without time zones; pages carry them as ISO dates (2017-06-29).

const DAY_MS = 86_400_000;
const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

export const dayNumber = (iso) => Date.parse(iso) / DAY_MS; // an ISO date alone is read as UTC
export const isoDay = (day) => dateOf(day).toISOString().slice(0, 10);
export const dateOf = (day) => new Date(day * DAY_MS);
export const firstOfMonth = (year, month) => Date.UTC(year, month, 1) / DAY_MS; // month: 0 for January

// "29 June 2017", as the server writes a day.
export const longLabel = (day) => LONG.format(dateOf(day));
// "29 Jun", for an axis.
export const shortLabel = (day) => SHORT.format(dateOf(day));
// "Jun", for an axis.
export const monthLabel = (day) => MONTH.format(dateOf(day));
