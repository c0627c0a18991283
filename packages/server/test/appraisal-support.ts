// Set-up shared by the appraisal test files (not a test file itself).
import type { IndividualNominee, Nominee, Role } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { sampleContact, sampleIndividual, sampleNomination, sampleTeam } from '@thidua/schemas/testing/nominees';
import { issueToken, type TestServer } from '../src/index.js';

export const BANG_KHEN = 'bang-khen-chu-tich-ubnd-tinh';
/** The unit that appraises the Bằng khen (with Sở Nội vụ), and a department that appraises nothing. */
export const APPRAISING_UNIT = 'so-khoa-hoc-cong-nghe';
export const OTHER_DEPARTMENT = 'so-y-te';

/**
 * The seeded catalog with its final round taking dossiers from `opensOn` to
 * `closesOn` (the seeded rounds are past), and a Bằng khen that requires no
 * file, so a dossier is submitted with its nominees alone (files have their
 * own tests and routes).
 */
export function appraisalCatalog(opensOn: string, closesOn: string) {
  const catalog = structuredClone(bacNinh2026);
  Object.assign(catalog.campaigns[0]!.rounds[1]!, { dossiersOpenOn: opensOn, dossierDeadline: closesOn, date: closesOn });
  catalog.awardTypes!.find((a) => a.id === BANG_KHEN)!.requiredFiles = { proposal: [], nomination: [] };
  return catalog;
}

export const criteria = bacNinh2026.campaigns[0]!.nominations!.criteria;

/** A token of `role` for `units` (none: the coordinator's, for every unit). */
export async function tokenFor(server: TestServer, role: Role, units?: string[]): Promise<string> {
  return (await issueToken(server.db, { name: `${role} ${units?.join(', ') ?? ''}`, role, ...(units ? { unitIds: units } : {}) })).token;
}

export interface Answer<T = any> {
  status: number;
  body: T;
  etag: string | null;
  headers: Headers;
}

/** One request to the server as JSON, with a token, a language and any headers. */
export function caller(server: TestServer) {
  return async function call<T = any>(
    method: string,
    path: string,
    options: { token?: string | undefined; body?: unknown; headers?: Record<string, string>; lang?: 'vi' | 'en' } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = { 'Accept-Language': options.lang ?? 'vi', ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${server.url}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await response.json() : await response.arrayBuffer();
    return { status: response.status, body: body as T, etag: response.headers.get('etag'), headers: response.headers };
  };
}

/** Someone of phường Kinh Bắc, born 1984-03-07 (a date the tests look for where it must not be). */
export const person = (familyName: string, givenName: string, extra: Partial<IndividualNominee> = {}) =>
  sampleIndividual({ familyName, middleName: 'Thị', givenName, dateOfBirth: '1984-03-07', position: 'Chuyên viên', ...extra });

export const team = (name: string) => sampleTeam({ name });

/** A complete nomination of `nominee`: what a submission needs. */
export const nominationOf = (nominee: Nominee) => sampleNomination(nominee, criteria);

export const CONTACT = sampleContact;

/** Creates and submits a complete dossier of `nominees` for `unit`: its id, and the proposal as submitted. */
export async function submitDossier(server: TestServer, token: string, unit: string, nominees: Nominee[]) {
  const call = caller(server);
  const made = await call('POST', '/v1/proposals', {
    token,
    body: { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: BANG_KHEN, proposingUnitId: unit, contact: CONTACT },
  });
  if (made.status !== 201) throw new Error(`create: ${made.status} ${JSON.stringify(made.body)}`);
  let etag = made.etag!;
  for (const nominee of nominees) {
    const added = await call('POST', `/v1/proposals/${made.body.id}/nominations`, { token, body: nominationOf(nominee), headers: { 'If-Match': etag } });
    if (added.status !== 201) throw new Error(`add: ${added.status} ${JSON.stringify(added.body)}`);
    etag = added.etag!;
  }
  const submitted = await call('POST', `/v1/proposals/${made.body.id}/submit`, { token, headers: { 'If-Match': etag, 'Idempotency-Key': crypto.randomUUID() } });
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return { id: made.body.id as string, proposal: submitted.body, etag: submitted.etag! };
}

/** A clock the test moves: the server reads it through `now`. */
export function testClock(start: string) {
  let at = new Date(start);
  return {
    now: () => at,
    /** Sets the clock to 09:00 in Vietnam on `day` (yyyy-mm-dd). */
    set(day: string) {
      at = new Date(`${day}T09:00:00+07:00`);
    },
    /** Sets the clock to an instant (ISO 8601 with its offset). */
    setInstant(instant: string) {
      at = new Date(instant);
    },
  };
}
