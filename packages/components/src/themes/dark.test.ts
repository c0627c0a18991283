import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DeadlineStatus, ProgressStatus, ProposalStatus } from '@thidua/schemas';
import { DEADLINE_STATUSES, NOMINATION_STATUSES, PROPOSAL_STATUSES } from '@thidua/schemas/logic';
import '../kpi-progress/kpi-progress.js';
import type { KpiProgress } from '../kpi-progress/kpi-progress.js';
import '../nomination-queue/nomination-queue.js';
import type { NominationQueue } from '../nomination-queue/nomination-queue.js';
import type { QueueItem } from '../nomination-queue/nomination-queue-model.js';
import { $, isoDay } from '../test-helpers.js';

/*
 * Runs under web-test-runner.dark.config.mjs, whose page links src/themes/dark.css as a
 * portal does and marks its body `thidua-dark`; the elements' own tests run there too, so
 * every state they render is checked by axe on the dark surface. This file fails first if
 * the preset is not in effect (without it every one of those checks would pass on white),
 * and checks what those tests may not render: every status colour of the preset against
 * every background an element lays text on, the five KPI statuses and every dossier status
 * and deadline as badges, and forced colours over the preset.
 */

const SURFACE = 'rgb(22, 25, 29)';

/** A colour the page resolves (any CSS colour, a `var()` included), as sRGB channels. */
function resolve(colour: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  const channels = value.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  return channels as [number, number, number];
}

/** WCAG 2.2's contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: [number, number, number]) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [luminance(resolve(a)), luminance(resolve(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every colour an element writes words, icons, bars or rings in. */
const foregrounds = [
  ...['text', 'muted', 'primary', 'success', 'warning', 'danger'].map((name) => `--thidua-color-${name}`),
  ...[...new Set([...PROPOSAL_STATUSES, ...NOMINATION_STATUSES])].map((status) => `--thidua-status-${kebab(status)}`),
];
/** Every background an element lays them on. */
const backgrounds = ['surface', 'header', 'track', 'highlight'].map((name) => `--thidua-color-${name}`);

describe('the dark preset (themes/dark.css)', () => {
  it('is in effect on the part of the page marked thidua-dark, and sets every token it promises', () => {
    const body = getComputedStyle(document.body);
    expect(document.body.classList.contains('thidua-dark')).to.equal(true);
    expect(body.backgroundColor, 'the preset did not load: the body is not dark').to.equal(SURFACE);
    expect(body.colorScheme).to.equal('dark');
    for (const token of [...foregrounds, ...backgrounds, '--thidua-color-border', '--thidua-color-on-primary', '--thidua-color-focus']) {
      expect(body.getPropertyValue(token).trim(), token).to.match(/^#[0-9a-f]{6}$/);
    }
  });

  it('keeps every text and status colour at 4.5:1 or more on every dark background, and the words on filled buttons too', () => {
    const low: string[] = [];
    for (const fg of foregrounds) {
      for (const bg of backgrounds) {
        const ratio = contrast(`var(${fg})`, `var(${bg})`);
        if (ratio < 4.5) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
    }
    for (const fill of ['primary', 'success', 'danger']) {
      const ratio = contrast('var(--thidua-color-on-primary)', `var(--thidua-color-${fill})`);
      if (ratio < 4.5) low.push(`--thidua-color-on-primary on --thidua-color-${fill}: ${ratio.toFixed(2)}`);
    }
    // The form's focused link: its words (#0b0c0c) on the focus colour.
    if (contrast('#0b0c0c', 'var(--thidua-color-focus)') < 4.5) low.push('a focused link on --thidua-color-focus');
    expect(low).to.deep.equal([]);
  });

  it('draws the five KPI statuses, and an unreadable figure, readably on dark cards', async () => {
    // 62 % against "at least 90 %", on a path from `start` to `deadline` days from today (as kpi-progress.test.ts).
    const path = (start: number, deadline: number) => `value="62" target="90" start="${isoDay(start)}" deadline="${isoDay(deadline)}"`;
    const cards: Record<ProgressStatus | 'unreadable', string> = {
      achieved: 'value="100" target="100"',
      onTrack: path(-100, 100),
      atRisk: path(-150, 50),
      offTrack: path(-180, 20),
      noData: 'target="40"',
      unreadable: 'value="sáu mươi" target="90"',
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // Static markup from the table above (attributes only): the element reads them as a page writes them.
    wrapper.innerHTML = Object.entries(cards)
      .map(([status, attributes]) => `<kpi-progress data-status="${status}" label="Chỉ tiêu" unit="percent" ${attributes}></kpi-progress>`)
      .join('');
    const elements = [...wrapper.querySelectorAll<KpiProgress>('kpi-progress')];
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      const status = el.dataset.status!;
      const base = $(el, '[part="base"]')!;
      expect(getComputedStyle(base).backgroundColor, status).to.equal(SURFACE);
      if (status !== 'unreadable') expect(base.classList.contains(status), status).to.equal(true);
      expect(contrast(getComputedStyle($(el, '[part~="status"]')!).color, SURFACE), status).to.be.at.least(4.5);
    }
    await expect(wrapper).to.be.accessible();
  });

  it('draws every dossier status and every deadline as a readable badge in the queue', async () => {
    const deadlines: (DeadlineStatus | null)[] = [...DEADLINE_STATUSES, null];
    const rows: QueueItem[] = PROPOSAL_STATUSES.map((status: ProposalStatus, i) => {
      const deadline = deadlines[i % deadlines.length] ?? null;
      return {
        id: `p${i}`,
        reference: `BN2026-BK-000${i + 1}`,
        status,
        round: { id: 'dot-1', title: { vi: 'Đợt 1', en: 'Round 1' } },
        awardType: { id: 'bang-khen', title: { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: 'Certificate of merit' } },
        proposingUnit: { id: `u${i}`, name: { vi: `Phường số ${i + 1}` } },
        nominationCount: i + 1,
        dossierCompleteAt: '2026-10-01T02:00:00.000Z',
        deadline: deadline && {
          dueOn: '2026-11-05',
          workingDaysLeft: { onTime: 12, dueSoon: 2, overdue: -3 }[deadline],
          status: deadline,
          calendarComplete: true,
        },
      };
    });
    const el = await fixture<NominationQueue>(html`<nomination-queue .rows=${rows}></nomination-queue>`);
    const root = () => el.shadowRoot!;
    await waitUntil(() => root().querySelectorAll('tr[part="row"]').length === rows.length, 'the queue did not render its rows', { timeout: 8000 });
    for (const status of PROPOSAL_STATUSES) {
      const badge = root().querySelector<HTMLElement>(`[part~="status"].${status}`);
      expect(badge, status).to.exist;
      expect(getComputedStyle(badge!).color, status).to.equal(`rgb(${resolve(`var(--thidua-status-${kebab(status)})`).join(', ')})`);
    }
    for (const deadline of DEADLINE_STATUSES) expect(root().querySelector(`[part~="deadline"].${deadline}`), deadline).to.exist;
    await expect(el).to.be.accessible();
  });

  it('leaves bars and badges visible to forced colours (Windows high contrast) over the preset', async () => {
    const card = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="100" target="100"></kpi-progress>`);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const bar = $(card, '[part="bar"]')!;
      expect(getComputedStyle(bar).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(card, '[part="indicator"]')!).backgroundColor).to.not.equal(getComputedStyle(bar).backgroundColor);
      // The reader's colours rule: the preset steps aside (its tokens unset), and a status badge keeps its edge.
      expect(getComputedStyle(document.body).getPropertyValue('--thidua-color-surface')).to.equal('');
      expect(getComputedStyle($(card, '[part~="status"]')!).borderTopStyle).to.equal('solid');
      await expect(card).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
