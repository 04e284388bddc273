import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

// Records that point at each other through an ambiguity note must be shown side by side.
const paired = shipped.tariffMeasures.find((t) =>
  t.notes.some(
    (n) =>
      n.kind === 'ambiguous' &&
      (n.relatedIds ?? []).some((id) => shipped.tariffMeasures.some((o) => o.id === id)),
  ),
)!;
const partnerId = paired.notes
  .find((n) => n.kind === 'ambiguous')!
  .relatedIds!.find((id) => shipped.tariffMeasures.some((o) => o.id === id))!;
const partner = shipped.tariffMeasures.find((t) => t.id === partnerId)!;

test('ambiguous readings are shown side by side, each with its quote', async ({ page, dashboard }) => {
  await dashboard.open('view=sources');
  const section = page.getByRole('region', { name: /Where the documents are ambiguous or disagree/ });
  const item = section
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: paired.label }) });
  await expect(item.getByRole('button', { name: partner.label })).toBeVisible();
  await item.getByRole('button', { name: partner.label }).click();
  await expect(dashboard.drawer().getByRole('heading', { name: partner.label })).toBeVisible();
});

test("each document's claims are listed, attributed, and open their quotes", async ({ page, dashboard }) => {
  const claim = shipped.claims[0]!;
  const source = shipped.sources.find((s) => s.id === claim.evidence[0]!.sourceId)!;
  await dashboard.open('view=sources');
  const doc = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: source.title }) });
  await doc.getByText(/What the document argues/).click();
  await expect(doc.getByText(claim.text)).toBeVisible();
  await doc.getByRole('button', { name: `Quote for the claim: ${claim.text}` }).click();
  await expect(dashboard.drawer().locator('blockquote').first()).toContainText(
    claim.evidence[0]!.quote.slice(0, 30),
  );
  await page.keyboard.press('Escape');
  await expectNoAxeViolations(page);
});

test('the documents carry the numbers the curator notes use ("doc 003"), in the list and in the source drawer', async ({
  page,
  dashboard,
}) => {
  const source = shipped.sources.find((s) => s.id === 'doc-003')!;
  await dashboard.open('view=sources');
  await expect(page.getByRole('heading', { level: 3, name: `Doc 003 · ${source.title}` })).toBeVisible();
  const record = shipped.tradeMeasures.find((m) => m.evidence[0]?.sourceId === 'doc-003')!;
  await dashboard.open(`view=sanctions&record=${record.id}`);
  await expect(dashboard.drawer().getByText(`Doc 003 · ${source.title}`).first()).toBeVisible();
});

test('a record compared for a conflict shows every quote it rests on, not only the first', async ({
  page,
  dashboard,
}) => {
  const rec = shipped.events.find(
    (e) => e.notes.some((n) => n.kind === 'conflict') && e.evidence.length > 1,
  )!;
  await dashboard.open('view=sources');
  const section = page.getByRole('region', { name: /Where the documents are ambiguous or disagree/ });
  const item = section
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: rec.title }) })
    .first();
  for (const e of rec.evidence)
    await expect(item.locator('blockquote').filter({ hasText: e.quote.slice(0, 40) })).toBeVisible();
});
