import type { Comparator, ProgressStatus } from '@thidua/schemas';

/**
 * What a compact card says, in one module per language. Vietnamese is bundled
 * with every element; English is loaded on first use (see `stringsFor`). The
 * detailed variant, the live mode and the board carry their own strings in
 * both languages, in the chunks that use them.
 */
export interface Strings {
  target: string;
  comparatorWords: Record<Comparator, string>;
  /** "top 10": how a rank target "≤ 10" reads. */
  top: (rank: string) => string;
  deadline: (date: string) => string;
  /** What a screen reader says for a progress bar. */
  valueText: (value: string, target: string, deadline?: string) => string;
  status: Record<ProgressStatus, string>;
  progress: string;
  rank: (n: string) => string;
  grdpShare: (value: string) => string;
  growthRate: (value: string) => string;
}

export const vi: Strings = {
  target: 'Mục tiêu',
  comparatorWords: { gte: 'tối thiểu', gt: 'trên', lte: 'tối đa', lt: 'dưới', eq: 'bằng' },
  top: (rank) => `trong nhóm ${rank} đứng đầu`,
  deadline: (date) => `hạn ${date}`,
  valueText: (value, target, deadline) => `${value} — mục tiêu ${target}${deadline ? ` trước ${deadline}` : ''}`,
  status: {
    achieved: 'Đã đạt',
    onTrack: 'Đúng tiến độ',
    atRisk: 'Có nguy cơ chậm',
    offTrack: 'Chậm tiến độ',
    noData: 'Chưa có số liệu',
  },
  progress: 'Tiến độ thực hiện chỉ tiêu',
  rank: (n) => `hạng ${n}`,
  grdpShare: (value) => `${value} GRDP`,
  growthRate: (value) => `${value}/năm`,
};
