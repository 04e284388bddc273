import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

// Looked up in the shipped dataset: what only the late-October 2025 document reports, and what June's does.
const lateOct = shipped.sources.find((s) => s.published.start >= '2025-10-01')!;
const onlyFrom = (id: string) => (r: { evidence: { sourceId: string }[] }) =>
  r.evidence.every((e) => e.sourceId === id);
const threat = shipped.tariffMeasures.find((t) => t.rate === 100 && onlyFrom(lateOct.id)(t))!;
const meeting = shipped.events.find(
  (e) =>
    e.kind === 'meeting' && e.status === 'held' && e.date.start >= '2025-10-01' && onlyFrom(lateOct.id)(e),
)!;
const june = shipped.sources.find((s) => s.published.end === '2025-06-30')!;
const london = shipped.events.find(
  (e) => e.evidence.some((q) => q.sourceId === june.id) && e.title.includes('London'),
)!;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const timelineMark = (page: Page, kind: string, title: string) =>
  page
    .getByRole('region', { name: /Timeline lanes/ })
    .getByRole('button', { name: new RegExp(`^${escape(`${kind}: ${title},`)}`) });
const threatPoint = (page: Page) =>
  page.getByRole('button', { name: new RegExp(`^${threat.rate}%, US on China`) });
const laneMark = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(escape(title)) });

test.describe('Reported by: what the documents had said by a date', () => {
  test('30 Jun 2025 hides what was first reported in October 2025, in escalation and timeline, and survives a reload', async ({
    page,
    dashboard,
  }) => {
    expect(threat, 'the 100% threat is in the shipped data').toBeTruthy();
    expect(meeting, "the leaders' meeting is in the shipped data").toBeTruthy();
    await dashboard.open('view=escalation');
    await expect(threatPoint(page).first()).toBeVisible();
    await expect(laneMark(page, meeting.title).first()).toBeVisible();

    await page.getByLabel('Reported by', { exact: true }).fill('2025-06-30');
    await expect(page).toHaveURL(/reportedBy=2025-06-30/);
    await expect(page.getByRole('status').filter({ hasText: 'Reported by 30 Jun 2025' })).toContainText(
      `showing only what the 4 of ${shipped.sources.length} documents published by then had reported`,
    );
    await expect(threatPoint(page)).toHaveCount(0);
    await expect(laneMark(page, meeting.title)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: /Tariff rates/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await dashboard.goTo('Timeline');
    await expect(timelineMark(page, 'Tariff measure', threat.label)).toHaveCount(0);
    await expect(timelineMark(page, 'Meeting', meeting.title)).toHaveCount(0);
    // What June's document reported is still there.
    await expect(timelineMark(page, 'Negotiation', london.title)).toBeVisible();

    // The permalink carries it: a reload shows the same.
    await page.reload();
    await expect(page.getByLabel('Reported by', { exact: true })).toHaveValue('2025-06-30');
    await expect(timelineMark(page, 'Negotiation', london.title)).toBeVisible();
    await expect(timelineMark(page, 'Meeting', meeting.title)).toHaveCount(0);

    // One click brings every document back.
    await page.getByRole('button', { name: 'Show every document' }).click();
    await expect(page).not.toHaveURL(/reportedBy=/);
    await expect(timelineMark(page, 'Meeting', meeting.title)).toBeVisible();
  });

  test('a record reported by two documents shows only the quotes of those published by the date', async ({
    dashboard,
  }) => {
    const both = shipped.events.find((e) => new Set(e.evidence.map((q) => q.sourceId)).size > 1)!;
    const [early, late] = [...new Set(both.evidence.map((q) => q.sourceId))]
      .map((id) => shipped.sources.find((s) => s.id === id)!)
      .sort((a, b) => a.published.end.localeCompare(b.published.end));
    await dashboard.open(
      `view=timeline&tlFrom=2015-01-01&tlTo=2026-12-31&record=${both.id}&reportedBy=${early!.published.end}`,
    );
    const drawer = dashboard.drawer();
    await expect(drawer.getByRole('heading', { name: both.title })).toBeVisible();
    await expect(drawer).toContainText(early!.title);
    await expect(drawer).not.toContainText(late!.title);
  });

  test('a link with a bad reportedBy says so and shows every document', async ({ page, dashboard }) => {
    await dashboard.open('view=escalation&reportedBy=2025-13-40');
    await expect(page.getByText(/"reportedBy" in the link is not a date/)).toBeVisible();
    await expect(threatPoint(page).first()).toBeVisible();
  });
});
