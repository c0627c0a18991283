import type { Catalogue } from '../index.js';

export const kpi: Catalogue['kpi'] = {
  outcome: { met: 'Met', notMet: 'Not met', noData: 'No data' },
  unreadable: {
    title: 'The figure cannot be read',
    field: { value: 'The value', target: 'The target', baseline: 'The baseline' },
    notANumber: (field, text) => `${field} “${text}” is not a number (for example 62.5 or 62,5).`,
  },
  live: {
    indicatorCode: (code) => `Indicator ${code}`,
    measuredOn: (date) => `Figures as of ${date}`,
    demo: 'Demonstration figures, not official data',
    loading: 'Loading data…',
  },
  detail: {
    final: (date) => `Final result, on the figure of ${date}`,
    finalNoFigure: (deadline) => `Final result: no figure by the deadline, ${deadline}`,
    belowBaseline: 'Fallen below the level it had at the start.',
    daysLeft: (days) =>
      days > 1 ? `${days} days left` : days === 1 ? '1 day left' : days === 0 ? 'Due today' : days === -1 ? '1 day overdue' : `${-days} days overdue`,
    path: (done, expected) => `${done} of the way covered; the path to the deadline expects ${expected}.`,
    baseline: (value, date) => `Baseline: ${value} (${date})`,
    trend: { better: 'improving', worse: 'worsening', same: 'unchanged' },
    trendText: (word, from, to) => `Trend: ${word}, from ${from} to ${to}`,
    targetSource: 'Target set by',
    section: (section) => `section ${section}`,
    figureSource: 'Source of the figure',
    measuredOn: 'Figures as of',
    updated: 'Updated',
  },
};
