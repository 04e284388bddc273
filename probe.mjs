import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.addInitScript(() => localStorage.setItem('tsd-deck', JSON.stringify({version:1,slides:[{id:'s-000001',title:'On 3 Dec 2026: US on China: 10% or 30% (ambiguous; in force when last documented c. 31 Oct 2025) and 57% (basis not stated; ambiguous; in force when last documented c. 31 Oct 2025); peak so far 145%;…',query:'v=1&view=escalation',notes:'', builds:[{label:'The draft 47% and the 100% threat', patch:'asOf=2025-11-02'}]}]})));
await p.goto('http://127.0.0.1:4331/?view=briefing');
await p.getByRole('button', { name: 'Present', exact: true }).click();
for (const t of [1500, 3000]) {
await p.waitForTimeout(t);
const r = await p.evaluate(() => {
  const vw = innerWidth, vh = innerHeight;
  const out = [...document.querySelectorAll('[data-slide-primary] :is(h2, p, footer, svg, .slide-figure-inner)')].map(el=>({el, r: el.getBoundingClientRect()})).filter(({r})=>r.width>0&&r.height>0).filter(({r})=>r.left<-1||r.top<-1||r.right>vw+1||r.bottom>vh+1).map(({el,r})=>`${el.tagName}.${el.getAttribute('class')} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.right)}x${Math.round(r.bottom)}`);
  const box = document.querySelector('.slide-figure-box').getBoundingClientRect();
  const innerEl = document.querySelector('.slide-figure-inner');
  const inner = innerEl.getBoundingClientRect();
  return { out, box: [box.width, box.height, box.bottom], inner: [inner.width, inner.height, inner.bottom, inner.right], oh: innerEl.offsetHeight, tf: innerEl.style.transform };
});
console.log(JSON.stringify(r));
}
await p.screenshot({ path: '/tmp/slide.png' });
await b.close();
