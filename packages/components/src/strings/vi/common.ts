/**
 * What every card says (the compact `<kpi-progress>`, the board's filters): the
 * target, the status, units. Vietnamese is the source language: its shape is
 * the type every other language must match (see `../index.ts`).
 */
export const common = {
  target: 'Mục tiêu',
  /** A target's relation before its value, on a measure where more is better (see `targetWording`). */
  relation: { atLeast: 'tối thiểu', above: 'trên', atMost: 'tối đa', below: 'dưới', exactly: 'bằng' },
  /** How a rank target "≤ 10" (or "< 11") reads. */
  top: (rank: string) => `trong nhóm ${rank} đứng đầu`,
  /** A rank target "≥ 10" (or "> 9"): that place or worse. */
  rankOrLower: (rank: string) => `từ hạng ${rank} trở xuống`,
  deadline: (date: string) => `hạn ${date}`,
  /** What a screen reader says for a progress bar. */
  valueText: (value: string, target: string, deadline?: string) => `${value} — mục tiêu ${target}${deadline ? ` trước ${deadline}` : ''}`,
  status: {
    achieved: 'Đã đạt',
    onTrack: 'Đúng tiến độ',
    atRisk: 'Có nguy cơ chậm',
    offTrack: 'Chậm tiến độ',
    noData: 'Chưa có số liệu',
  },
  progress: 'Tiến độ thực hiện chỉ tiêu',
  rank: (n: string) => `hạng ${n}`,
  grdpShare: (value: string) => `${value} GRDP`,
  growthRate: (value: string) => `${value}/năm`,
};
