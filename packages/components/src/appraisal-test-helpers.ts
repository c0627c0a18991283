// Shared by the nomination elements' Chromium tests (<nomination-list>, <nomination-queue>,
// <nomination-review>): the nominations server the test runner started (web-test-runner.config.mjs: the
// final round open around today), proposer and appraiser tokens for units only these tests write for,
// and dossiers made and moved through the real SDK. No mock: every dossier is the server's.
import { executeServerCommand } from '@web/test-runner-commands';
import type { NominationInput, NomineeGroup } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { samplePdf } from '@thidua/schemas/testing/evidence-files';
import { sampleIndividual, sampleNomination, sampleTeam } from '@thidua/schemas/testing/nominees';
import { createClient, type ThiduaClient, type VersionedProposal } from '@thidua/sdk';

let server: Promise<{ url: string; direct: string }> | undefined;
/** The nominations server: `direct` is its own address (the proxy in front of it is the form's). */
export const nominationsApi = () => (server ??= fetch('/__thidua_nominations.json').then((r) => r.json()));

/** A proposer token for units only the calling file writes for. */
export const proposerToken = (unit: string) => executeServerCommand<string, { units: string[] }>('proposer-token', { units: [unit] });

/** An appraiser token of Sở Khoa học và Công nghệ, which appraises the Chairman's Bằng khen. */
export const appraiserToken = (unit = 'so-khoa-hoc-cong-nghe') => executeServerCommand<string, { units: string[] }>('appraiser-token', { units: [unit] });

/**
 * A real SDK client with a token, whose `fetch` records each request
 * (`METHOD url`) and can hold the answers back (`hang`) or fail them (`fail`).
 */
export async function tokenClient(token: string, { hang = false, fail }: { hang?: boolean; fail?: (url: string) => boolean } = {}) {
  const requests: string[] = [];
  const client: ThiduaClient = createClient({
    baseUrl: (await nominationsApi()).direct,
    token,
    retry: 0,
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${request.url}`);
      if (hang) return new Promise<Response>(() => {});
      if (fail?.(request.url)) return Promise.reject(new TypeError('Failed to fetch'));
      return fetch(request);
    },
  });
  return { client, requests };
}

export const BANG_KHEN = 'bang-khen-chu-tich-ubnd-tinh';
const campaign = bacNinh2026.campaigns[0]!;
export const criteriaFor = (group: NomineeGroup) => campaign.nominations!.criteria.filter((c) => c.appliesTo.includes(group)).map((c) => c.id);

/**
 * A nomination of `nominee` (the shared sample's shape, @thidua/schemas/testing/nominees), attesting
 * every criterion of its group, with a prior commune award the lists show.
 */
export function nomination(nominee: NominationInput['nominee']): NominationInput {
  return sampleNomination(nominee, campaign.nominations!.criteria, {
    achievementCategoryIds: ['digital-literacy'],
    summary: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến.',
    achievements: [{ period: '2026', description: 'Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2.' }],
    priorAwards: [{ kind: 'Giấy khen của Chủ tịch UBND phường', year: 2024, decisionNumber: '15/QĐ-UBND' }],
  });
}
/** A community team named `name`. */
export const team = (name: string) => nomination(sampleTeam({ name }));
/** A commune officer: the shared sample person under another name, at `workplace`. */
export const person = (familyName: string, middleName: string, givenName: string, workplace: string) =>
  nomination(sampleIndividual({ familyName, middleName, givenName, dateOfBirth: '1986-04-12', position: 'Công chức Văn hóa - Xã hội', workplace, workplaceUnitId: undefined }));

/** A draft proposal of `unit` (a Bằng khen unless `awardTypeId` says otherwise) with `nominees`. */
export async function draft(client: ThiduaClient, unit: string, nominees: NominationInput[], awardTypeId = BANG_KHEN): Promise<VersionedProposal> {
  let v = await client.nominations.createProposal({
    campaignId: 'bn2026',
    roundId: 'bn2026-tong-ket',
    awardTypeId,
    proposingUnitId: unit,
    contact: { name: 'Trần Văn Bình', position: 'Chánh Văn phòng', phone: '0222 3822 123', email: 'binh@example.gov.vn' },
  });
  for (const n of nominees) v = await client.nominations.add(v.proposal.id, n, { etag: v.etag });
  return v;
}

/** A proposal of `unit` (a Bằng khen unless `awardTypeId` says otherwise) with the files its award requires, submitted (it then waits for the appraisers). */
export async function submitted(client: ThiduaClient, unit: string, nominees: NominationInput[], awardTypeId = BANG_KHEN): Promise<VersionedProposal> {
  const v = await draft(client, unit, nominees, awardTypeId);
  const id = v.proposal.id;
  const pdf = (name: string) => new File([samplePdf()], name, { type: 'application/pdf' });
  await client.nominations.uploadEvidence(id, pdf('To trinh.pdf'), { kind: 'submissionLetter' });
  await client.nominations.uploadEvidence(id, pdf('Bien ban hop Hoi dong.pdf'), { kind: 'councilMinutes' });
  let last = v;
  for (const n of v.proposal.nominations) last = await client.nominations.uploadEvidence(id, pdf(`Bao cao thanh tich ${n.id.slice(0, 4)}.pdf`), { kind: 'achievementReport', nominationId: n.id });
  return client.nominations.submit(id, { etag: last.etag });
}
