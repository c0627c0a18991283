/*
 * A round open for dossiers, for demos and tests run on any day. A real
 * catalog's rounds have the dates their notices publish, so on most days
 * none of them takes dossiers and a demo of proposing could not start. This
 * adds to each campaign that takes nominations one more round, flagged
 * `demo` (and `dossierDatesDemo`), whose dossier window holds `now`; the
 * catalog's own rounds are left as they are. It reads nothing but the
 * catalog's shape: the award types are those the campaign's rounds give.
 */
import type { Catalog } from '../catalog.js';
import { dateIn } from '../nomination-rules.js';

/** `date` moved by `days`, yyyy-mm-dd. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The catalog with a demo round in each campaign that takes nominations:
 * dossiers received from 30 days before `now` to 30 days after (in the
 * province's time zone), the ceremony 10 days after that.
 */
export function withDemoRound<C extends Pick<Catalog, 'campaigns'>>(catalog: C, now: Date = new Date()): C {
  const today = dateIn(now);
  return {
    ...catalog,
    campaigns: catalog.campaigns.map((campaign) => {
      if (!campaign.nominations) return campaign;
      const awardTypeIds = [...new Set(campaign.rounds.flatMap((r) => r.awardTypeIds ?? []))];
      if (awardTypeIds.length === 0) return campaign;
      return {
        ...campaign,
        rounds: [
          ...campaign.rounds,
          {
            id: `${campaign.id}-demo`,
            title: { vi: 'Đợt khen thưởng thử nghiệm (dữ liệu demo)', en: 'Trial award round (demo data)' },
            date: addDays(today, 40),
            // Interim: a demo round never stands in for the campaign's final review.
            kind: 'interim' as const,
            awardTypeIds,
            dossiersOpenOn: addDays(today, -30),
            dossierDeadline: addDays(today, 30),
            dossierDatesDemo: true,
            demo: true,
          },
        ],
      };
    }),
  };
}
