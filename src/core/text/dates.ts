/**
 * Calendar dates in a text: `07/05/2020`, `7.5.2020`, `2020-05-07`, `ngày 7 tháng 5 năm 2020`
 * (with or without diacritics). A date on a page says when it was posted or signed, not the
 * period a table is of, so the year inside one is never read as the table's period.
 */
const DATES = [
  /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d(?!\d)/g,
  /(?<!\d)(?:19|20)\d\d-\d{1,2}-\d{1,2}(?!\d)/g,
  /ng[àa]y\s+\d{1,2}\s*(?:th[áa]ng\s+|[/.-]\s*)\d{1,2}\s*(?:n[ăa]m\s+|[/.-]\s*)(?:19|20)\d\d(?!\d)/giu,
];

export function withoutDates(text: string): string {
  return DATES.reduce((t, date) => t.replace(date, " "), text);
}
