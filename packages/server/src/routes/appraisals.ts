import {
  APPRAISAL_CLOCK_STATUSES,
  DEFAULT_APPRAISAL_WORKING_DAYS,
  DEFAULT_DUE_SOON_WITHIN,
  PAGE_SIZES,
  addWorkingDays,
  appraisalDueDate,
  applicableCriteria,
  availableActions,
  calendarCovers,
  deadlineStatus,
  nomineeGroup,
  ruleIssues,
  workingDaysLeft,
  type Appraisal,
  type AwardType,
  type CalendarDays,
  type DeadlineStatus,
  type DossierDeadline,
  type Locale,
  type WorkflowRefusal,
} from '@thidua/schemas';
import type { Principal } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { HttpError, message } from '../errors.js';
import { keyReused, notFound, staleVersion, type AppContext, type Handlers, type RouteDeps } from '../http.js';
import {
  addComment,
  awardTypesById,
  checklistsOf,
  findAppraisalRow,
  listAppraisals,
  setChecklist,
  storedChecks,
  workingCalendar,
  type Actor,
} from '../repositories/appraisals.js';
import { findCampaign } from '../repositories/campaigns.js';
import { applyWorkflowAction, assembleProposal, dossierComments, findAwardType, refsOf, type Access, type ProposalRow, type Transacted } from '../repositories/proposals.js';
import { findUnit } from '../repositories/units.js';

/*
 * The appraisers' routes: the queue, one appraisal, its workflow actions,
 * checklists and comments. Each reads parse → the proposal the caller may
 * reach (a draft, or an award its unit does not appraise, is a 404) → the
 * shared rules (`applyAction`, `appraisalDeadline`'s parts) → the
 * repository's one transaction → the appraisal as it now stands.
 */

/** What an appraiser reaches: the award types its units appraise; the coordinator every submitted proposal. */
export function appraisalAccess(principal: Principal): Access {
  return { appraisingUnits: principal.role === 'coordinator' ? null : principal.unitIds };
}

/** The unit a caller acts for on a proposal of `awardType`: an appraiser's appraising unit; the coordinator's own, if its token names one. */
function actingUnit(principal: Principal, awardType: Pick<AwardType, 'appraisingUnitIds'> | undefined): string | null {
  if (principal.role === 'appraiser') return principal.unitIds.find((u) => awardType?.appraisingUnitIds.includes(u)) ?? principal.unitIds[0] ?? null;
  return principal.unitIds[0] ?? null;
}

const actorOf = (principal: Principal, awardType: Pick<AwardType, 'appraisingUnitIds'> | undefined): Actor => ({
  tokenId: principal.tokenId,
  role: principal.role,
  unitId: actingUnit(principal, awardType),
});

/** The award's appraisal time in working days. */
const workingDaysOf = (awardType: Pick<AwardType, 'appraisalWorkingDays'> | undefined) => awardType?.appraisalWorkingDays ?? DEFAULT_APPRAISAL_WORKING_DAYS;

/** The due date of a dossier complete on a day, for an award: what a submit or resubmit stores. */
export const dueOnFor = (calendar: CalendarDays, awardType: Pick<AwardType, 'appraisalWorkingDays'> | undefined) => (completeOn: string) =>
  appraisalDueDate(completeOn, calendar, workingDaysOf(awardType));

/**
 * The deadline as it stands today, from the stored due date (counted when
 * the dossier was last made complete, and again when the calendar changes),
 * or null while the clock does not run.
 */
export function deadlineOf(
  row: { status: string; complete_on: string | null; due_on: string | null },
  today: string,
  calendar: CalendarDays,
): DossierDeadline | null {
  if (!APPRAISAL_CLOCK_STATUSES.includes(row.status as never) || !row.complete_on || !row.due_on) return null;
  return {
    completeOn: row.complete_on,
    dueOn: row.due_on,
    workingDaysLeft: workingDaysLeft(today, row.due_on, calendar),
    status: deadlineStatus(today, row.due_on, calendar),
    calendarComplete: calendarCovers(calendar, row.complete_on, today > row.due_on ? today : row.due_on),
  };
}

/**
 * A deadline status as bounds on the due date, so the queue filters in SQL:
 * overdue before today; due soon from today while at most
 * `DEFAULT_DUE_SOON_WITHIN` working days are left (before the working day
 * after the last of them); on time from that day on.
 */
export function dueOnBounds(status: DeadlineStatus, today: string, calendar: CalendarDays): { from?: string; before?: string } {
  const soonEnds = addWorkingDays(today, DEFAULT_DUE_SOON_WITHIN + 1, calendar);
  if (status === 'overdue') return { before: today };
  if (status === 'dueSoon') return { from: today, before: soonEnds };
  return { from: soonEnds };
}

/**
 * A workflow refusal as HTTP: the role or unit may not act (403), the action
 * itself is wrong (400), the state does not allow it (409); each problem
 * worded with its path under the request's body.
 */
export function workflowError(locale: Locale, refusal: WorkflowRefusal): HttpError {
  const issues = ruleIssues(refusal.problems, locale).map((i) => ({ ...i, path: ['body', ...i.path] }));
  const text = issues[0]?.message ?? message(locale, 'action_refused');
  switch (refusal.code) {
    case 'roleNotAllowed':
    case 'notOwnUnit':
      return new HttpError(403, 'forbidden', text, issues);
    case 'invalid':
      return new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), issues);
    case 'wrongState':
    case 'nominationState':
    case 'undecided':
      return new HttpError(409, 'conflict', text, issues);
  }
}

/** A refused write of the appraisal routes as HTTP; nothing else reaches these routes. */
function refused(locale: Locale, result: Exclude<Transacted, { ok: true }>, nominationPath: (string | number)[]): never {
  switch (result.refusal) {
    case 'workflow':
      throw workflowError(locale, result.workflow);
    case 'notFound':
      throw notFound(locale, 'appraisal_not_found', ['path', 'proposalId']);
    case 'nominationNotFound':
      throw notFound(locale, 'nomination_not_found', nominationPath);
    case 'stale':
      throw staleVersion(locale, 'proposal_changed');
    case 'notUnderAppraisal':
      throw new HttpError(409, 'conflict', message(locale, 'checklist_not_under_appraisal'));
    case 'keyReused':
      throw keyReused(locale);
    default:
      // The appraisal routes write nothing else; a refusal of a proposer's write reaching here is a fault.
      throw new Error(`appraisal write refused with ${result.refusal}`);
  }
}

export function appraisalHandlers({ db, today, now }: RouteDeps) {
  /** The whole appraisal of a stored row as `principal` reads it, its ETag set. */
  async function appraisal(c: AppContext, row: ProposalRow, principal: Principal): Promise<Appraisal> {
    const [proposal, comments, checks, campaign, awardType, unit, calendar] = await Promise.all([
      assembleProposal(db, row, 'appraiser'),
      dossierComments(db, row.id),
      storedChecks(db, row.id),
      findCampaign(db, row.campaign_id),
      findAwardType(db, row.award_type_id),
      findUnit(db, row.proposing_unit_id),
      workingCalendar(db),
    ]);
    // A proposal's campaign, award and unit are catalog rows it refers to; they are never deleted.
    if (!campaign || !awardType || !unit) throw new Error(`proposal ${row.id}: its campaign, award type or unit is gone`);
    const criteria = campaign.nominations?.criteria ?? [];
    const round = campaign.rounds.find((r) => r.id === row.round_id);
    c.header('ETag', `"${row.version}"`);
    return {
      ...proposal,
      proposingUnit: { id: unit.id, name: unit.name },
      round: { id: row.round_id, title: round?.title ?? null },
      awardType: { id: awardType.id, code: awardType.code, title: awardType.title },
      comments,
      checklists: checklistsOf(
        proposal.nominations.map((n) => ({ id: n.id, criteria: applicableCriteria(criteria, nomineeGroup(n.nominee)).map((k) => k.id) })),
        checks,
      ),
      availableActions: availableActions(
        { status: row.status, proposingUnitId: row.proposing_unit_id, appraisingUnitIds: awardType.appraisingUnitIds },
        { role: principal.role, unitId: actingUnit(principal, awardType) ?? '' },
      ),
      deadline: deadlineOf(row, today(), calendar),
      version: row.version,
    };
  }

  /** The proposal the caller may appraise, or a 404. */
  async function reach(proposalId: string, principal: Principal, locale: Locale): Promise<ProposalRow> {
    const row = await findAppraisalRow(db, proposalId, appraisalAccess(principal));
    if (!row) throw notFound(locale, 'appraisal_not_found', ['path', 'proposalId']);
    return row;
  }

  /** After a write: the appraisal as it now stands. */
  async function answer(c: AppContext, result: Transacted, proposalId: string, principal: Principal, locale: Locale, nominationPath: (string | number)[] = ['body', 'nominationId']) {
    if (!result.ok) refused(locale, result, nominationPath);
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return appraisal(c, await reach(proposalId, principal, locale), principal);
  }

  return {
    async listAppraisals({ query, principal, locale }) {
      const sort = query.sort ?? 'dueOn';
      const order = query.order ?? 'asc';
      // The cursor names its order: one from another sort is refused, never read as a wrong position.
      const list = `appraisals.${sort}.${order}`;
      const after = decodeCursor(list, query.cursor, ['s', 'n'], locale);
      const [calendar, now] = [await workingCalendar(db), today()];
      const { rows, next } = await listAppraisals(
        db,
        {
          access: appraisalAccess(principal),
          campaignId: query.campaignId,
          roundId: query.roundId,
          awardTypeId: query.awardTypeId,
          proposingUnitId: query.proposingUnitId,
          status: query.status,
          dueOn: query.deadline ? dueOnBounds(query.deadline, now, calendar) : undefined,
          sort,
          order,
        },
        { limit: query.limit ?? PAGE_SIZES.appraisals.default, after },
      );
      return {
        items: rows.map((r) => {
          const { proposingUnitId: _unit, ...refs } = refsOf(r);
          return {
            id: r.id,
            reference: r.reference,
            status: r.status,
            ...refs,
            proposingUnit: { id: r.proposing_unit_id, name: r.unit_name },
            nominationCount: r.nominations,
            dossierCompleteAt: r.complete_at,
            deadline: deadlineOf(r, now, calendar),
            version: r.version,
          };
        }),
        next: next ? encodeCursor(list, next) : null,
      };
    },

    async getAppraisal({ params, principal, locale, c }) {
      return appraisal(c, await reach(params.proposalId, principal, locale), principal);
    },

    async actOnAppraisal({ params, headers, body, principal, locale, c }) {
      const row = await reach(params.proposalId, principal, locale);
      const [awardType, calendar] = await Promise.all([awardTypesById(db, [row.award_type_id]).then((m) => m.get(row.award_type_id)), workingCalendar(db)]);
      const result = await applyWorkflowAction(db, {
        proposalId: row.id,
        access: appraisalAccess(principal),
        ifMatch: headers['If-Match'],
        tokenId: principal.tokenId,
        at: now(),
        actor: { role: principal.role, unitId: actingUnit(principal, awardType) },
        action: body,
        appraisingUnitIds: awardType?.appraisingUnitIds ?? [],
        today: today(),
        dueOn: dueOnFor(calendar, awardType),
      });
      return answer(c, result, row.id, principal, locale);
    },

    async updateChecklist({ params, headers, body, principal, locale, c }) {
      const row = await reach(params.proposalId, principal, locale);
      const [campaign, proposal, awardType] = await Promise.all([findCampaign(db, row.campaign_id), assembleProposal(db, row, 'appraiser'), findAwardType(db, row.award_type_id)]);
      const nomination = proposal.nominations.find((n) => n.id === params.nominationId);
      if (!nomination) throw notFound(locale, 'nomination_not_found', ['path', 'nominationId']);
      // Every criterion named must be the campaign's and apply to this nominee: each wrong one with its path.
      const criteria = campaign?.nominations?.criteria ?? [];
      const applicable = new Set(applicableCriteria(criteria, nomineeGroup(nomination.nominee)).map((k) => k.id));
      const issues = body.criteria.flatMap((item, i) => {
        const key = !criteria.some((k) => k.id === item.criterionId) ? 'criterion_not_in_campaign' : !applicable.has(item.criterionId) ? 'criterion_not_applicable' : undefined;
        return key ? [{ path: ['body', 'criteria', i, 'criterionId'], message: message(locale, key), code: key === 'criterion_not_in_campaign' ? 'unknownCriterion' : 'criterionNotApplicable' }] : [];
      });
      if (issues.length > 0) throw new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), issues);
      const result = await setChecklist(
        db,
        { proposalId: row.id, nominationId: nomination.id, access: appraisalAccess(principal), ifMatch: headers['If-Match'], actor: actorOf(principal, awardType), at: now() },
        body.criteria,
      );
      return answer(c, result, row.id, principal, locale, ['path', 'nominationId']);
    },

    async addAppraisalComment({ params, headers, body, principal, locale, c }) {
      const row = await reach(params.proposalId, principal, locale);
      const awardType = await findAwardType(db, row.award_type_id);
      const result = await addComment(
        db,
        { proposalId: row.id, access: appraisalAccess(principal), actor: actorOf(principal, awardType), idempotencyKey: headers['Idempotency-Key'], at: now() },
        body,
      );
      c.header('Location', `/v1/appraisals/${row.id}`);
      return answer(c, result, row.id, principal, locale);
    },
  } satisfies Partial<Handlers>;
}
