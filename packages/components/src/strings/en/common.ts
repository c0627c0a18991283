import type { Catalogue } from '../index.js';

export const common: Catalogue['common'] = {
  target: 'Target',
  comparatorWords: { gte: 'at least', gt: 'above', lte: 'at most', lt: 'below', eq: 'equal to' },
  top: (rank) => `in the top ${rank}`,
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
