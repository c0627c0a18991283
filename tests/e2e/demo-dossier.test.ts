import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { dossierWindow, type Campaign } from '@thidua/schemas';
import { issueToken, type Database } from '@thidua/server';
import { useDemo } from './support.js';

const e2e = useDemo('thidua-e2e-dossier-');

/** The SDK as the portal's CDN bundle ships it (a chunk with a hashed name). */
const sdkChunk = `/cdn/chunks/${readdirSync(fileURLToPath(new URL('../../packages/components/dist/cdn/chunks', import.meta.url))).find((f) => /^sdk-(?!reader-).*\.js$/.test(f))}`;

describe('a dossier on the demo, from a page in Chromium over HTTP/1.1', () => {
  it('has a trial round open for dossiers today, flagged as demo data, beside the catalog’s own closed rounds', async () => {
    const campaign = (await (await fetch(`${e2e.demo.api.url}/v1/campaigns/bn2026`)).json()) as Campaign;
    const open = campaign.rounds.filter((r) => dossierWindow(r, new Date()) === 'open');
    assert.deepEqual(open.map((r) => [r.id, r.demo, r.dossierDatesDemo]), [['bn2026-demo', true, true]]);
    assert.match(open[0]!.title.vi, /dữ liệu demo/);
    assert.deepEqual(campaign.rounds.filter((r) => !r.demo).map((r) => r.id), ['bn2026-dot-1', 'bn2026-tong-ket']);
  });

  it('starts a draft in it and uploads evidence and a nominee list with progress, under the portal’s strict CSP', async () => {
    const db = (e2e.demo.api as unknown as { db: Database }).db;
    const { token } = await issueToken(db, { name: 'UBND phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] });
    const { page, problems } = await e2e.open(`${e2e.demo.portalUrl}/`, { nameHelper: true });
    const result = await page.evaluate(
      async (sdk: string, baseUrl: string, bearer: string) => {
        const { createClient } = await import(sdk);
        const client = createClient({ baseUrl, token: bearer, retry: 0 });
        const created = await client.nominations.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-demo', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac' });
        // 3 MiB: large enough for the browser to report progress before the end.
        const pdf = new Uint8Array(3 * 1024 * 1024);
        pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
        const evidence: number[] = [];
        const uploaded = await client.nominations.uploadEvidence(created.proposal.id, new File([pdf], 'Tờ trình.pdf'), {
          kind: 'submissionLetter',
          onProgress: ({ percent }: { percent: number }) => evidence.push(percent),
        });
        const list: number[] = [];
        const csv = '\uFEFFLoại đối tượng,Tên tập thể,Loại tập thể\r\nTập thể,Tổ Công nghệ số cộng đồng khu phố 3,Tổ CNSCĐ\r\n';
        const imported = await client.nominations.importNominations(created.proposal.id, new File([csv], 'danh-sach.csv'), {
          etag: uploaded.etag,
          onProgress: ({ percent }: { percent: number }) => list.push(percent),
        });
        const refused = await client.nominations
          .uploadEvidence(created.proposal.id, new File(['<html>'], 'x.pdf'), { kind: 'other', onProgress: () => undefined })
          .then(() => undefined, (e: { status: number; issues: { path: (string | number)[] }[] }) => [e.status, e.issues.map((i) => i.path.join('.'))]);
        return {
          files: uploaded.proposal.files.map((f: { name: string; size: number }) => [f.name, f.size]),
          evidence,
          nominees: imported.proposal.nominations.map((n: { nominee: { name?: string } }) => n.nominee.name),
          list,
          refused,
        };
      },
      sdkChunk,
      e2e.demo.api.url,
      token,
    );
    // Before XMLHttpRequest, a streamed fetch failed here outright: Chromium streams a request body over HTTP/2 only.
    assert.deepEqual(result.files, [['Tờ trình.pdf', 3 * 1024 * 1024]]);
    assert.ok(result.evidence.length >= 2, `progress reported along the way: ${result.evidence}`);
    assert.equal(result.evidence.at(-1), 1);
    assert.ok(result.evidence.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= result.evidence[i - 1]!)), String(result.evidence));
    assert.deepEqual(result.nominees, ['Tổ Công nghệ số cộng đồng khu phố 3']);
    assert.equal(result.list.at(-1), 1);
    assert.deepEqual(result.refused, [415, ['body.file']]);
    assert.deepEqual(problems.filter((p) => !/status of 415/.test(p)), []);
  });
});
