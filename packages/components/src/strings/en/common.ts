import type { Catalogue } from '../index.js';

export const common: Catalogue['common'] = {
  target: 'Target',
  relation: { atLeast: 'at least', above: 'above', atMost: 'at most', below: 'below', exactly: 'equal to' },
  top: (rank) => `in the top ${rank}`,
  rankOrLower: (rank) => `rank ${rank} or lower`,
  deadline: (date) => `by ${date}`,
  valueText: (value, target, deadline) => `${value} — target ${target}${deadline ? ` by ${deadline}` : ''}`,
  status: {
    achieved: 'Achieved',
    onTrack: 'On track',
    atRisk: 'At risk',
    offTrack: 'Off track',
    noData: 'No data',
  },
  progress: 'Progress toward the target',
  rank: (n) => `rank ${n}`,
  grdpShare: (value) => `${value} of GRDP`,
  growthRate: (value) => `${value} a year`,
};
