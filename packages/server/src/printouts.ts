/*
 * Printouts: HTML documents the browser prints (or saves as PDF) — the list
 * proposed to the Chairman and the certificates of a decision — so no PDF
 * library is needed. They are served inline under a policy that allows no
 * script and only their own `<style>` by hash (http.ts, `printoutPolicy`).
 * Every value is written through `text()`, which escapes it, so a name that
 * holds markup (`<script>`) prints as those characters and runs nothing;
 * numbers in the style sheet come from validated numbers only.
 */
import {
  localize,
  type AwardType,
  type CertificateField,
  type CertificateLayout,
  type Decision,
  type Locale,
  type LocalizedText,
  type ProposedList,
  type ProposedListItem,
} from '@thidua/schemas';

/** Text as HTML character data or an attribute value: nothing in it is markup. */
export function text(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const title = (t: LocalizedText | null | undefined, locale: Locale) => (t ? localize(t, locale) : '');

/** 2025-10-10 → "ngày 10 tháng 10 năm 2025" as Vietnamese documents write it, or "10 October 2025". */
export function longDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (locale === 'vi') return `ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function page(lang: Locale, heading: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${text(heading)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const wording = {
  vi: {
    list: 'Danh sách đề nghị khen thưởng',
    number: 'STT',
    name: 'Tên tập thể / Họ và tên',
    detail: 'Chức vụ, đơn vị công tác / Loại hình',
    unit: 'Đơn vị đề nghị',
    priority: 'Ưu tiên (Điều 5 Luật TĐKT)',
    summary: 'Tóm tắt thành tích',
    reference: 'Mã hồ sơ',
    status: 'Tình trạng',
    collectives: 'Tập thể',
    individuals: 'Cá nhân',
    total: 'Tổng số',
    women: 'Cá nhân nữ',
    womenCollectives: 'Tập thể có từ 70% nữ',
    eligible: 'Chờ quyết định',
    awarded: 'Đã khen thưởng',
    woman: 'Nữ',
    womenCollective: 'Tập thể ≥ 70% nữ',
    decision: 'QĐ số',
    empty: 'Chưa có hồ sơ nào được thẩm định đủ điều kiện.',
    printed: 'In ngày',
    parts: ['I', 'II'],
  },
  en: {
    list: 'List proposed for commendation',
    number: 'No.',
    name: 'Collective / Name',
    detail: 'Position and workplace / Kind',
    unit: 'Proposing unit',
    priority: 'Priority (Law on Emulation and Commendation, art. 5)',
    summary: 'Achievement summary',
    reference: 'Reference',
    status: 'Status',
    collectives: 'Collectives',
    individuals: 'Individuals',
    total: 'Total',
    women: 'Women',
    womenCollectives: 'Collectives at least 70% women',
    eligible: 'Awaiting the decision',
    awarded: 'Awarded',
    woman: 'Woman',
    womenCollective: 'Collective ≥ 70% women',
    decision: 'Decision',
    empty: 'No dossier has been appraised eligible yet.',
    printed: 'Printed on',
    parts: ['I', 'II'],
  },
} as const;

/** The collective kinds as a list prints them. */
export const COLLECTIVE_KIND_TITLES: Record<string, LocalizedText> = {
  agency: { vi: 'Cơ quan', en: 'Agency' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  locality: { vi: 'Địa phương', en: 'Locality' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  organisation: { vi: 'Tổ chức', en: 'Organisation' },
  communityTeam: { vi: 'Tổ Công nghệ số cộng đồng', en: 'Community digital technology team' },
};

/** One proposed entry's cells as a list (printed or exported) shows them. */
export function proposedCells(item: ProposedListItem, locale: Locale) {
  const w = wording[locale];
  const n = item.nominee;
  return {
    name: n.name,
    detail: n.type === 'individual' ? [n.position, n.workplace].filter(Boolean).join(', ') : title(COLLECTIVE_KIND_TITLES[n.kind], locale),
    unit: title(item.proposingUnit.name, locale),
    priority: item.womenPriority ? w[item.womenPriority] : '',
    summary: item.summary ?? '',
    reference: item.reference ?? '',
    status: item.status === 'awarded' && item.decision ? `${w.awarded} (${w.decision} ${item.decision.number})` : w[item.status],
  };
}

const LIST_CSS = `
@page { size: A4 landscape; margin: 14mm 12mm 16mm; }
:root { color: #000; background: #fff; font: 11pt/1.35 "Times New Roman", "Noto Serif", serif; }
body { margin: 0 auto; max-width: 273mm; padding: 8mm 0; }
h1 { font-size: 15pt; text-align: center; text-transform: uppercase; margin: 0 0 2mm; }
.round { text-align: center; margin: 0 0 5mm; }
dl.counts { display: flex; flex-wrap: wrap; gap: 2mm 8mm; margin: 0 0 6mm; }
dl.counts div { display: flex; gap: 2mm; }
dt { font-weight: bold; }
dt::after { content: ":"; }
dd { margin: 0; }
section + section { break-before: page; page-break-before: always; }
h2 { font-size: 13pt; margin: 0 0 3mm; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.3mm solid #000; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
thead th { background: #eee; text-align: center; }
tr.part th { background: #f6f6f6; text-align: left; }
td.num { text-align: center; white-space: nowrap; }
td.summary { white-space: pre-line; font-size: 10pt; }
.empty { font-style: italic; }
footer { margin-top: 6mm; font-size: 9pt; }
@media print { body { padding: 0; max-width: none; } thead th { background: none; } }
`;

/** The proposed list as an A4 landscape printout: the counts, then a table per award type with its header on every page. */
export function proposedListPrintout(list: ProposedList, locale: Locale, printedOn: string): string {
  const w = wording[locale];
  const heading = `${w.list} — ${title(list.round.title, locale) || list.round.id}`;
  const counts: [string, number][] = [
    [w.total, list.counts.total],
    [w.collectives, list.counts.collectives],
    [w.individuals, list.counts.individuals],
    [w.women, list.counts.women],
    [w.womenCollectives, list.counts.womenCollectives],
    [w.eligible, list.counts.eligible],
    [w.awarded, list.counts.awarded],
  ];
  const head = [w.number, w.name, w.detail, w.unit, w.priority, w.summary, w.reference, w.status];
  const sections = list.awardTypes.map((awardType) => {
    const items = list.items.filter((i) => i.awardType.id === awardType.id);
    const parts = [
      { label: w.collectives, items: items.filter((i) => i.nominee.type === 'collective') },
      { label: w.individuals, items: items.filter((i) => i.nominee.type === 'individual') },
    ].filter((p) => p.items.length > 0);
    const rows = parts
      .map((part, p) => {
        const lines = part.items.map((item) => {
          const cells = proposedCells(item, locale);
          return `<tr><td class="num">${item.position}</td><td>${text(cells.name)}</td><td>${text(cells.detail)}</td><td>${text(cells.unit)}</td><td>${text(cells.priority)}</td><td class="summary">${text(cells.summary)}</td><td class="num">${text(cells.reference)}</td><td>${text(cells.status)}</td></tr>`;
        });
        return `<tr class="part"><th colspan="${head.length}" scope="rowgroup">${w.parts[p]}. ${text(part.label)} (${part.items.length})</th></tr>\n${lines.join('\n')}`;
      })
      .join('\n');
    return `<section>
<h2>${text(title(awardType.title, locale))}</h2>
${
  items.length === 0
    ? `<p class="empty">${text(w.empty)}</p>`
    : `<table>
<thead><tr>${head.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
</section>`;
  });
  const body = `<header>
<h1>${text(w.list)}</h1>
<p class="round">${text(title(list.round.title, locale) || list.round.id)}</p>
<dl class="counts">${counts.map(([k, v]) => `<div><dt>${text(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>
</header>
${sections.length > 0 ? sections.join('\n') : `<p class="empty">${text(w.empty)}</p>`}
<footer><p>${text(w.printed)} ${text(longDate(printedOn, locale))}</p></footer>`;
  return page(locale, heading, LIST_CSS, body);
}

/**
 * Where the lines go on an A4 landscape blank when the award type says
 * nothing: centred under the printed title, the decision line bottom left
 * (the blank's own signature block is on the right).
 */
export const DEFAULT_CERTIFICATE_LAYOUT: CertificateLayout = {
  paper: 'A4',
  awardee: { top: 86, left: 40, width: 217, fontSize: 24, align: 'center' },
  unit: { top: 102, left: 40, width: 217, fontSize: 15, align: 'center' },
  citation: { top: 118, left: 45, width: 207, fontSize: 14, align: 'center' },
  decision: { top: 168, left: 22, width: 120, fontSize: 12, align: 'left' },
};

const PAPER = { A4: { width: 297, height: 210 }, A3: { width: 420, height: 297 } } as const;

const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;

function fieldCss(name: string, f: CertificateField, dx: number, dy: number): string {
  return `.${name} { top: ${mm(f.top + dy)}; left: ${mm(f.left + dx)}; width: ${mm(f.width)}; font-size: ${Math.round(f.fontSize * 10) / 10}pt; text-align: ${f.align ?? 'center'}; }`;
}

/**
 * One sheet per awardee, landscape, each line placed in millimetres as the
 * award type's layout says (shifted by the printer's offsets). On screen
 * each sheet is outlined; in print only the text comes out, onto the blank.
 */
export function certificatesPrintout(decision: Decision, awardType: AwardType | undefined, offsets: { x: number; y: number }): string {
  const layout = awardType?.certificateLayout ?? DEFAULT_CERTIFICATE_LAYOUT;
  const paper = PAPER[layout.paper];
  const css = `
@page { size: ${layout.paper} landscape; margin: 0; }
:root { color: #000; background: #fff; font-family: "Times New Roman", "Noto Serif", serif; }
body { margin: 0; }
.sheet { position: relative; width: ${paper.width}mm; height: ${paper.height}mm; overflow: hidden; break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.field { position: absolute; margin: 0; line-height: 1.3; }
.awardee { font-weight: bold; text-transform: uppercase; }
.citation { font-style: italic; }
${fieldCss('awardee', layout.awardee, offsets.x, offsets.y)}
${fieldCss('unit', layout.unit, offsets.x, offsets.y)}
${fieldCss('citation', layout.citation, offsets.x, offsets.y)}
${fieldCss('decision', layout.decision, offsets.x, offsets.y)}
@media screen { body { background: #ddd; padding: 8mm 0; } .sheet { margin: 0 auto 8mm; background: #fff; outline: 0.3mm dashed #888; } }
`;
  const decisionLine = `Quyết định số ${decision.number} ${longDate(decision.signedOn, 'vi')}`;
  const sheets = decision.awards.map((award, i) => {
    const a = award.awardee;
    const unit = a.type === 'individual' ? [a.position, a.workplace].filter(Boolean).join(', ') : '';
    return `<section class="sheet" aria-label="${text(`${i + 1}/${decision.awards.length}: ${a.name}`)}">
<p class="field awardee">${text(a.name)}</p>
${unit ? `<p class="field unit">${text(unit)}</p>` : ''}
<p class="field citation">${text(decision.citation)}</p>
<p class="field decision">${text(decisionLine)}</p>
</section>`;
  });
  return page('vi', `${title(decision.awardType.title, 'vi')} — ${decision.number}`, css, sheets.join('\n'));
}
