import type { RankingGroup } from '@thidua/schemas';

/**
 * What `<ranking-table>` says (the catalogue's `ranking` namespace).
 * Vietnamese is bundled with the element; English is a chunk loaded on first
 * use. The error state's words are the `errors` namespace.
 */
export interface RankingStrings {
  caption: (metric: string, group: string, period: string) => string;
  defaultCaption: string;
  /** Labels of the standard groups; a group given as data brings its own. */
  groups: Record<RankingGroup, string>;
  comparedWith: (period: string) => string;
  demo: string;
  columns: { rank: string; name: string; score: string; value: string; change: string; band: string };
  search: string;
  searchHint: string;
  group: string;
  subScores: string;
  exportCsv: string;
  exportXlsx: string;
  /** Under a table wider than its box: how to see the other columns. */
  scrollHint: string;
  print: string;
  tied: string;
  ours: string;
  jumpTo: (name: string, rank: string) => string;
  change: {
    up: (n: string) => string;
    down: (n: string) => string;
    same: string;
    new: string;
    newShort: string;
    points: (delta: string) => string;
    percentPoints: (delta: string) => string;
  };
  bands: string;
  from: (min: string) => string;
  shown: (shown: number, total: number) => string;
  sortedBy: (column: string, ascending: boolean) => string;
  noMatch: (query: string) => string;
  empty: string;
  loading: string;
  /** The CSV and Excel downloads' own words. */
  download: {
    unitId: string;
    previous: (column: string, period: string) => string;
    change: string;
    /** The file name's first word, without diacritics. */
    file: string;
    sheet: string;
  };
}

export const ranking: RankingStrings = {
  caption: (metric, group, period) => `Xếp hạng ${metric} — ${group} — năm ${period}`,
  defaultCaption: 'Bảng xếp hạng',
  groups: { all: 'Tất cả đơn vị', departments: 'Sở, ban, ngành', communes: 'Xã, phường' },
  comparedWith: (period) => `Thay đổi so với năm ${period}`,
  demo: 'Số liệu minh họa, không phải kết quả đánh giá chính thức',
  columns: { rank: 'Hạng', name: 'Đơn vị', score: 'Điểm', value: 'Giá trị', change: 'Thay đổi', band: 'Xếp loại' },
  search: 'Tìm đơn vị',
  searchHint: 'Gõ có dấu hoặc không dấu, ví dụ “Tu Son”',
  group: 'Nhóm đơn vị',
  subScores: 'Chỉ số thành phần',
  exportCsv: 'Tải về CSV',
  exportXlsx: 'Tải về Excel',
  scrollHint: 'Bảng rộng hơn khung: vuốt ngang, hoặc chọn bảng rồi dùng phím mũi tên, để xem các cột khác.',
  print: 'In bảng',
  tied: 'đồng hạng',
  ours: 'Đơn vị của chúng tôi',
  jumpTo: (name, rank) => `Đến vị trí của ${name} (hạng ${rank})`,
  change: {
    up: (n) => `Tăng ${n} bậc`,
    down: (n) => `Giảm ${n} bậc`,
    same: 'Giữ nguyên hạng',
    new: 'Mới vào bảng xếp hạng',
    newShort: 'Mới',
    points: (delta) => `${delta} điểm`,
    percentPoints: (delta) => `${delta} điểm phần trăm`,
  },
  bands: 'Xếp loại theo điểm',
  from: (min) => `từ ${min}`,
  shown: (shown, total) => (shown === total ? `${total} đơn vị` : `Hiển thị ${shown} trong ${total} đơn vị`),
  sortedBy: (column, ascending) => `Sắp xếp theo ${column}, ${ascending ? 'tăng dần' : 'giảm dần'}`,
  noMatch: (query) => `Không có đơn vị nào khớp với “${query}”.`,
  empty: 'Chưa có số liệu xếp hạng cho kỳ này.',
  loading: 'Đang tải bảng xếp hạng…',
  download: { unitId: 'Mã đơn vị', previous: (column, period) => `${column} năm ${period}`, change: 'Thay đổi hạng', file: 'xep-hang', sheet: 'Xếp hạng' },
};
